/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.likelihood;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.miniana.core.model.StatisticalModel;

/**
 * Against Cowan, Cranmer, Gross, Vitells (arXiv:1007.1727): the counting experiment with known
 * background, for which every quantity has a closed form, evaluated by hand (Python).
 */
class AsymptoticCalculatorTest {

    private static final double TOLERANCE = 2e-4;

    private static AsymptoticCalculator calculator(StatisticalModel model) {
        return new AsymptoticCalculator(new Fitter(Likelihood.of(model)));
    }

    @Test
    void discoveryWithKnownBackground() {
        // Z_A = sqrt(2 ((s + b) ln(1 + s / b) - s)) (eq. (97)) = 3.5998 for s = 10, b = 5, both as
        // the observed Z of n = s + b and as the expected Z.
        StatisticalModel model = Models.knownBackground(10, 5, 15);
        Discovery discovery = calculator(model).discovery(Likelihood.of(model).observed());
        assertEquals(3.5997734178755323, discovery.observedZ(), 1e-6);
        assertEquals(3.5997734178755323, discovery.expectedZ(), 1e-6);
        assertEquals(3.5997734178755323 * 3.5997734178755323, discovery.observedQ0(), 1e-5);
        assertEquals(Method.ASYMPTOTIC, discovery.method());
    }

    @Test
    void discoveryOfADeficitIsZero() {
        StatisticalModel model = Models.knownBackground(10, 5, 3);
        Discovery discovery = calculator(model).discovery(Likelihood.of(model).observed());
        assertEquals(0, discovery.observedZ(), 0);
        assertEquals(0.5, discovery.observedP(), 0);
    }

    @Test
    void onOffProblemAsPublished() {
        // Z_A(s = 50, b = 100, sigma_b = 7) = 3.72 (the paper's example; exact 3.7195): b measured
        // in a region tau = b / sigma_b^2 times larger. Asimov counts s + b and tau b.
        double tau = 100 / 49.0;
        StatisticalModel model = Models.onOff(50, 100, tau, 150, 204);
        Likelihood likelihood = Likelihood.of(model);
        Data asimov = likelihood.observed().withCounts(new double[] {150, tau * 100});
        Discovery discovery = calculator(model).discovery(asimov);
        assertEquals(3.719532576436747, discovery.observedZ(), 1e-5);
        assertEquals(3.719532576436747, discovery.expectedZ(), 1e-5);
    }

    @Test
    void expectedLimitsWithKnownBackground() {
        // Signal 1 per unit mu over b = 10: sqrt(q_A(mu)) = sqrt(2 (mu - b ln(1 + mu / b))) equals
        // N + Phi^-1(1 - 0.05 Phi(N)) at the N-sigma expected limit (eq. (89)); solved by hand.
        StatisticalModel model = Models.knownBackground(1, 10, 10);
        UpperLimit limit = calculator(model).upperLimit(Likelihood.of(model).observed());
        assertEquals(3.704480368218004, limit.expectedMinus2(), TOLERANCE);
        assertEquals(5.152995525752818, limit.expectedMinus1(), TOLERANCE);
        assertEquals(7.539344792299243, limit.expectedMedian(), TOLERANCE);
        assertEquals(11.262249271204809, limit.expectedPlus1(), TOLERANCE);
        assertEquals(16.385348707172326, limit.expectedPlus2(), TOLERANCE);
        // n = b: the data are the Asimov dataset, so the observed limit is the median.
        assertEquals(7.539344792299243, limit.observed(), TOLERANCE);
        assertEquals(Method.ASYMPTOTIC, limit.method());
        assertEquals(0.95, limit.confidenceLevel(), 0);
    }

    @Test
    void observedLimitsWithKnownBackground() {
        // CLs = 0.05 with q~mu of the data and eqs. (65)-(66), solved by hand (Python):
        // a deficit (n = 5, mu_hat clipped to 0) and an excess (n = 20, mu_hat = 10).
        StatisticalModel deficit = Models.knownBackground(1, 10, 5);
        assertEquals(4.358913841136629, calculator(deficit).upperLimit(Likelihood.of(deficit).observed()).observed(),
                TOLERANCE);
        StatisticalModel excess = Models.knownBackground(1, 10, 20);
        AsymptoticCalculator calculator = calculator(excess);
        Inference inference = calculator.infer(Likelihood.of(excess).observed());
        assertEquals(18.311518114740895, inference.limit().observed(), TOLERANCE);
        assertEquals(7.539344792299243, inference.limit().expectedMedian(), TOLERANCE);
        assertEquals(2.7795480248410556, inference.discovery().observedZ(), 1e-6);
    }

    @Test
    void clsBranches() {
        // q <= q_A: (1 - Phi(sqrt q)) / Phi(sqrt q_A - sqrt q); with q = q_A = 1.96^2 that is 0.05
        assertEquals(0.05, AsymptoticCalculator.cls(1.959963984540054 * 1.959963984540054,
                1.959963984540054 * 1.959963984540054), 1e-12);
        // q > q_A: (1 - Phi((q + q_A) / (2 sqrt q_A))) / (1 - Phi((q - q_A) / (2 sqrt q_A))); q = 9, q_A = 4
        assertEquals(0.0005770250423907659 / 0.10564977366685535, AsymptoticCalculator.cls(9, 4), 1e-10);
        assertEquals(1, AsymptoticCalculator.cls(0, 0), 0);
    }

    @Test
    void crossSectionLimit() {
        UpperLimit limit = new UpperLimit(Method.ASYMPTOTIC, 0.95, 2, 1, 1.5, 2, 3, 4);
        UpperLimit xs = limit.times(0.5);
        assertEquals(1, xs.observed(), 0);
        assertEquals(2, xs.expectedPlus2(), 0);
    }
}
