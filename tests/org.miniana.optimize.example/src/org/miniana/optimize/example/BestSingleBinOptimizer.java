/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.optimize.example;

import java.util.BitSet;
import java.util.Set;

import org.miniana.optimize.Objective;
import org.miniana.optimize.Optimizer;

/** A trivial third-party strategy: the single bin with the highest figure of merit. */
public final class BestSingleBinOptimizer implements Optimizer {

    @Override
    public Set<Integer> choose(Objective objective) {
        int best = -1;
        double bestValue = 0;
        BitSet single = new BitSet();
        for (int bin = 0; bin < objective.problem().size(); bin++) {
            if (objective.problem().signal(bin) > 0) {
                single.clear();
                single.set(bin);
                double value = objective.value(single);
                if (value > bestValue) {
                    bestValue = value;
                    best = bin;
                }
            }
        }
        return best < 0 ? Set.of() : Set.of(best);
    }
}
