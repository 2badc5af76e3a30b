/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.stats.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;

class NormalTest {

    @Test
    void tailAgreesWithCommonsMathErfc() {
        // Erf.erfc is accurate to about 1e-13 relative far out (1e-15 near 0); it underflows past 37.
        for (double x = -9; x < 37; x += 0.0731) {
            double erfc = 0.5 * Erf.erfc(x / Math.sqrt(2));
            assertEquals(erfc, Normal.sf(x), 1e-12 * erfc, "x=" + x);
            assertEquals(Math.log(erfc), Normal.logSf(x), 1e-12 * Math.max(1, Math.abs(Math.log(erfc))), "x=" + x);
        }
    }

    @Test
    void logTailHasNoUnderflow() {
        // ln P(X > x) = -x^2/2 - ln(x sqrt(2 pi)) + ln(1 - 1/x^2 + 3/x^4 - 15/x^6 + ...).
        for (double x : new double[] {40, 100, 1e3, 1e5}) {
            double series = -0.5 * x * x - Math.log(x * Math.sqrt(2 * Math.PI))
                + Math.log1p(-1 / (x * x) + 3 / Math.pow(x, 4) - 15 / Math.pow(x, 6));
            assertEquals(series, Normal.logSf(x), 1e-12 * Math.abs(series), "x=" + x);
        }
        assertEquals(0, Normal.sf(40));
    }

    @Test
    void foldedNormalDistribution() {
        // P(|X| <= x) = erf(x / sqrt 2), accurate also for tiny x.
        for (double x : new double[] {1e-12, 1e-5, 0.3, 0.66, 0.67, 1, 2.5, 6}) {
            assertEquals(Math.log(Erf.erf(x / Math.sqrt(2))), Normal.logCentral(x), 1e-13, "x=" + x);
        }
    }

    @Test
    void inverseFromTheLogarithmOfP() {
        // Significances for p-values far below the smallest double.
        for (double z : new double[] {0.01, 1, 7.5, 30, 45, 300, 3000}) {
            assertEquals(z, Normal.isfOfLog(Normal.logSf(z)), 1e-12 * z, "z=" + z);
        }
    }
}
