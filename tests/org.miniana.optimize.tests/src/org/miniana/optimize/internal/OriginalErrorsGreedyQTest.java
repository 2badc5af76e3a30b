/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.optimize.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.miniana.core.Ra2Search;
import org.miniana.core.SearchResult;
import org.miniana.core.SignalModel;
import org.miniana.core.SignalYield;
import org.miniana.optimize.ErrorCombination;
import org.miniana.optimize.FigureOfMerit;
import org.miniana.optimize.Optimization;
import org.miniana.optimize.OptimizationProblem;
import org.miniana.optimize.OptimizationResult;
import org.miniana.optimize.StandardFigureOfMerit;
import org.miniana.optimize.TestProblems;

/**
 * The original tool's choice reproduced: greedy-q with the original's error combination (W/top
 * statistical errors linear) against quadrature, on the real RA2 backgrounds and a T1tttt-like
 * signal of 700 events (many jets, two or more b tags, high HT and MHT; about a 1.2 TeV gluino).
 * The linear W/top errors grow with every bin merged, so the original needs more bins to pass
 * 5 sigma, and stops at a weaker selection.
 */
class OriginalErrorsGreedyQTest {

    private static SearchResult ra2;

    @BeforeAll
    static void readRa2() throws Exception {
        ra2 = TestProblems.ra2();
    }

    /** Weights per jet class, b-tag class and HT-MHT box (boxes as Ra2SyntheticSignal's high-multiplicity shape). */
    static SignalModel t1ttttLike() {
        double[] jets = { 0.1, 0.5, 1, 0.6 };
        double[] bTags = { 0.1, 0.5, 1, 1 };
        double[] boxes = { 0.01, 0.15, 0.5, 0.01, 0.2, 0.8, 0.3, 1, 0.6, 1 };
        double[] weights = new double[Ra2Search.BIN_COUNT];
        double sum = 0;
        for (int bin = 0; bin < weights.length; bin++) {
            weights[bin] = jets[Ra2Search.jetClass(bin)] * bTags[Ra2Search.bTagClass(bin)] * boxes[Ra2Search.box(bin)];
            sum += weights[bin];
        }
        List<SignalYield> yields = new ArrayList<>();
        for (double weight : weights) {
            yields.add(new SignalYield(700 * weight / sum, 0));
        }
        return new SignalModel("t1tttt-like", "synthetic", Map.of("totalYield", 700.0), 0, "test signal", yields);
    }

    /** The hybrid significance, remembering each improvement greedy-q keeps: its path. */
    private static final class Path implements FigureOfMerit {
        final List<Double> kept = new ArrayList<>();

        @Override
        public String id() {
            return "hybrid";
        }

        @Override
        public String label() {
            return "path";
        }

        @Override
        public double value(double s, double b, double up, double down) {
            double z = StandardFigureOfMerit.HYBRID.value(s, b, up, down);
            // greedy-q evaluates each trial once and keeps exactly the trials that improve
            if (kept.isEmpty() || z > kept.get(kept.size() - 1)) {
                kept.add(z);
            }
            return z;
        }
    }

    private static OptimizationResult greedy(ErrorCombination errors, Path path) {
        return Optimization.run("greedy-q", new GreedyQOptimizer(), OptimizationProblem.of(ra2, t1ttttLike(), errors),
                path);
    }

    @Test
    void theOriginalNeedsFiveBinsWhereQuadraturePassesFiveSigmaAtThree() {
        Path quadrature = new Path();
        OptimizationResult uncorrelated = greedy(ErrorCombination.UNCORRELATED, quadrature);
        Path linear = new Path();
        OptimizationResult original = greedy(ErrorCombination.ORIGINAL, linear);

        // quadrature: three bins kept, Z 2.07 -> 3.92 -> 6.60 (B = 2.24 +1.58)
        assertEquals(List.of(109, 117, 119), uncorrelated.bins());
        assertPath(List.of(2.072, 3.920, 6.599), quadrature.kept);
        // original (same Q order, so the same trials at first): every step weaker, five bins kept:
        // Z 1.88 -> 2.78 -> 3.74 -> 4.89 -> 5.16
        // (B = 11.5 +7.06: the W/top statistical errors, up to +0.6 in bins predicting almost nothing, add up)
        assertEquals(List.of(107, 109, 115, 117, 119), original.bins());
        assertPath(List.of(1.885, 2.782, 3.736, 4.885, 5.158), linear.kept);
        assertTrue(original.backgroundUp() > 4 * uncorrelated.backgroundUp());
    }

    private static void assertPath(List<Double> expected, List<Double> path) {
        assertEquals(expected.size(), path.size(), path::toString);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), path.get(i), 0.0005, path::toString);
            // greedy-q stops once it passes 5 sigma: only the last step does
            assertEquals(i == expected.size() - 1, path.get(i) >= 5, path::toString);
        }
    }
}
