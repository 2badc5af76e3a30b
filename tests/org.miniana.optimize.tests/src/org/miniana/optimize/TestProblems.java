/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.optimize;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;

import org.miniana.core.BackgroundProcess;
import org.miniana.core.Estimate;
import org.miniana.core.Interval;
import org.miniana.core.SearchBin;
import org.miniana.core.SearchResult;
import org.miniana.data.datacard.Ra2DatacardImporter;

/** Problems for the tests: the real RA2 result, hand-made small ones and seeded random ones. */
public final class TestProblems {

    public static final BackgroundProcess TOP = new BackgroundProcess("top", "Top", 0x6BAED6);
    public static final BackgroundProcess QCD = new BackgroundProcess("qcd", "QCD", 0xE377C2);

    private TestProblems() {
    }

    /** The bundled RA2 result with its per-process errors. */
    public static SearchResult ra2() throws Exception {
        return Ra2DatacardImporter.read(Ra2DatacardImporter.bundled(), warning -> {
        });
    }

    /**
     * One background process without errors, so that the hybrid significance is the plain Poisson
     * one, P(N &gt;= floor(S + B) + 1 | B), and can be worked out by hand. Bin i lies at Njets = 3 + i.
     *
     * @param yields per bin {S, B}
     */
    public static OptimizationProblem withoutErrors(double[]... yields) {
        List<ProblemBin> bins = new ArrayList<>();
        for (int i = 0; i < yields.length; i++) {
            SearchBin position = new SearchBin(i, Interval.of(3 + i, 4 + i), Interval.atLeast(0), Interval.atLeast(300),
                    Interval.atLeast(300));
            bins.add(new ProblemBin(position, yields[i][0], List.of(Estimate.central(yields[i][1]))));
        }
        return new OptimizationProblem("hand-made", "hand-made", List.of(TOP), bins, ErrorCombination.UNCORRELATED);
    }

    /**
     * A 16-bin problem (2 Njets x 2 Nb x 4 HT-MHT boxes) with two background processes with
     * asymmetric stat and syst errors, all drawn from {@code seed}; every bin has some signal.
     */
    public static OptimizationProblem random(long seed, ErrorCombination errors) {
        Random random = new Random(seed);
        List<ProblemBin> bins = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            int jets = i / 8;
            int bTags = i / 4 % 2;
            int box = i % 4;
            SearchBin position = new SearchBin(i, jets == 0 ? Interval.of(3, 7) : Interval.atLeast(7),
                    bTags == 0 ? Interval.of(0, 1) : Interval.atLeast(1),
                    box % 2 == 0 ? Interval.of(300, 1000) : Interval.atLeast(1000),
                    box < 2 ? Interval.of(300, 500) : Interval.atLeast(500));
            double signal = 0.5 * Math.exp(1.2 * random.nextGaussian());
            double background = Math.exp(Math.log(0.3) + random.nextDouble() * Math.log(50 / 0.3));
            double topShare = random.nextDouble();
            bins.add(new ProblemBin(position, signal, List.of(estimate(random, topShare * background),
                    estimate(random, (1 - topShare) * background))));
        }
        return new OptimizationProblem("random-" + seed, "random", List.of(TOP, QCD), bins, errors);
    }

    private static Estimate estimate(Random random, double value) {
        double stat = value * (0.1 + 0.3 * random.nextDouble());
        double syst = value * (0.1 + 0.4 * random.nextDouble());
        return new Estimate(value, stat, stat * (0.6 + 0.4 * random.nextDouble()), syst,
                syst * (0.5 + 0.5 * random.nextDouble()));
    }

    /** The true optimum by brute force: the best value over every non-empty subset of the bins (at most 20). */
    public static double exhaustiveBest(OptimizationProblem problem, FigureOfMerit figureOfMerit) {
        if (problem.size() > 20) {
            throw new IllegalArgumentException("too many bins to enumerate: " + problem.size());
        }
        double best = 0;
        for (long mask = 1; mask < 1L << problem.size(); mask++) {
            MergedBin merged = problem.merge(BitSet.valueOf(new long[] { mask }));
            if (merged.signal() > 0) {
                best = Math.max(best,
                        figureOfMerit.value(merged.signal(), merged.background(), merged.up(), merged.down()));
            }
        }
        return best;
    }
}
