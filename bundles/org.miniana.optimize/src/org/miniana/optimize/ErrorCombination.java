/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.optimize;

import java.util.Arrays;

/**
 * How the background errors of several bins combine into the error of their merged bin. Upward
 * and downward errors are combined separately, each the same way.
 */
public enum ErrorCombination {

    /**
     * Every statistical and systematic error of every process in every bin independent: all in
     * quadrature. The original tool's default.
     */
    UNCORRELATED("uncorrelated"),

    /**
     * A process's systematic error fully correlated across bins (its systematic errors add
     * linearly over the merged bins), its statistical error independent (quadrature over bins);
     * per process the two are then added in quadrature, and processes in quadrature, as they
     * come from independent control samples.
     */
    CORRELATED_SYSTEMATICS("correlated-syst");

    private final String id;

    ErrorCombination(String id) {
        this.id = id;
    }

    /** The name used on command lines and in results. */
    public String id() {
        return id;
    }

    /** @throws IllegalArgumentException for an unknown id, naming the known ones */
    public static ErrorCombination byId(String id) {
        return Arrays.stream(values()).filter(mode -> mode.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown error combination '" + id + "'; known: "
                        + String.join(", ", Arrays.stream(values()).map(ErrorCombination::id).toList())));
    }
}
