/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HybridPValueTest {

    /**
     * The exact method against the brute-force {@link HybridReference}. The tolerance is the
     * promised accuracy, 1e-6 relative: the reference is good to a few 1e-9 (see there), so a
     * failure is the production code's, and the two agree to 1e-9 or better in practice.
     */
    @ParameterizedTest(name = "n={0} b={1} +{2} -{3}")
    @CsvSource({
        // the original tool's example and ordinary excesses
        "40, 25, 5, 5",
        "3, 1, 0.3, 0.3",
        "7, 2, 3, 1",
        "10100, 10000, 100, 100",
        // tails beyond 6 sigma, down to p ~ 1e-15
        "100, 25, 5, 5",
        "30, 5, 1, 1",
        "60, 20, 2, 2",
        "20, 3, 0.3, 0.3",
        "120, 25, 5, 5",
        // n = 0
        "0, 3, 1, 1",
        "0, 0.5, 0.2, 0.45",
        // tiny backgrounds
        "1, 0.001, 0.0005, 0.0005",
        "2, 0.001, 0.0005, 0.0005",
        "1, 1e-6, 1e-6, 1e-6",
        // sigma- >= 0.8 b (linear downwards) and sigma- > b (capped at b)
        "8, 3, 1.5, 2.5",
        "5, 2, 1, 3",
        "9, 0.5, 0.3, 0.5",
        "1, 0.0016144297481819735, 5.05433273080282e-7, 0.0014876320628494117",
        // b = 0: mu = |g| sigma+
        "3, 0, 1, 0",
        "0, 0, 2, 0",
        // non-integer n (expected S+B): no half weight
        "45.3, 25, 5, 5",
        "12.7, 4, 1, 1",
        // tiny relative errors: the integrand's peak in g is far wider than the Gaussian's features
        "0, 3, 0.001, 0.001",
        "7, 10, 0.001, 0.001",
        // one or both errors zero
        "40, 25, 0, 5",
        "40, 25, 5, 0",
        "40, 25, 0, 0",
        // huge counts, up to 7.8 sigma
        "1000000, 1000000, 1000, 1000",
        "1003000, 1000000, 1000, 1000",
        "1011000, 1000000, 1000, 1000",
        "1004000.5, 1000000, 2000, 1000"})
    void agreesWithBruteForceIntegration(double n, double b, double up, double down) {
        double expected = Math.exp(new HybridReference(b, up, down).logP(n));
        PValue result = PValue.hybrid(n, b, up, down);
        assertEquals(expected, result.p(), 1e-6 * expected);
        if (result.p() < 0.5) {
            assertEquals(Significance.fromPValue(result.p()), result.z(), 1e-9 * result.z());
        }
    }

    @Test
    void agreesWithBruteForceOnRandomModels() {
        // Backgrounds 1e-3 .. 1e3 with errors 1e-3 .. 2 times b, counts from -3 to +7 sigma, half of
        // them non-integer; models whose features in g are narrower than the reference grid
        // resolves (mu'(g) large against sqrt(n)) are skipped.
        SplittableRandom random = new SplittableRandom(2026);
        int checked = 0;
        while (checked < 150) {
            double b = Math.pow(10, random.nextDouble(-3, 3));
            double up = b * Math.pow(10, random.nextDouble(-3, 0.3));
            double down = b * Math.pow(10, random.nextDouble(-3, 0.3));
            double sigma = Math.sqrt(b + up * up);
            double n = Math.max(0, Math.floor(b + random.nextDouble(-3, 7) * sigma));
            n += random.nextBoolean() ? random.nextDouble() : 0;
            if (Math.max(up, down) > 20 * Math.sqrt(n + 1)) {
                continue;
            }
            double expected = Math.exp(new HybridReference(b, up, down).logP(n));
            assertEquals(expected, PValue.hybrid(n, b, up, down).p(), 1e-6 * expected,
                "n=" + n + " b=" + b + " +" + up + " -" + down);
            checked++;
        }
    }

    @Test
    void originalToolExample() {
        // n = 40 over B = 25 +5 -5: Z = 1.925 with the original tool's toys.
        PValue result = PValue.hybrid(40, 25, 5, 5);
        assertEquals(1.925, result.z(), 0.001);
        assertEquals("1.925", String.format(java.util.Locale.ROOT, "%.3f", result.z()));
    }

    @Test
    void tailsExtendBelowTheSmallestDouble() {
        // Significance stays finite and keeps growing after p underflows to 0.
        double previous = 0;
        for (double n : new double[] {100, 300, 1000, 10000, 1000000}) {
            PValue result = PValue.hybrid(n, 25, 5, 5);
            assertTrue(result.z() > previous && result.z() < Double.POSITIVE_INFINITY, n + ": " + result);
            previous = result.z();
        }
        assertEquals(0, PValue.hybrid(1000000, 25, 5, 5).p());
    }

    @Test
    void deficitsHaveAFiniteNegativeSignificance() {
        PValue small = PValue.hybrid(2, 10, 1, 1);
        assertEquals(Significance.fromPValue(small.p()), small.z(), 1e-7);
        // p rounds to 1 here; Z comes from 1 - p computed as a lower tail:
        // 1 - p = E[P(N = 0)] / 2 = E[exp(-mu)] / 2, checked against the reference.
        HybridReference reference = new HybridReference(100, 10, 10);
        double q = 0.5 * Math.exp(reference.logLowerTail(0, 0));
        PValue large = PValue.hybrid(0, 100, 10, 10);
        assertEquals(1, large.p(), 1e-9);
        assertEquals(-Significance.fromPValue(q), large.z(), 1e-6);
    }

    @Test
    void degenerateBackgrounds() {
        // b = 0 known exactly: N = 0 surely, so n = 0 is a tie (p = 1/2) and any n > 0 is impossible.
        assertEquals(0.5, PValue.hybrid(0, 0, 0, 0).p());
        assertEquals(0, PValue.hybrid(1, 0, 0, 0).p());
        assertEquals(Double.POSITIVE_INFINITY, PValue.hybrid(1, 0, 0, 0).z());
        // No background error: the plain mid-p Poisson p-value.
        double b = 3.2;
        double pEq = Math.exp(-b) * b * b * b / 6;
        double pGt = 1 - Math.exp(-b) * (1 + b + b * b / 2) - pEq;
        assertEquals(pGt + 0.5 * pEq, PValue.hybrid(3, b, 0, 0).p(), 1e-14);
    }

    @Test
    void pDecreasesWithTheCount() {
        for (double[] background : new double[][] {{0.5, 0.1, 0.45}, {3, 1, 1}, {25, 5, 5}, {1e4, 100, 100}}) {
            double start = Math.max(0, Math.floor(background[0] - 5 * Math.sqrt(background[0] + 1)));
            double previous = 1.1;
            for (double n = start; n < start + 12 * Math.sqrt(background[0] + 1); n += 0.5) {
                double p = PValue.hybrid(n, background[0], background[1], background[2]).p();
                assertTrue(p < previous, "b=" + background[0] + " n=" + n + ": " + p + " >= " + previous);
                previous = p;
            }
        }
    }

    @Test
    void pIncreasesWithTheBackground() {
        // Strictly on Z, which stays exact where p rounds to 1 (n = 0 over a large background), and
        // on p to within its accuracy.
        for (double n : new double[] {0, 1, 5, 40, 150}) {
            PValue previous = new PValue(0, Double.POSITIVE_INFINITY);
            for (double b = 0.01; b < 200; b *= 1.6) {
                PValue result = PValue.hybrid(n, b, 0.2 * b, 0.2 * b);
                assertTrue(result.z() < previous.z(), "n=" + n + " b=" + b + ": " + result + " after " + previous);
                assertTrue(result.p() >= previous.p() * (1 - 1e-9), "n=" + n + " b=" + b + ": " + result);
                previous = result;
            }
        }
    }

    @Test
    void rejectsInvalidInput() {
        assertThrows(IllegalArgumentException.class, () -> PValue.hybrid(-1, 3, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> PValue.hybrid(3, -1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> PValue.hybrid(3, 1, Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> PValue.hybrid(3, 1, 1, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> new PValue(1.5, 0));
    }
}
