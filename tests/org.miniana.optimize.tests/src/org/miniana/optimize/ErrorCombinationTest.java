/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.miniana.core.BackgroundProcess;
import org.miniana.core.Estimate;
import org.miniana.core.Interval;
import org.miniana.core.Ra2Search;
import org.miniana.core.SearchBin;

/** Merged background errors in every mode, against sums worked out by hand. */
class ErrorCombinationTest {

    /**
     * Three bins, two processes (value, stat up, stat down, syst up, syst down):
     *
     * <pre>
     * bin  signal  top                          qcd
     *  0   1       10, 1.0, 0.8, 2.0, 1.5       5,   0.5, 0.5, 1.0, 1.0
     *  1   2        4, 0.6, 0.5, 0.8, 0.6       2,   0.3, 0.2, 0.4, 0.4
     *  2   3        1, 0.2, 0.1, 0.2, 0.2       0.5, 0.1, 0.1, 0.1, 0.1
     * </pre>
     */
    private static OptimizationProblem problem(ErrorCombination errors) {
        return problem(errors, TestProblems.TOP, TestProblems.QCD);
    }

    /** The same numbers, the two processes named as given. */
    private static OptimizationProblem problem(ErrorCombination errors, BackgroundProcess first,
            BackgroundProcess second) {
        double[][] top = { { 10, 1.0, 0.8, 2.0, 1.5 }, { 4, 0.6, 0.5, 0.8, 0.6 }, { 1, 0.2, 0.1, 0.2, 0.2 } };
        double[][] qcd = { { 5, 0.5, 0.5, 1.0, 1.0 }, { 2, 0.3, 0.2, 0.4, 0.4 }, { 0.5, 0.1, 0.1, 0.1, 0.1 } };
        List<ProblemBin> bins = List.of(0, 1, 2).stream().map(i -> new ProblemBin(
                new SearchBin(i, Interval.of(3 + i, 4 + i), Interval.atLeast(0), Interval.atLeast(300),
                        Interval.atLeast(300)),
                i + 1.0, List.of(estimate(top[i]), estimate(qcd[i])))).toList();
        return new OptimizationProblem("hand-made", "hand-made", List.of(first, second), bins, errors);
    }

    private static Estimate estimate(double[] numbers) {
        return new Estimate(numbers[0], numbers[1], numbers[2], numbers[3], numbers[4]);
    }

    @Test
    void uncorrelatedAddsEveryErrorInQuadrature() {
        MergedBin merged = problem(ErrorCombination.UNCORRELATED).merge(Set.of(0, 1, 2));
        assertEquals(6, merged.signal(), 1e-12);
        assertEquals(22.5, merged.background(), 1e-12);
        // up^2 = top stat 1 + 0.36 + 0.04 = 1.40, top syst 4 + 0.64 + 0.04 = 4.68,
        //        qcd stat 0.25 + 0.09 + 0.01 = 0.35, qcd syst 1 + 0.16 + 0.01 = 1.17; sum 7.60
        assertEquals(Math.sqrt(7.60), merged.up(), 1e-12);
        // down^2 = 0.64 + 0.25 + 0.01 + 2.25 + 0.36 + 0.04 + 0.25 + 0.04 + 0.01 + 1 + 0.16 + 0.01 = 5.02
        assertEquals(Math.sqrt(5.02), merged.down(), 1e-12);
    }

    @Test
    void correlatedSystematicsAddLinearlyWithinAProcess() {
        MergedBin merged = problem(ErrorCombination.CORRELATED_SYSTEMATICS).merge(Set.of(0, 1, 2));
        assertEquals(22.5, merged.background(), 1e-12);
        // up^2 = top: 1.40 + (2 + 0.8 + 0.2)^2 = 10.40; qcd: 0.35 + (1 + 0.4 + 0.1)^2 = 2.60; sum 13.00
        assertEquals(Math.sqrt(13.00), merged.up(), 1e-12);
        // down^2 = top: 0.90 + (1.5 + 0.6 + 0.2)^2 = 6.19; qcd: 0.30 + (1 + 0.4 + 0.1)^2 = 2.55; sum 8.74
        assertEquals(Math.sqrt(8.74), merged.down(), 1e-12);
    }

    @Test
    void twoBinsByHand() {
        // {0, 1}: uncorrelated up^2 = 1 + 4 + 0.25 + 1 + 0.36 + 0.64 + 0.09 + 0.16 = 7.5;
        // correlated up^2 = (1 + 0.36) + 2.8^2 + (0.25 + 0.09) + 1.4^2 = 11.5;
        // correlated down^2 = (0.64 + 0.25) + 2.1^2 + (0.25 + 0.04) + 1.4^2 = 7.55.
        assertEquals(Math.sqrt(7.5), problem(ErrorCombination.UNCORRELATED).merge(Set.of(0, 1)).up(), 1e-12);
        MergedBin correlated = problem(ErrorCombination.CORRELATED_SYSTEMATICS).merge(Set.of(0, 1));
        assertEquals(21, correlated.background(), 1e-12);
        assertEquals(Math.sqrt(11.5), correlated.up(), 1e-12);
        assertEquals(Math.sqrt(7.55), correlated.down(), 1e-12);
    }

    @Test
    void originalAddsTheWTopStatisticalErrorsLinearly() {
        // both processes W/top: stat up 1.0 + 0.6 + 0.2 = 1.8 and 0.5 + 0.3 + 0.1 = 0.9, linear: 2.7^2 = 7.29;
        // syst up in quadrature 4.68 + 1.17 = 5.85; up^2 = 13.14.
        // stat down 0.8 + 0.5 + 0.1 = 1.4 and 0.5 + 0.2 + 0.1 = 0.8: 2.2^2 = 4.84; syst down 2.65 + 1.17; 8.66
        MergedBin wtop = problem(ErrorCombination.ORIGINAL, Ra2Search.LOST_LEPTON, Ra2Search.HADRONIC_TAU)
                .merge(Set.of(0, 1, 2));
        assertEquals(22.5, wtop.background(), 1e-12);
        assertEquals(Math.sqrt(13.14), wtop.up(), 1e-12);
        assertEquals(Math.sqrt(8.66), wtop.down(), 1e-12);
        // only the first is W/top: 1.8^2 + 4.68 + the other's 0.35 + 1.17 = 9.44
        OptimizationProblem mixed = problem(ErrorCombination.ORIGINAL, Ra2Search.LOST_LEPTON, Ra2Search.QCD);
        assertEquals(Math.sqrt(9.44), mixed.merge(Set.of(0, 1, 2)).up(), 1e-12);
        // per process: the W/top stat error linear over the bins, its syst error in quadrature
        Estimate lostLepton = mixed.mergeByProcess(Set.of(0, 1, 2)).get(0);
        assertEquals(1.8, lostLepton.statUp(), 1e-12);
        assertEquals(1.4, lostLepton.statDown(), 1e-12);
        assertEquals(Math.sqrt(4.68), lostLepton.systUp(), 1e-12);
        assertEquals(Math.sqrt(0.35), mixed.mergeByProcess(Set.of(0, 1, 2)).get(1).statUp(), 1e-12);
        // without W/top processes it is the uncorrelated combination
        assertEquals(problem(ErrorCombination.UNCORRELATED).merge(Set.of(0, 1, 2)),
                problem(ErrorCombination.ORIGINAL).merge(Set.of(0, 1, 2)));
    }

    @Test
    void oneBinIsTheSameInEveryMode() {
        Estimate total = estimate(new double[] { 10, 1.0, 0.8, 2.0, 1.5 })
                .plusUncorrelated(estimate(new double[] { 5, 0.5, 0.5, 1.0, 1.0 }));
        for (ErrorCombination errors : ErrorCombination.values()) {
            MergedBin merged = problem(errors).merge(Set.of(0));
            assertEquals(total.value(), merged.background(), 1e-12);
            assertEquals(total.totalUp(), merged.up(), 1e-12);
            assertEquals(total.totalDown(), merged.down(), 1e-12);
        }
    }

    @Test
    void noBinsMergeToNothing() {
        assertEquals(new MergedBin(0, 0, 0, 0), problem(ErrorCombination.CORRELATED_SYSTEMATICS).merge(Set.of()));
    }

    @Test
    void unknownBinsAndIdsAreRefused() {
        assertThrows(IndexOutOfBoundsException.class, () -> problem(ErrorCombination.UNCORRELATED).merge(Set.of(3)));
        assertEquals(ErrorCombination.CORRELATED_SYSTEMATICS, ErrorCombination.byId("correlated-syst"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ErrorCombination.byId("fully-correlated"));
        assertEquals("Unknown error combination 'fully-correlated'; known: uncorrelated, correlated-syst, original",
                error.getMessage());
    }
}
