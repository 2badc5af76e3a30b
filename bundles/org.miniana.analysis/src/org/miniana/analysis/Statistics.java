/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.analysis;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Which statistical tests a run makes: the designed single merged bin, the search's full
 * likelihood, or both side by side. The bins are designed in every case (blind, in milliseconds).
 */
public enum Statistics {
    /** Only the merged bin's counting test: the fastest, for large scans. */
    ONE_BIN("one-bin"),
    /** The full likelihood is shown; the merged bin's test is kept in the run for its figures. */
    FULL("full"),
    /** Both, and how much of the full likelihood's sensitivity the merged bin keeps. */
    BOTH("both");

    private final String id;

    Statistics(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Whether the full likelihood is computed. */
    public boolean full() {
        return this != ONE_BIN;
    }

    /** Whether the merged bin's test is shown. */
    public boolean oneBin() {
        return this != FULL;
    }

    /** @throws IllegalArgumentException naming the known ids */
    public static Statistics byId(String id) {
        return Arrays.stream(values()).filter(value -> value.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown statistics '" + id + "'; known: "
                        + Arrays.stream(values()).map(Statistics::id).collect(Collectors.joining(", "))));
    }
}
