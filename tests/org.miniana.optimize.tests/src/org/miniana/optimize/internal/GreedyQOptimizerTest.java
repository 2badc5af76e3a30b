/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.optimize.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.miniana.optimize.FigureOfMerit;
import org.miniana.optimize.Optimization;
import org.miniana.optimize.OptimizationResult;
import org.miniana.optimize.TestProblems;

/**
 * The original algorithm on problems small enough to follow by hand. The backgrounds have no
 * errors, so the significance of a trial with S and B is Z of the Poisson tail
 * p = P(N &gt;= floor(S + B) + 1 | B), and Q = 2 (sqrt(S + B) - sqrt(B)). The number of
 * evaluations is the number of bins tried: it shows where the search stopped.
 */
class GreedyQOptimizerTest {

    private static OptimizationResult run(double[]... yields) {
        return Optimization.run("greedy-q", new GreedyQOptimizer(), TestProblems.withoutErrors(yields),
                FigureOfMerit.defaultFigure());
    }

    @Test
    void keepsImprovingBinsGoesOnAfterASmallLossAndStopsAtTheQRange() {
        // bin  S     B    Q
        //  0   2.5   0.5  2.0499
        //  1   4     0.4  2.9303  = Q_best; Q_best / 50 = 0.0586
        //  2   1.5   0.6  1.3491
        //  3   2     1.2  1.3868
        //  4   0.005 1.0  0.0050  < 0.01: skipped
        //  5   0.05  1.0  0.0494  < Q_best / 50: the search stops here
        // Tried in the order 1, 0, 3, 2:
        //  {1}       S=4   B=0.4 n=4.4  p=P(N>=5|0.4)=6.124e-5  Z=3.8411 > 0      kept
        //  {0,1}     S=6.5 B=0.9 n=7.4  p=P(N>=8|0.9)=4.817e-6  Z=4.4252 > 3.8411 kept
        //  {0,1,3}   S=8.5 B=2.1 n=10.6 p=P(N>=11|2.1)=1.298e-5 Z=4.2062: worse, dropped; 0.219 below, go on
        //  {0,1,2}   S=8   B=1.5 n=9.5  p=P(N>=10|1.5)=4.098e-6 Z=4.4600 > 4.4252 kept
        //  bin 5: Q=0.0494 < 0.0586, stop.
        OptimizationResult result = run(new double[] { 2.5, 0.5 }, new double[] { 4, 0.4 }, new double[] { 1.5, 0.6 },
                new double[] { 2, 1.2 }, new double[] { 0.005, 1.0 }, new double[] { 0.05, 1.0 });
        assertEquals(List.of(0, 1, 2), result.bins());
        assertEquals(4.4600, result.value(), 1e-4);
        assertEquals(8, result.signal(), 1e-12);
        assertEquals(1.5, result.background(), 1e-12);
        assertEquals(4, result.evaluations(), "bins 1, 0, 3, 2 tried; bin 5 is below the Q range");
    }

    @Test
    void stopsWhenATriedBinFallsMoreThanHalfASigmaBelowTheBest() {
        // bin  S    B     Q
        //  0   2.5  10.5  0.7304
        //  1   2.5  0.4   2.1410
        //  2   1.5  0.4   1.4919
        //  3   0.5  0.3   0.6934
        //  {1}     n=2.9  p=P(N>=3|0.4)=7.926e-3   Z=2.4123 kept
        //  {1,2}   n=4.8  p=P(N>=5|0.8)=1.411e-3   Z=2.9864 kept
        //  {0,1,2} n=17.8 p=P(N>=18|11.3)=3.991e-2 Z=1.7517: 1.235 below the best, stop.
        // Bin 3 is never tried, although {1,2,3} (n=5.6, p=P(N>=6|1.1)=9.679e-4, Z=3.0999) would be better.
        OptimizationResult result = run(new double[] { 2.5, 10.5 }, new double[] { 2.5, 0.4 },
                new double[] { 1.5, 0.4 }, new double[] { 0.5, 0.3 });
        assertEquals(List.of(1, 2), result.bins());
        assertEquals(2.9864, result.value(), 1e-4);
        assertEquals(3, result.evaluations());
    }

    @Test
    void stopsAtFiveSigma() {
        // bin  S  B    Q
        //  0   5  2.5  2.3149
        //  1   6  0.8  3.4265
        //  2   5  1.5  2.6495
        //  3   3  3.5  1.3574
        //  {1}   n=6.8  p=P(N>=7|0.8)=2.075e-5  Z=4.0990 kept
        //  {1,2} n=13.3 p=P(N>=14|2.3)=1.572e-7 Z=5.1147 kept, >= 5: stop.
        // {0,1,2} (n=20.8, p=P(N>=21|4.8)=4.155e-8, Z=5.3603) is never tried.
        OptimizationResult result = run(new double[] { 5, 2.5 }, new double[] { 6, 0.8 }, new double[] { 5, 1.5 },
                new double[] { 3, 3.5 });
        assertEquals(List.of(1, 2), result.bins());
        assertEquals(5.1147, result.value(), 1e-4);
        assertEquals(2, result.evaluations());
    }

    @Test
    void skipsBinsWithQBelowOneHundredthEvenInsideTheQRange() {
        // bin 0: S=0.3 B=1.2, Q=0.2586 = Q_best, so Q_best / 50 = 0.0052.
        // bin 1: S=0.008 B=1, Q=0.0080: inside the Q range but below 0.01, so never tried.
        //  {0} n=1.5 p=P(N>=2|1.2)=1-e^-1.2 (1+1.2)=0.3374 Z=0.4196 kept
        OptimizationResult result = run(new double[] { 0.3, 1.2 }, new double[] { 0.008, 1.0 });
        assertEquals(List.of(0), result.bins());
        assertEquals(0.4196, result.value(), 1e-4);
        assertEquals(1, result.evaluations());
    }
}
