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

    @Test
    void errorsAreDistancesFromTheCount() {
        PoissonInterval interval = PoissonInterval.garwood(9222);
        assertEquals(Math.sqrt(9222), interval.errorUp(9222), 0.6);
        assertEquals(Math.sqrt(9222), interval.errorDown(9222), 0.6);
        assertThrows(IllegalArgumentException.class, () -> PoissonInterval.garwood(-1));
    }

    private static void assertInterval(long n, double lower, double upper) {
        PoissonInterval interval = PoissonInterval.garwood(n);
        assertEquals(lower, interval.lower(), 5e-4, "lower, n=" + n);
        assertEquals(upper, interval.upper(), 5e-4, "upper, n=" + n);
    }
}
