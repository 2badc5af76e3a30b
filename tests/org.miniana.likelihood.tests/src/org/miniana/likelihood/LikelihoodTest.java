/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.likelihood;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.miniana.likelihood.Models.background;
import static org.miniana.likelihood.Models.bin;
import static org.miniana.likelihood.Models.control;
import static org.miniana.likelihood.Models.signal;

import java.util.List;

import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.miniana.core.model.Modifier;
import org.miniana.core.model.NuisanceParameter;
import org.miniana.core.model.StatisticalModel;

class LikelihoodTest {

    /** One channel, n = 15, background 10 with a symmetric lnN of 1.2. */
    private static final StatisticalModel ONE_LNN = new StatisticalModel(List.of(NuisanceParameter.lnN("syst")),
            List.of(bin(0, 15, signal(3), background(10, new Modifier(0, 1 / 1.2, 1.2)))));

    @Test
    void poissonAndGaussianTermsByHand() {
        Likelihood likelihood = Likelihood.of(ONE_LNN);
        // nu = 10 * 1.2^0.5; 15 * ln(15 / nu) + nu - 15 + 0.5^2 / 2, computed by hand
        assertEquals(0.7940160957711289, likelihood.nll(new double[] {0, 0.5}, likelihood.observed()), 1e-13);
        // With mu = 1 at theta = 0: nu = 13
        assertEquals(13 - 15 + 15 * Math.log(15.0 / 13), likelihood.nll(new double[] {1, 0}, likelihood.observed()),
                1e-13);
    }

    @Test
    void zeroCountsAndZeroExpectations() {
        StatisticalModel model = new StatisticalModel(List.of(), List.of(bin(0, 0, signal(2), background(0))));
        Likelihood likelihood = Likelihood.of(model);
        // n = 0: the term is nu itself; nu = 0 with n = 0 is allowed
        assertEquals(2, likelihood.nll(new double[] {1}, likelihood.observed()), 0);
        assertEquals(0, likelihood.nll(new double[] {0}, likelihood.observed()), 0);
        Data counts = likelihood.observed().withCounts(new double[] {3});
        assertEquals(Double.POSITIVE_INFINITY, likelihood.nll(new double[] {0}, counts));
        // Real-valued (Asimov) counts
        Data real = likelihood.observed().withCounts(new double[] {2.5});
        assertEquals(2 - 2.5 + 2.5 * Math.log(2.5 / 2), likelihood.nll(new double[] {1}, real), 1e-15);
    }

    @Test
    void gammaConstraintIsPoissonInTheControlMean() {
        // gmN 4 with alpha 0.5: rate 2 = 0.5 * 4; observed 3 in the bin.
        StatisticalModel model = new StatisticalModel(List.of(new NuisanceParameter("cr", NuisanceParameter.Type.GM_N,
                4)), List.of(bin(0, 3, signal(1), background(2, new Modifier(0, 0.5, 0.5)))));
        Likelihood likelihood = Likelihood.of(model);
        assertArrayEquals(new double[] {1, 4}, likelihood.nominal(), 0);
        double n = 6;
        double nu = 0.5 * n;
        double expected = nu - 3 + 3 * Math.log(3 / nu) + n - 4 + 4 * Math.log(4 / n);
        assertEquals(expected, likelihood.nll(new double[] {0, n}, likelihood.observed()), 1e-14);
    }

    /** A model with every kind of term: asymmetric and symmetric lnN, lnU, gmN, signal with systematics. */
    static StatisticalModel everything() {
        List<NuisanceParameter> parameters = List.of(NuisanceParameter.lnN("lumi"), NuisanceParameter.lnN("asym"),
                NuisanceParameter.lnU("norm"), new NuisanceParameter("gamma", NuisanceParameter.Type.GM_N, 7),
                NuisanceParameter.lnN("sigSyst"));
        Modifier lumi = new Modifier(0, 1 / 1.03, 1.03);
        return new StatisticalModel(parameters, List.of(
                bin(0, 12, signal(4, lumi, new Modifier(4, 0.9, 1.15)), background(5, lumi, new Modifier(1, 0.7, 1.4)),
                        background(3, new Modifier(2, 0.2, 5)), background(1.4, new Modifier(3, 0.2, 0.2))),
                bin(1, 3, signal(1, lumi, new Modifier(4, 0.95, 1.1)), background(2, new Modifier(1, 1.2, 1.3))),
                control("cr", 20, background(18, new Modifier(2, 0.2, 5)), signal(0.5, lumi))));
    }

    @Test
    void gradientAndHessianMatchFiniteDifferences() {
        Likelihood likelihood = Likelihood.of(everything());
        Data data = likelihood.observed();
        double[] x = {0.8, 0.3, -0.35, 0.2, 5.5, -0.6};
        double[] g = new double[x.length];
        likelihood.nll(x, data, g);
        Evaluation evaluation = new Evaluation(likelihood).bind(data);
        evaluation.valueAndGradient(x, new double[x.length]);
        double[] diagonal = new double[x.length];
        evaluation.hessianDiagonal(diagonal);
        double h = 1e-6;
        for (int i = 0; i < x.length; i++) {
            double[] up = x.clone();
            double[] down = x.clone();
            up[i] += h;
            down[i] -= h;
            assertEquals((likelihood.nll(up, data) - likelihood.nll(down, data)) / (2 * h), g[i], 1e-7, "d/dx" + i);
            double[] gUp = new double[x.length];
            double[] gDown = new double[x.length];
            likelihood.nll(up, data, gUp);
            likelihood.nll(down, data, gDown);
            double[] unit = new double[x.length];
            unit[i] = 1;
            double[] column = new double[x.length];
            evaluation.hessianTimes(unit, column);
            for (int j = 0; j < x.length; j++) {
                assertEquals((gUp[j] - gDown[j]) / (2 * h), column[j], 1e-6, "H" + j + i);
            }
            assertEquals(column[i], diagonal[i], 1e-12, "diagonal " + i);
        }
    }

    @Test
    void asimovCountsAreTheExpectation() {
        Likelihood likelihood = Likelihood.of(everything());
        double[] x = {0.8, 0.3, -0.35, 0.2, 5.5, -0.6};
        Data asimov = likelihood.asimov(x);
        assertArrayEquals(likelihood.expected(x), asimov.counts(), 0);
        double[] g = new double[x.length];
        assertEquals(0, likelihood.nll(x, asimov, g), 1e-14);
        assertArrayEquals(new double[x.length], g, 1e-13);
    }

    @Test
    void toysResampleCountsAndGlobalObservables() {
        Likelihood likelihood = Likelihood.of(everything());
        double[] x = {0.8, 0.3, -0.35, 0.2, 5.5, -0.6};
        double[] expected = likelihood.expected(x);
        var random = new Well19937c(3);
        int toys = 20000;
        double[] countSum = new double[expected.length];
        double[] globalSum = new double[5];
        double[] globalSquares = new double[5];
        for (int t = 0; t < toys; t++) {
            Data toy = likelihood.toy(x, random);
            for (int c = 0; c < expected.length; c++) {
                assertEquals(Math.rint(toy.counts()[c]), toy.counts()[c], 0);
                countSum[c] += toy.counts()[c];
            }
            for (int k = 0; k < 5; k++) {
                globalSum[k] += toy.globals()[k];
                globalSquares[k] += toy.globals()[k] * toy.globals()[k];
            }
        }
        for (int c = 0; c < expected.length; c++) {
            // Poisson means, to 4 standard errors
            assertEquals(expected[c], countSum[c] / toys, 4 * Math.sqrt(expected[c] / toys));
        }
        // lnN: Gaussian around theta with unit variance; lnU: nothing; gmN: Poisson around n
        assertEquals(0.3, globalSum[0] / toys, 4 / Math.sqrt(toys));
        assertEquals(1, globalSquares[0] / toys - 0.09, 0.05);
        assertEquals(0, globalSquares[2], 0);
        assertEquals(5.5, globalSum[3] / toys, 4 * Math.sqrt(5.5 / toys));
        assertEquals(-0.6, globalSum[4] / toys, 4 / Math.sqrt(toys));
    }

    @Test
    void wrongDataSizeIsRefused() {
        Likelihood likelihood = Likelihood.of(ONE_LNN);
        assertThrows(IllegalArgumentException.class,
                () -> likelihood.nll(new double[] {0, 0}, new Data(new double[] {1, 2}, new double[] {0})));
    }
}
