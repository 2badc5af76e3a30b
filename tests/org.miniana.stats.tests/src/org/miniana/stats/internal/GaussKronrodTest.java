/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.stats.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GaussKronrodTest {

    @Test
    void rulesAreExactForPolynomialsOfTheirDegree() {
        // Kronrod 21 points: exact to degree 31. The embedded 10-point Gauss rule is exact to degree
        // 19, so up to there the two agree and the error estimate is at its rounding floor.
        for (int degree = 0; degree <= 31; degree++) {
            int d = degree;
            GaussKronrod.Panel panel = GaussKronrod.panel(x -> Math.pow(x, d), -1, 1);
            double exact = degree % 2 == 0 ? 2.0 / (degree + 1) : 0;
            assertEquals(exact, panel.value(), 1e-15, "Kronrod, degree " + degree);
            if (degree <= 19) {
                assertTrue(panel.error() < 1e-13, "Gauss, degree " + degree + ": " + panel.error());
            }
        }
        // Degree 20 is beyond the Gauss rule: the estimate sees the difference.
        assertTrue(GaussKronrod.panel(x -> Math.pow(x, 20), -1, 1).error() > 1e-10);
    }

    @Test
    void adaptiveIntegrationOfAPeak() {
        // A narrow Gaussian at the edge of wide panels: they are bisected towards it until accurate.
        double width = 1e-2;
        double integral = GaussKronrod.integrate(x -> Math.exp(-0.5 * (x - 0.3) * (x - 0.3) / (width * width)),
            new double[] {-5, 0.3, 5}, 1e-10, 0);
        assertEquals(width * Math.sqrt(2 * Math.PI), integral, 1e-10 * integral);
        assertEquals(GaussKronrod.panel(x -> x * x, 0, 3).value(), 9, 1e-14);
    }
}
