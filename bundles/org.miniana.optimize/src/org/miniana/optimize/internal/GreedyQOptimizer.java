/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.optimize.internal;

import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.miniana.optimize.Objective;
import org.miniana.optimize.OptimizationProblem;
import org.miniana.optimize.Optimizer;
import org.miniana.stats.Significance;

/**
 * {@code greedy-q}: the original RA2 mini-analysis algorithm, rule for rule.
 * <ol>
 * <li>Each bin gets Q = 2 (sqrt(S + B) - sqrt(B)) from its own signal S and total background B
 * ({@link Significance#q}).</li>
 * <li>Bins with Q &lt; 0.01 are skipped.</li>
 * <li>The others are tried in order of decreasing Q (equal Q: lower bin index first). Q_best is
 * the Q of the first, the highest.</li>
 * <li>A bin is tried by adding it to the bins kept so far and evaluating the significance of the
 * merged bin; with the default figure of merit that is the hybrid p-value significance of
 * n = S + B, {@code PValue.hybrid(S + B, B, up, down).z()}. Any other figure of merit takes its
 * place, with the same thresholds.</li>
 * <li>The bin is kept only if the significance improves on the best so far, which starts at 0
 * (no bins: no sensitivity). Otherwise it is dropped again and the next bin is tried.</li>
 * <li>The search stops, before the bin is tried, at the first bin with Q &lt; Q_best / 50.</li>
 * <li>It stops once the best significance reaches 5 (sigma).</li>
 * <li>It stops when a tried bin's significance has fallen more than 0.5 below the best. The kept
 * bins' significance never falls (a bin that lowers it is not kept), so the rule can only be
 * measured on the tried selection, kept bins plus the rejected bin: that is the reading under
 * which the original tool's description ("stop when adding bins makes it 0.5 worse") does
 * anything. A rejected bin that costs 0.5 or less lets the search go on.</li>
 * </ol>
 * Rules 7 and 8 are in sigma: for a figure of merit that is not a significance (the expected
 * exclusion 1 / mu_exp) they do not apply, and the search tries every bin in the Q range.
 * It evaluates at most one selection per bin.
 */
public final class GreedyQOptimizer implements Optimizer {

    /** Bins with a lower Q are skipped. */
    static final double MIN_Q = 0.01;
    /** The search stops at the first bin with Q below Q_best divided by this. */
    static final double Q_RANGE = 50;
    /** The search stops when a tried bin lowers the significance by more than this. */
    static final double MAX_DROP = 0.5;
    /** The search stops once the significance reaches this. */
    static final double DISCOVERY = 5;

    @Override
    public Set<Integer> choose(Objective objective) {
        OptimizationProblem problem = objective.problem();
        double[] q = new double[problem.size()];
        for (int bin = 0; bin < q.length; bin++) {
            q[bin] = Significance.q(problem.signal(bin), problem.bins().get(bin).background());
        }
        List<Integer> ranked = IntStream.range(0, q.length).filter(bin -> q[bin] >= MIN_Q).boxed()
                .sorted(Comparator.comparingDouble((Integer bin) -> -q[bin]).thenComparing(bin -> bin)).toList();
        boolean sigmaRules = objective.figureOfMerit().isSignificance();
        BitSet kept = new BitSet(problem.size());
        double best = 0;
        for (int bin : ranked) {
            if (q[bin] < q[ranked.get(0)] / Q_RANGE) {
                break;
            }
            kept.set(bin);
            double significance = objective.value(kept);
            if (significance > best) {
                best = significance;
                if (sigmaRules && best >= DISCOVERY) {
                    break;
                }
            } else {
                kept.clear(bin);
                if (sigmaRules && significance < best - MAX_DROP) {
                    break;
                }
            }
        }
        return Ranking.toSet(kept);
    }
}
