/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.core;

import java.util.List;
import java.util.Objects;

/** The published result of a multi-bin search: its bins, in index order, with observations and backgrounds. */
public record SearchResult(Analysis analysis, List<BackgroundProcess> processes, List<BinYields> bins) {

    public SearchResult {
        Objects.requireNonNull(analysis, "analysis");
        processes = List.copyOf(processes);
        bins = List.copyOf(bins);
        for (int i = 0; i < bins.size(); i++) {
            if (bins.get(i).bin().index() != i) {
                throw new IllegalArgumentException("Bins must be numbered 0.." + (bins.size() - 1)
                        + " in order; position " + i + " holds bin " + bins.get(i).bin().index());
            }
        }
    }

    public long totalObserved() {
        return bins.stream().mapToLong(BinYields::observed).sum();
    }

    public double totalBackground(BackgroundProcess process) {
        return bins.stream().mapToDouble(b -> b.background(process).value()).sum();
    }

    public double totalBackground() {
        return bins.stream().mapToDouble(BinYields::totalBackground).sum();
    }
}
