/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.optimize.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

import org.miniana.optimize.Objective;
import org.miniana.optimize.Optimizer;

/**
 * {@code ranked-prefix}: ranks the bins with signal by S / B and, separately, by
 * S / (B + sigma_B^2) (sigma_B the bin's upward background error), evaluates every prefix of both
 * rankings (the best bin, the best two, ...) and keeps the best prefix (the first of equals).
 *
 * <p>It is exact for Z = S / sqrt(B) without background errors: at the optimum, adding a bin j
 * does not help, so s_j / b_j &lt;= S^2 / (B (2S + s_j)), and removing a kept bin i does not help,
 * so s_i / b_i &gt;= S^2 / (B (2S - s_i)), which is larger; hence every kept bin has a larger
 * S / B than every other bin, and the optimum is a prefix of the S / B ranking. The same argument
 * with B + sigma^2 in place of B makes the second ranking exact for S / sqrt(B + sigma^2) with
 * independent errors. For the other figures of merit it is a fast approximation: at most two
 * evaluations per bin.
 */
public final class RankedPrefixOptimizer implements Optimizer {

    @Override
    public Set<Integer> choose(Objective objective) {
        List<BitSet> prefixes = new ArrayList<>();
        for (Ranking.Ratio ratio : Ranking.Ratio.values()) {
            BitSet prefix = new BitSet(objective.problem().size());
            for (int bin : Ranking.descending(objective.problem(), ratio)) {
                prefix.set(bin);
                prefixes.add((BitSet) prefix.clone());
            }
        }
        return Ranking.toSet(BestFirst.best(objective, prefixes));
    }
}
