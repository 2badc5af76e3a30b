/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.optimize.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.miniana.optimize.FigureOfMerit;
import org.miniana.optimize.Objective;
import org.miniana.optimize.Optimization;
import org.miniana.optimize.OptimizationProblem;
import org.miniana.optimize.Optimizer;
import org.miniana.optimize.StandardFigureOfMerit;
import org.miniana.optimize.TestProblems;
import org.miniana.stats.Limits;

/**
 * The expected-exclusion figure of merit, 1 / mu_exp, on problems worked out by hand. Without
 * background errors the median count of a background b is the smallest n with P(N &lt;= n | b)
 * &gt;= 0.5, and the CLs limit s_exp solves P(N &lt;= n | s + b) / P(N &lt;= n | b) = 0.05; for
 * n = 0 that is s_exp = ln 20 = 2.9957 whatever b.
 */
class ExclusionDesignTest {

    private static final FigureOfMerit EXCLUSION = StandardFigureOfMerit.EXCLUSION;

    /**
     * <pre>
     * bin  S    B
     *  0   2    0.3
     *  1   1    0.3
     *  2   1.5  5
     * selection  S    B    median n  s_exp    1/mu_exp = S / s_exp
     * {0}        2    0.3  0         2.9957   0.6676
     * {1}        1    0.3  0         2.9957   0.3338
     * {2}        1.5  5    5         6.3277   0.2371
     * {0,1}      3    0.6  0         2.9957   1.0014   the best: B stays below ln 2, the median count 0
     * {0,2}      3.5  5.3  5         6.1738   0.5669
     * {1,2}      2.5  5.3  5         6.1738   0.4049
     * {0,1,2}    4.5  5.6  5         6.0303   0.7462
     * </pre>
     * (P(N &lt;= 4 | 5.6) = 0.342, P(N &lt;= 5 | 5.6) = 0.512; s_exp by bisection of the Poisson sums.)
     */
    private static final Map<List<Integer>, Double> BY_HAND = Map.of(List.of(0), 0.6676, List.of(1), 0.3338,
            List.of(2), 0.2371, List.of(0, 1), 1.0014, List.of(0, 2), 0.5669, List.of(1, 2), 0.4049,
            List.of(0, 1, 2), 0.7462);

    private static OptimizationProblem problem() {
        return TestProblems.withoutErrors(new double[] { 2, 0.3 }, new double[] { 1, 0.3 }, new double[] { 1.5, 5 });
    }

    @Test
    void valuesAreTheInverseMedianExpectedLimitsWorkedOutByHand() {
        OptimizationProblem problem = problem();
        Objective objective = new Objective(problem, EXCLUSION);
        BY_HAND.forEach((bins, expected) -> {
            BitSet selection = new BitSet();
            bins.forEach(selection::set);
            assertEquals(expected, objective.value(selection), 5e-5, bins::toString);
        });
        assertEquals(2 / Math.log(20), EXCLUSION.value(2, 0.3, 0, 0), 1e-8, "n = 0: s_exp = ln 20");
    }

    @Test
    void everyBuiltInOptimizerChoosesTheBinsTheHandComputationSays() {
        Map<String, Optimizer> optimizers = Map.of("greedy-q", new GreedyQOptimizer(), "ranked-prefix",
                new RankedPrefixOptimizer(), "local-search", new LocalSearchOptimizer());
        optimizers.forEach((id, optimizer) -> {
            var result = Optimization.run(id, optimizer, problem(), EXCLUSION);
            assertEquals(List.of(0, 1), result.bins(), id);
            assertEquals(1.0014, result.value(), 5e-5, id);
            assertEquals("exclusion", result.figureOfMerit());
        });
        assertEquals(1.0014, TestProblems.exhaustiveBest(problem(), EXCLUSION), 5e-5);
    }

    @Test
    void itIsTheMedianOfTheExpectedLimitsWithErrorsToo() {
        double[][] cases = { { 4, 3.2, 1.1, 0.9 }, { 10, 25, 6, 4 }, { 1.5, 0.4, 0.5, 0.2 }, { 30, 120, 10, 110 } };
        for (double[] c : cases) {
            assertEquals(Limits.expected(c[1], c[2], c[3]).median(), Limits.expectedMedian(c[1], c[2], c[3]), 0);
            assertEquals(c[0] / Limits.expected(c[1], c[2], c[3]).median(), EXCLUSION.value(c[0], c[1], c[2], c[3]),
                    1e-12);
        }
        // a larger background error weakens the expected exclusion
        assertTrue(EXCLUSION.value(10, 25, 8, 8) < EXCLUSION.value(10, 25, 4, 4));
        assertFalse(EXCLUSION.isSignificance());
        assertEquals(EXCLUSION, FigureOfMerit.byId("exclusion"));
    }

    @Test
    void greedyQAppliesNoSigmaThresholdsToTheExpectedExclusion() {
        // {0}: 1/mu = 20 / ln 20 = 6.68 (past "5 sigma"); {0,1}: B = 0.2, still n = 0: 30 / ln 20 = 10.01.
        // With the significance's stop at 5, greedy-q would end after bin 0.
        OptimizationProblem problem = TestProblems.withoutErrors(new double[] { 20, 0.1 }, new double[] { 10, 0.1 });
        var result = Optimization.run("greedy-q", new GreedyQOptimizer(), problem, EXCLUSION);
        assertEquals(List.of(0, 1), result.bins());
        assertEquals(30 / Math.log(20), result.value(), 1e-6);
    }
}
