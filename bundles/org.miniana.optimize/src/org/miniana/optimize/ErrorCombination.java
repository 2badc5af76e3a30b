/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.optimize;

import java.util.Arrays;
import java.util.Set;

import org.miniana.core.Ra2Search;

/**
 * How the background errors of several bins combine into the error of their merged bin. Upward
 * and downward errors are combined separately, each the same way.
 */
public enum ErrorCombination {

    /**
     * Every statistical and systematic error of every process in every bin independent: all in
     * quadrature. The default.
     */
    UNCORRELATED("uncorrelated"),

    /**
     * A process's systematic error fully correlated across bins (its systematic errors add
     * linearly over the merged bins), its statistical error independent (quadrature over bins);
     * per process the two are then added in quadrature, and processes in quadrature, as they
     * come from independent control samples.
     */
    CORRELATED_SYSTEMATICS("correlated-syst"),

    /**
     * The original tool's combination: the statistical errors of the W/top processes (lost lepton
     * and hadronic tau, its {@code wtop} sum) add linearly, over the merged bins and the two
     * processes, into one W/top statistical error; everything else (their systematic errors, the
     * other processes' errors) adds in quadrature, and so does the W/top statistical error to it.
     * A search without these processes merges as {@link #UNCORRELATED}.
     */
    ORIGINAL("original");

    /** The processes whose statistical errors {@link #ORIGINAL} adds linearly: the original's W/top. */
    static final Set<String> WTOP_PROCESSES = Set.of(Ra2Search.LOST_LEPTON.name(), Ra2Search.HADRONIC_TAU.name());

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
