/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** What a search published for one bin: the observed count and the background estimates per process. */
public record BinYields(SearchBin bin, long observed, Map<BackgroundProcess, Estimate> backgrounds) {

    public BinYields {
        Objects.requireNonNull(bin, "bin");
        if (observed < 0) {
            throw new IllegalArgumentException("Negative observed count in bin " + bin.index());
        }
        backgrounds = Collections.unmodifiableMap(new LinkedHashMap<>(backgrounds));
    }

    public Estimate background(BackgroundProcess process) {
        return backgrounds.getOrDefault(process, Estimate.ZERO);
    }

    public double totalBackground() {
        return backgrounds.values().stream().mapToDouble(Estimate::value).sum();
    }

    /** All backgrounds together, their errors taken as independent between processes. */
    public Estimate totalEstimate() {
        return backgrounds.values().stream().reduce(Estimate.ZERO, Estimate::plusUncorrelated);
    }
}
