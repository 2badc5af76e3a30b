/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.stats.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class SignalCurveTest {

    /**
     * The interpolant against the tail integrals it replaces, wherever the ratio is above 1e-12:
     * measured 5e-10 relative at worst (b = 10^6), 1e-11 typically; the tolerance is that of the
     * coefficients, 1e-8.
     */
    @Test
    void theInterpolantIsTheRatioOfTheTails() {
        double[][] models = {{25, 5, 5, 25}, {25, 5, 5, 45}, {0.5, 0.2, 0.1, 0}, {3, 1, 2.5, 4}, {400, 40, 30, 420},
            {0, 0, 0, 5}, {1e4, 500, 400, 10500}, {1e6, 1e3, 1e3, 1e6}, {0.01, 1.1, 0.01, 0}, {100, 50, 50, 130}};
        for (double[] m : models) {
            PoissonMixture mixture = new PoissonMixture(new Background(m[0], m[1], m[2]));
            long n = (long) m[3];
            double logClb = mixture.logLowerTail(n, 0, false);
            SignalCurve curve = SignalCurve.of(mixture, n, logClb);
            assertEquals(1, curve.ratio(0), 1e-8, Arrays.toString(m));
            double step = 0.25 * Math.sqrt(m[0] + m[1] * m[1] + 1);
            int points = 0;
            for (double x = step; ; x += step) {
                double direct = Math.exp(mixture.logLowerTail(n, x, false) - logClb);
                if (direct < 1e-12) {
                    assertTrue(curve.ratio(x) < 1e-10, Arrays.toString(m) + " x=" + x);
                    break;
                }
                assertEquals(direct, curve.ratio(x), 1e-8 * direct, Arrays.toString(m) + " x=" + x);
                points++;
            }
            assertTrue(points > 10, Arrays.toString(m));
        }
    }
}
