/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.optimize.internal;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

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
        // Sorted as longs: the promise's float bits (ordered like the promise, which is >= 0) above
        // the index, which breaks ties; a NaN promise (no signal, no background) comes last.
        long[] order = new long[candidates.size()];
        for (int i = 0; i < order.length; i++) {
            float promise = (float) promise(objective.problem().merge(candidates.get(i)));
            long rank = Float.isNaN(promise) ? Integer.MAX_VALUE : Integer.MAX_VALUE - Float.floatToIntBits(promise);
            order[i] = rank << 32 | i;
        }
        Arrays.sort(order);
        BitSet best = new BitSet();
        double bestValue = 0;
        for (long entry : order) {
            int i = (int) entry;
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
