/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.stats.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GaussKronrodTest {

    @Test
    void rulesAreExactForPolynomialsOfTheirDegree() {
        // Kronrod 21 points: degree 31; the embedded Gauss 10 points: degree 19.
        for (int degree = 0; degree <= 31; degree++) {
            double kronrod = GaussKronrod.WGK[10] * (degree == 0 ? 1 : 0);
            double gauss = 0;
            for (int j = 0; j < 10; j++) {
                double both = Math.pow(GaussKronrod.XGK[j], degree) * (1 + (degree % 2 == 0 ? 1 : -1));
                kronrod += GaussKronrod.WGK[j] * both;
                if (j % 2 == 1) {
                    gauss += GaussKronrod.WG[j / 2] * both;
                }
            }
            double exact = degree % 2 == 0 ? 2.0 / (degree + 1) : 0;
            assertEquals(exact, kronrod, 1e-15, "Kronrod, degree " + degree);
            if (degree <= 19) {
                assertEquals(exact, gauss, 1e-15, "Gauss, degree " + degree);
            }
        }
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
