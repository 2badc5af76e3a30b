/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LimitsTest {

    @Test
    void noBackgroundNoEventsGivesThreeEvents() {
        assertEquals(3.00, Limits.cls95(0, 0, 0, 0).signal(), 0.01);
        assertEquals(-Math.log(0.05), Limits.cls95(0, 0, 0, 0).signal(), 1e-6);
        // CLs(s) = exp(-s) for n = 0 whatever the background distribution: CL_b cancels.
        assertEquals(-Math.log(0.05), Limits.cls95(0, 1, 1, 0).signal(), 1e-6);
        assertEquals(-Math.log(0.05), Limits.cls95(4, 1, 3, 0).signal(), 1e-6);
    }

    /** With b = 0, CLs is the classical Poisson limit (PDG statistics review, upper limits table). */
    @ParameterizedTest(name = "n={0}: {1}")
    @CsvSource({"1, 4.74", "2, 6.30", "3, 7.75", "4, 9.15", "5, 10.51"})
    void poissonLimitsWithoutBackground(int n, double limit) {
        assertEquals(limit, Limits.cls95(0, 0, 0, n).signal(), 0.005);
    }

    @Test
    void knownBackgroundSolvesTheCLsEquation() {
        // P(N <= n | b + s) / P(N <= n | b) = 0.05, with Commons Math's incomplete gamma.
        UpperLimit limit = Limits.cls95(3.7, 0, 0, 5);
        double clsb = Gamma.regularizedGammaQ(6, 3.7 + limit.signal());
        double clb = Gamma.regularizedGammaQ(6, 3.7);
        assertEquals(clb, limit.clb(), 1e-12);
        assertEquals(0.05, clsb / clb, 1e-9);
    }

    @Test
    void hybridLimitSolvesTheCLsEquation() {
        // Checked against the brute-force expectation of P(N <= n | mu(g) + s) over g.
        for (double[] c : new double[][] {{25, 5, 5, 25}, {3, 1, 2.5, 1}, {0.5, 0.2, 0.1, 2}, {400, 40, 30, 420}}) {
            int n = (int) c[3];
            UpperLimit limit = Limits.cls95(c[0], c[1], c[2], n);
            HybridReference reference = new HybridReference(c[0], c[1], c[2]);
            double clb = Math.exp(reference.logLowerTail(n, 0));
            double clsb = Math.exp(reference.logLowerTail(n, limit.signal()));
            assertEquals(clb, limit.clb(), 1e-7 * clb);
            assertEquals(0.05, clsb / clb, 1e-7);
        }
    }

    @Test
    void limitsGrowWithTheBackgroundError() {
        for (int n : new int[] {10, 25, 40}) {
            double previous = 0;
            for (double error : new double[] {0, 1, 2.5, 5, 10, 20}) {
                double limit = Limits.cls95(25, error, error, n).signal();
                assertTrue(limit > previous, n + " +-" + error + ": " + limit + " <= " + previous);
                previous = limit;
            }
        }
    }

    @Test
    void expectedBandsAreOrdered() {
        for (double[] c : new double[][] {{0, 0, 0}, {0.3, 0.1, 0.1}, {3, 1, 1}, {25, 5, 5}, {1e4, 500, 500}}) {
            ExpectedLimits e = Limits.expected(c[0], c[1], c[2]);
            assertTrue(e.minus2() <= e.minus1() && e.minus1() <= e.median() && e.median() <= e.plus1()
                && e.plus1() <= e.plus2(), e.toString());
            assertTrue(e.minus2() >= -Math.log(0.05) - 1e-9, e.toString());
        }
        ExpectedLimits none = Limits.expected(0, 0, 0);
        assertEquals(-Math.log(0.05), none.plus2(), 1e-6);
    }

    @Test
    void expectedLimitsAreLimitsAtTheCountQuantiles() {
        // Quantile convention: the smallest k with P(N <= k) >= q, P from the brute-force reference.
        HybridReference reference = new HybridReference(25, 5, 5);
        double[] probabilities = {Significance.toPValue(2), Significance.toPValue(1), 0.5,
            Significance.toPValue(-1), Significance.toPValue(-2)};
        double[] limits = new double[probabilities.length];
        for (int i = 0; i < probabilities.length; i++) {
            int k = 0;
            while (Math.exp(reference.logLowerTail(k, 0)) < probabilities[i]) {
                k++;
            }
            limits[i] = Limits.cls95(25, 5, 5, k).signal();
        }
        ExpectedLimits expected = Limits.expected(25, 5, 5);
        assertEquals(limits[0], expected.minus2(), 1e-9);
        assertEquals(limits[1], expected.minus1(), 1e-9);
        assertEquals(limits[2], expected.median(), 1e-9);
        assertEquals(limits[3], expected.plus1(), 1e-9);
        assertEquals(limits[4], expected.plus2(), 1e-9);
    }

    @Test
    void signalStrengthIsTheYieldLimitOverTheModelYield() {
        UpperLimit limit = Limits.cls95(25, 5, 5, 30);
        assertEquals(limit.signal() / 12.5, limit.signalStrength(12.5), 1e-15);
        ExpectedLimits expected = Limits.expected(25, 5, 5);
        ExpectedLimits mu = expected.signalStrength(4);
        assertEquals(expected.median() / 4, mu.median(), 1e-15);
        assertEquals(expected.plus2() / 4, mu.plus2(), 1e-15);
    }

    @Test
    void deficitsGiveSmallerLimitsButNeverBelowZero() {
        double previous = Double.POSITIVE_INFINITY;
        for (int n = 25; n >= 0; n -= 5) {
            double limit = Limits.cls95(25, 5, 5, n).signal();
            assertTrue(limit < previous && limit > 0, n + ": " + limit);
            previous = limit;
        }
    }

    @Test
    void rejectsInvalidInput() {
        assertThrows(IllegalArgumentException.class, () -> Limits.cls95(3, 1, 1, -1));
        assertThrows(IllegalArgumentException.class, () -> Limits.expected(-3, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> Limits.cls95(3, 1, 1, -1, 0.1, 0.1));
        assertThrows(IllegalArgumentException.class, () -> Limits.cls95(3, 1, 1, 3, -0.1, 0.1));
        assertThrows(IllegalArgumentException.class, () -> Limits.expected(3, 1, 1, 0.1, Double.NaN));
    }

    /**
     * Limits with an uncertain signal against {@code tools/uncertain_signal_limits.py}, which
     * computes them independently from the README's conventions: the direct double expectation over
     * g and h with scipy's adaptive quad (1e-11 relative, split at the kinks) and brentq to 1e-12.
     * Rows: n, b, up, down, signal up, signal down, limit. Measured agreement: 1e-9 relative at every
     * row (the references have ten digits). The tolerance of 1e-6 leaves room for the Java side's
     * integration tolerances (1e-7 in g, 1e-8 in h) and still catches a change of convention:
     * swapping the signal's up and down errors moves the asymmetric rows by 4 % or more.
     */
    @Test
    void uncertainSignalLimitsAgreeWithScipy() {
        double[][] observed = {
            {25, 25, 5, 5, 0.2, 0.2, 15.89102329},
            {25, 25, 5, 5, 0.1, 0.3, 17.78472966},
            {3, 1.2, 0.5, 0.4, 0.3, 0.25, 7.485654713},
            {0, 0.5, 0.2, 0.1, 0.5, 0.4, 3.818747273},
            {2, 3, 1, 2.5, 0.15, 0.1, 5.423879936},
            {420, 400, 40, 30, 0.25, 0.2, 93.72592071},
            {5, 0, 0, 0, 0.2, 0.2, 11.68381655},
            {10, 8, 2, 2, 0.2, 0, 9.654572246},
            {10, 8, 2, 2, 0, 0.3, 12.6083776},
            {12, 10, 3, 2, 1.0, 0.6, 24.48628396},
        };
        for (double[] c : observed) {
            double limit = Limits.cls95(c[1], c[2], c[3], (int) c[0], c[4], c[5]).signal();
            assertEquals(c[6], limit, 1e-6 * c[6], Arrays.toString(c));
        }
        double[][] expected = {
            {25, 5, 5, 0.2, 0.2, 7.034950136, 10.3910408, 15.89102329, 23.13547035, 34.28483876},
            {3, 1, 1, 0.3, 0.25, 3.258131296, 4.116700023, 6.284132486, 8.964153835, 13.52643534},
        };
        for (double[] c : expected) {
            ExpectedLimits limits = Limits.expected(c[0], c[1], c[2], c[3], c[4]);
            double[] java = {limits.minus2(), limits.minus1(), limits.median(), limits.plus1(), limits.plus2()};
            for (int i = 0; i < java.length; i++) {
                assertEquals(c[5 + i], java[i], 1e-6 * c[5 + i], Arrays.toString(c) + " quantile " + i);
            }
            assertEquals(limits.median(), Limits.expectedMedian(c[0], c[1], c[2], c[3], c[4]), 0);
        }
    }

    @Test
    void withoutSignalErrorsTheLimitsAreExactlyTodays() {
        for (double[] c : new double[][] {{25, 5, 5, 30}, {0, 0, 0, 3}, {3, 1, 2.5, 1}, {1e4, 500, 400, 10500}}) {
            int n = (int) c[3];
            assertEquals(Limits.cls95(c[0], c[1], c[2], n), Limits.cls95(c[0], c[1], c[2], n, 0, 0));
            assertEquals(Limits.expected(c[0], c[1], c[2]), Limits.expected(c[0], c[1], c[2], 0, 0));
            assertEquals(Limits.expectedMedian(c[0], c[1], c[2]), Limits.expectedMedian(c[0], c[1], c[2], 0, 0));
        }
    }

    @Test
    void limitsGrowWithTheSignalError() {
        for (double[] c : new double[][] {{25, 5, 5, 25}, {0.5, 0.2, 0.1, 0}, {3, 1, 2.5, 4}, {400, 40, 30, 380}}) {
            int n = (int) c[3];
            double previous = Limits.cls95(c[0], c[1], c[2], n).signal();
            double previousMedian = Limits.expectedMedian(c[0], c[1], c[2]);
            for (double error : new double[] {0.02, 0.1, 0.2, 0.35, 0.5, 0.7}) {
                double limit = Limits.cls95(c[0], c[1], c[2], n, error, error).signal();
                double median = Limits.expectedMedian(c[0], c[1], c[2], error, error);
                String what = Arrays.toString(c) + " +-" + error;
                assertTrue(limit > previous, what + ": " + limit + " <= " + previous);
                assertTrue(median > previousMedian, what + ": median " + median + " <= " + previousMedian);
                previous = limit;
                previousMedian = median;
            }
        }
    }

    @Test
    void aLargeDownwardSignalErrorWeakensTheLimitButNeverMakesItInfinite() {
        // log-normal on both sides: the signal never vanishes, unlike the background's linear branch
        double previous = Limits.cls95(25, 5, 5, 25, 0.3, 0.5).signal();
        for (double down : new double[] {0.79, 0.8, 0.9, 0.99}) {
            double limit = Limits.cls95(25, 5, 5, 25, 0.3, down).signal();
            assertTrue(Double.isFinite(limit) && limit > previous, down + ": " + limit + " after " + previous);
            previous = limit;
        }
        assertTrue(Double.isFinite(Limits.expected(25, 5, 5, 0, 0.9).plus2()));
        assertThrows(IllegalArgumentException.class, () -> Limits.cls95(25, 5, 5, 25, 0.3, 1));
    }
}
