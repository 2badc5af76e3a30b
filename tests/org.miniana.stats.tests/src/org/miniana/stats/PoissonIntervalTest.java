/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;

class PoissonIntervalTest {

    /** Published 68.27% Garwood limits (e.g. the PDG's table of Poisson limits, to 3 decimals). */
    @Test
    void reproducesTheTabulatedIntervals() {
        assertInterval(0, 0, 1.841);
        assertInterval(1, 0.173, 3.300);
        assertInterval(2, 0.708, 4.638);
        assertInterval(5, 2.840, 8.382);
        assertInterval(10, 6.891, 14.267);
    }

    /** The defining property: the tails beyond the limits hold (1 - coverage) / 2 each. */
    @Test
    void limitsLeaveHalfOfAlphaInEachTail() {
        double halfAlpha = (1 - PoissonInterval.ONE_SIGMA) / 2;
        for (long n : new long[] { 1, 3, 17, 953, 9222 }) {
            PoissonInterval interval = PoissonInterval.garwood(n);
            // P(N >= n | lower) = halfAlpha and P(N <= n | upper) = halfAlpha, via the gamma functions.
            assertEquals(halfAlpha, Gamma.regularizedGammaP(n, interval.lower()), 1e-8, "lower, n=" + n);
            assertEquals(halfAlpha, Gamma.regularizedGammaQ(n + 1, interval.upper()), 1e-8, "upper, n=" + n);
        }
    }

    /**
     * For large counts, Gehrels' approximations (ApJ 303 (1986) 336, eqs. 9 and 14 with S = 1)
     * hold to better than 0.01 events: upper = N + sqrt(N + 3/4) + 1 and
     * lower = N (1 - 1/(9N) - 1/(3 sqrt N))^3.
     */
    @Test
    void errorsFollowGehrelsApproximationForLargeCounts() {
        long n = 9222;
        PoissonInterval interval = PoissonInterval.garwood(n);
        assertEquals(Math.sqrt(n + 0.75) + 1, interval.errorUp(n), 0.01);
        assertEquals(n - n * Math.pow(1 - 1.0 / (9 * n) - 1 / (3 * Math.sqrt(n)), 3), interval.errorDown(n), 0.01);
        assertThrows(IllegalArgumentException.class, () -> PoissonInterval.garwood(-1));
    }

    private static void assertInterval(long n, double lower, double upper) {
        PoissonInterval interval = PoissonInterval.garwood(n);
        assertEquals(lower, interval.lower(), 5e-4, "lower, n=" + n);
        assertEquals(upper, interval.upper(), 5e-4, "upper, n=" + n);
    }
}
