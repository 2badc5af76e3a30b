/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.optimize.internal;

import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.miniana.optimize.MergedBin;
import org.miniana.optimize.Objective;

/**
 * Picks the best of many candidate selections while evaluating few exactly. Candidates are taken
 * in order of S / sqrt(B + sigma^2), so that a good one is found early, and each later one is
 * valued only if its figure of merit's upper bound exceeds the best so far. The answer is the
 * same as evaluating every candidate.
 */
final class BestFirst {

    private BestFirst() {
    }

    /**
     * The candidate of highest value (of equals, the first in that order); empty when none is worth
     * more than 0 (no sensitivity).
     */
    static BitSet best(Objective objective, List<BitSet> candidates) {
        double[] promise = candidates.stream().mapToDouble(candidate -> promise(objective.problem().merge(candidate)))
                .toArray();
        List<Integer> order = IntStream.range(0, promise.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -promise[i]).thenComparing(i -> i)).toList();
        BitSet best = new BitSet();
        double bestValue = 0;
        for (int i : order) {
            double value = objective.valueAbove(candidates.get(i), bestValue);
            if (value > bestValue) {
                bestValue = value;
                best = candidates.get(i);
            }
        }
        return best;
    }

    private static double promise(MergedBin merged) {
        return merged.signal() / Math.sqrt(merged.background() + merged.up() * merged.up());
    }
}
