/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.likelihood;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.miniana.likelihood.Models.background;
import static org.miniana.likelihood.Models.bin;
import static org.miniana.likelihood.Models.control;
import static org.miniana.likelihood.Models.signal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.miniana.core.model.Modifier;
import org.miniana.core.model.NuisanceParameter;
import org.miniana.core.model.StatisticalModel;

class FitterTest {

    @Test
    void oneLnNProfiledByHand() {
        StatisticalModel model = new StatisticalModel(List.of(NuisanceParameter.lnN("syst")),
                List.of(bin(0, 15, signal(3), background(10, new Modifier(0, 1 / 1.2, 1.2)))));
        BackgroundFit fit = new Fitter(Likelihood.of(model)).backgroundOnly(Likelihood.of(model).observed());
        // (10 * 1.2^t - 15) ln 1.2 + t = 0, solved by hand (Python, brentq)
        // The final Newton step after EDM < 1e-6 leaves the NLL within about 1e-12 of the minimum,
        // the parameter within about 1e-6 of it (in units of its error, about 1).
        assertEquals(0.6734293930067577, fit.fit().parameter(1), 1e-6);
        assertEquals(0.7733841644324857, fit.fit().nll(), 1e-9);
        Pull pull = fit.pulls().get(0);
        assertEquals(0.6734293930067577, pull.pull(), 1e-4);
        // 1 / sqrt(d2 NLL / dt2) at the minimum
        assertEquals(0.8525435593229783, pull.error(), 1e-5);
        assertEquals(11.306364398984295, fit.channelYield(0), 1e-4);
        assertEquals(0, fit.sampleYield(0, 0), 0);
    }

    /** One search bin (background 2, signal 1, 5 observed) and its control region (rate 4, 8 observed). */
    private static StatisticalModel searchWithControl(long controlCount) {
        Modifier norm = new Modifier(0, 0.1, 10);
        return new StatisticalModel(List.of(NuisanceParameter.lnU("norm")),
                List.of(bin(0, 5, signal(1), background(2, norm)), control("cr", controlCount, background(4, norm))));
    }

    @Test
    void lnUNormalisationIsFixedByTheControlRegion() {
        Likelihood likelihood = Likelihood.of(searchWithControl(8));
        FitResult free = new Fitter(likelihood).fit(likelihood.observed());
        // The signal absorbs the search bin, so the control region alone fixes 10^theta = 8 / 4.
        assertEquals(2, Math.pow(10, free.parameter(1)), 1e-4);
        assertEquals(1, free.mu(), 1e-4);
        assertEquals(0, free.nll(), 1e-9);
        // Background only, both regions pull: (2 + 4) f = 5 + 8, f = 13 / 6; NLL computed by hand.
        BackgroundFit background = new Fitter(likelihood).backgroundOnly(likelihood.observed());
        assertEquals(13.0 / 6, Math.pow(10, background.fit().parameter(1)), 1e-4);
        assertEquals(0.07516255681507478, background.fit().nll(), 1e-9);
        assertFalse(background.pulls().get(0).atBound());
        assertTrue(Double.isNaN(background.pulls().get(0).pull()));
    }

    @Test
    void emptyControlRegionDrivesLnUToItsBound() {
        // As RA2's HighW placeholders: a normalisation whose control region saw nothing, beside a
        // background that explains the search bin. d NLL / d f = 2 - 10 / (5 + 2 f) + 4 > 0.
        Modifier norm = new Modifier(0, 0.1, 10);
        StatisticalModel model = new StatisticalModel(List.of(NuisanceParameter.lnU("norm")), List.of(
                bin(0, 5, signal(1), background(5), background(2, norm)), control("cr", 0, background(4, norm))));
        Likelihood likelihood = Likelihood.of(model);
        BackgroundFit fit = new Fitter(likelihood).backgroundOnly(likelihood.observed());
        Pull pull = fit.pulls().get(0);
        assertEquals(-1, pull.value(), 0);
        assertTrue(pull.atBound());
        assertTrue(Double.isNaN(pull.error()));
        assertEquals(0.2, fit.sampleYield(0, 2), 1e-12);
        assertEquals(5.2, fit.channelYield(0), 1e-12);
        assertEquals(0.4, fit.channelYield(1), 1e-12);
    }

    @Test
    void gammaControlCountFit() {
        // gmN 4 with alpha 0.5 and a search bin with 3 observed: n maximises
        // Poisson(3 | 0.5 n) Poisson(4 | n), so n = 7 / 1.5.
        StatisticalModel model = new StatisticalModel(List.of(new NuisanceParameter("cr", NuisanceParameter.Type.GM_N,
                4)), List.of(bin(0, 3, signal(1), background(2, new Modifier(0, 0.5, 0.5)))));
        Likelihood likelihood = Likelihood.of(model);
        FitResult fit = new Fitter(likelihood).fitFixedMu(likelihood.observed(), 0, likelihood.nominal());
        assertEquals(7 / 1.5, fit.parameter(1), 1e-4);
    }

    @Test
    void warmAndColdStartsAgree() {
        Likelihood likelihood = Likelihood.of(LikelihoodTest.everything());
        Fitter fitter = new Fitter(likelihood);
        FitResult cold = fitter.fit(likelihood.observed());
        FitResult warm = fitter.fit(likelihood.observed(), cold.parameters());
        assertEquals(cold.nll(), warm.nll(), 1e-9);
        assertTrue(warm.iterations() <= 2, "warm start took " + warm.iterations());
        double[] g = new double[likelihood.parameterCount()];
        likelihood.nll(cold.parameters(), likelihood.observed(), g);
        for (int i = 0; i < g.length; i++) {
            boolean atBound = cold.parameter(i) <= likelihood.lowerBound(i)
                    || cold.parameter(i) >= likelihood.upperBound(i);
            if (!atBound) {
                assertEquals(0, g[i], 1e-4, likelihood.parameterName(i));
            }
        }
    }

    /**
     * Against an independent implementation of the same likelihood in Python, minimised with
     * scipy 1.17's L-BFGS-B (the script is in the README): minima of every kind of term together.
     */
    @Test
    void agreesWithScipy() {
        Likelihood likelihood = Likelihood.of(LikelihoodTest.everything());
        Fitter fitter = new Fitter(likelihood);
        Data data = likelihood.observed();
        FitResult free = fitter.fit(data);
        assertEquals(0.023017518938180544, free.nll(), 1e-8);
        assertEquals(0.7012027327417351, free.mu(), 1e-3);
        assertEquals(6.960829251389584, free.parameter(4), 1e-3);
        FitResult zero = fitter.fitFixedMu(data, 0, likelihood.nominal());
        assertEquals(0.30195167878465184, zero.nll(), 1e-8);
        assertEquals(0.451083599727851, zero.parameter(2), 1e-3);
        FitResult two = fitter.fitFixedMu(data, 2, likelihood.nominal());
        assertEquals(0.9672793430867179, two.nll(), 1e-8);
        assertEquals(-0.23826210419599375, two.parameter(5), 1e-3);
    }

    @Test
    void countsWithoutExpectationAreAClearError() {
        StatisticalModel model = new StatisticalModel(List.of(), List.of(bin(0, 4, signal(0), background(0))));
        Likelihood likelihood = Likelihood.of(model);
        FitFailedException e = assertThrows(FitFailedException.class,
                () -> new Fitter(likelihood).fit(likelihood.observed()));
        assertTrue(e.getMessage().contains("not defined at the start point"), e.getMessage());
        assertEquals(List.of("bin0"), e.impossibleChannels());
    }

    @Test
    void aMinimumOutsideTheDomainIsAClearError() {
        // Nothing observed where only the signal contributes: with mu free the likelihood keeps
        // falling towards mu -> -infinity until the expectation turns negative, so the fit walks
        // up to the edge mu = 0 without ever reaching a zero gradient.
        StatisticalModel model = new StatisticalModel(List.of(), List.of(bin(0, 0, signal(2), background(0))));
        Likelihood likelihood = Likelihood.of(model);
        Fitter fitter = new Fitter(likelihood).withPoiBounds(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY)
                .withMaxIterations(30);
        FitFailedException e = assertThrows(FitFailedException.class, () -> fitter.fit(likelihood.observed()));
        assertTrue(e.getMessage().contains("did not converge"), e.getMessage());
        assertEquals(2, e.projectedGradient(), 1e-12);
        assertTrue(e.iterations() >= 1);
    }

    @Test
    void iterationLimitIsReported() {
        Likelihood likelihood = Likelihood.of(LikelihoodTest.everything());
        FitFailedException e = assertThrows(FitFailedException.class,
                () -> new Fitter(likelihood).withMaxIterations(1).fit(likelihood.observed()));
        assertTrue(e.getMessage().contains("no convergence in 1 iterations"), e.getMessage());
        assertEquals(1, e.iterations());
        assertTrue(e.projectedGradient() > 0);
    }
}
