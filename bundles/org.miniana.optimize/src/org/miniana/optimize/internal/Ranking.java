/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.optimize.internal;

import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.miniana.optimize.MergedBin;
import org.miniana.optimize.OptimizationProblem;

/** Orders of bins by how much signal they bring per unit of background, shared by the built-ins. */
final class Ranking {

    /** A bin's signal-to-background ratio. */
    enum Ratio {
        /** S / B: its prefixes are exact for S / sqrt(B) without errors. */
        SIGNAL_OVER_BACKGROUND {
            @Override
            double of(MergedBin bin) {
                return bin.signal() / bin.background();
            }
        },
        /** S / (B + sigma_B^2) with the upward error: the same for S / sqrt(B + sigma^2). */
        SIGNAL_OVER_VARIANCE {
            @Override
            double of(MergedBin bin) {
                return bin.signal() / (bin.background() + bin.up() * bin.up());
            }
        };

        /** The ratio of a bin with signal (+infinity without background). */
        abstract double of(MergedBin bin);
    }

    private Ranking() {
    }

    /**
     * The bins with signal, best ratio first, ties in bin order. Bins without signal are left
     * out: they only add background.
     */
    static List<Integer> descending(OptimizationProblem problem, Ratio ratio) {
        double[] key = new double[problem.size()];
        for (int bin = 0; bin < key.length; bin++) {
            key[bin] = problem.signal(bin) > 0 ? ratio.of(problem.merge(List.of(bin))) : 0;
        }
        return IntStream.range(0, key.length).filter(bin -> problem.signal(bin) > 0).boxed()
                .sorted(Comparator.comparingDouble((Integer bin) -> -key[bin]).thenComparing(bin -> bin)).toList();
    }

    /** The selection as the set an optimizer returns. */
    static Set<Integer> toSet(BitSet selection) {
        return selection.stream().boxed().collect(Collectors.toUnmodifiableSet());
    }
}
