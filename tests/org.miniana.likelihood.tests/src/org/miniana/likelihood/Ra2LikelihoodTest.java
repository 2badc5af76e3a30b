/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.likelihood;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.miniana.core.model.Channel;
import org.miniana.core.model.NuisanceParameter;
import org.miniana.core.model.StatisticalModel;
import org.miniana.data.datacard.Ra2DatacardImporter;
import org.miniana.likelihood.bench.LikelihoodBenchmark;

/** The full RA2 likelihood (160 search bins, 360 control regions) from the bundled cards. */
class Ra2LikelihoodTest {

    private static StatisticalModel model;

    @BeforeAll
    static void readCards() throws Exception {
        model = Ra2DatacardImporter.readSearch(Ra2DatacardImporter.bundled(), Ra2DatacardImporter.bundled(),
                Ra2DatacardImporter.bundled(), warning -> {
                }).model();
    }

    @Test
    void backgroundOnlyFitDescribesTheData() {
        Likelihood likelihood = Likelihood.of(model);
        long start = System.nanoTime();
        BackgroundFit fit = new Fitter(likelihood).backgroundOnly(likelihood.observed());
        double seconds = (System.nanoTime() - start) / 1e9;
        double observed = 0;
        double postFit = 0;
        double preFit = 0;
        double[] nominal = likelihood.expected(likelihood.nominal());
        List<Channel> channels = model.channels();
        for (int c = 0; c < channels.size(); c++) {
            if (channels.get(c).isSearchBin()) {
                observed += channels.get(c).observed();
                postFit += fit.channelYield(c);
                preFit += nominal[c] - likelihood.expectedPerSample(likelihood.nominal())[c][0];
            }
        }
        List<Pull> pulls = fit.pulls();
        long atBound = pulls.stream().filter(Pull::atBound).count();
        Pull largest = pulls.stream().filter(pull -> !Double.isNaN(pull.pull()))
                .max(Comparator.comparingDouble(pull -> Math.abs(pull.pull()))).orElseThrow();
        System.out.printf("RA2 background-only fit: %d parameters, %d iterations, %.2f s with errors; search bins: "
                + "observed %.0f, pre-fit %.1f, post-fit %.1f; %d parameters at a bound; largest pull %s %.2f +- %.2f%n",
                likelihood.parameterCount(), fit.fit().iterations(), seconds, observed, preFit, postFit, atBound,
                largest.name(), largest.pull(), largest.error());
        assertEquals(observed, postFit, 0.03 * observed);
        // Every lnN has an error. From the observed Hessian (as MINUIT's HESSE) it can exceed the
        // pre-fit 1 where a channel has more counts than expected: there the Poisson term is
        // concave in directions that trade one sample for another (RA2: up to 1.51,
        // PhoRZgDblRatio39).
        assertTrue(pulls.stream().filter(pull -> pull.type() == NuisanceParameter.Type.LN_N)
                .allMatch(pull -> pull.error() > 0 && pull.error() < 2));
    }

    /**
     * RA2's background-only likelihood has two minima (DYsysNj, whose kappas are as asymmetric as
     * 0.63/1.97 in ten Z to nunu bins, near +0.89 or -0.77; 30 random starts find nothing else):
     * a fit from the nominal point finds the higher one, so the fitter probes from three starts.
     */
    @Test
    void bothMinimaOfTheBackgroundOnlyFitAreFound() {
        Likelihood likelihood = Likelihood.of(model.withSignal(new double[model.searchBins().size()], Map.of()));
        Fitter fitter = new Fitter(likelihood);
        List<FitResult> minima = fitter.minimaFixedMu(likelihood.observed(), 0);
        assertEquals(2, minima.size(), minima.toString());
        assertEquals(86.9050, minima.get(0).nll(), 1e-4);
        assertEquals(86.9361, minima.get(1).nll(), 1e-4);
        int dySysNj = 1 + model.parameterIndex("DYsysNj");
        assertEquals(0.893, minima.get(0).parameters()[dySysNj], 0.01);
        assertEquals(-0.767, minima.get(1).parameters()[dySysNj], 0.01);
        assertEquals(minima.get(1).nll(), fitter.fitFixedMu(likelihood.observed(), 0, likelihood.nominal()).nll(), 1e-6,
                "the nominal start alone ends in the higher minimum");
        assertEquals(minima.get(0).nll(), fitter.backgroundOnly(likelihood.observed()).fit().nll(), 1e-9);
    }

    /**
     * The fits from the two minima, and the discovery's beside the limit's, run concurrently: the
     * inference must be the same, bit for bit, as on a pool with one thread, where they run in turn.
     */
    @Test
    void concurrentFitsGiveWhatFittingInTurnGives() throws Exception {
        double[] signal = new double[model.searchBins().size()];
        Arrays.fill(signal, 1.0);
        Likelihood likelihood = Likelihood.of(model.withSignal(signal, Map.of()));
        AsymptoticCalculator calculator = new AsymptoticCalculator(new Fitter(likelihood));
        Inference concurrent = calculator.infer(likelihood.observed());
        ForkJoinPool oneThread = new ForkJoinPool(1);
        try {
            assertEquals(oneThread.submit(() -> calculator.infer(likelihood.observed())).get(), concurrent);
        } finally {
            oneThread.shutdown();
        }
        assertTrue(concurrent.limit().observed() > 0 && concurrent.discovery().expectedZ() > 0, concurrent.toString());
    }

    @Test
    void benchmark() {
        double[] signal = new double[model.searchBins().size()];
        // A flat signal of one event per search bin: the timing hardly depends on its shape.
        Arrays.fill(signal, 1.0);
        LikelihoodBenchmark.Report report = LikelihoodBenchmark.run(model.withSignal(signal, Map.of()), 10, 10);
        System.out.println(report.describe());
        UpperLimit limit = report.inference().limit();
        assertTrue(limit.expectedMinus2() < limit.expectedMinus1() && limit.expectedMinus1() < limit.expectedMedian()
                && limit.expectedMedian() < limit.expectedPlus1() && limit.expectedPlus1() < limit.expectedPlus2(),
                limit.toString());
    }
}
