/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.examples.topn;

import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.miniana.optimize.Objective;
import org.miniana.optimize.OptimizationProblem;
import org.miniana.optimize.Optimizer;

/**
 * The classic cut-and-count recipe: rank the bins by S/sqrt(B) and merge the first N. N is not
 * fixed: each prefix up to {@link #MAX_BINS} bins is valued with the run's figure of merit, which
 * knows the background errors that S/sqrt(B) ignores, and the best prefix is chosen.
 */
public final class TopNOptimizer implements Optimizer {

    /** Beyond this many bins a merged bin is no longer a "few best bins" analysis. */
    static final int MAX_BINS = 20;

    @Override
    public Set<Integer> choose(Objective objective) {
        OptimizationProblem problem = objective.problem();
        // a bin without background but with signal ranks first: S/sqrt(B) is infinite there
        Comparator<Integer> bySignificance = Comparator
                .comparingDouble((Integer bin) -> problem.signal(bin) / Math.sqrt(problem.bins().get(bin).background()))
                .reversed()
                .thenComparing(Comparator.naturalOrder());
        List<Integer> ranked = IntStream.range(0, problem.size())
                .filter(bin -> problem.signal(bin) > 0)
                .boxed()
                .sorted(bySignificance)
                .limit(MAX_BINS)
                .toList();
        BitSet prefix = new BitSet();
        double bestValue = 0;
        int bestCount = 0;
        for (int count = 1; count <= ranked.size(); count++) {
            prefix.set(ranked.get(count - 1));
            double value = objective.value(prefix);
            if (value > bestValue) {
                bestValue = value;
                bestCount = count;
            }
        }
        return Set.copyOf(ranked.subList(0, bestCount));
    }
}
