/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AsimovTest {

    @Test
    void publishedValueWithBackgroundUncertainty() {
        // Cowan, Cranmer, Gross, Vitells: Z_A(s=50, b=100, sigma_b=7) = 3.72.
        assertEquals(3.72, Asimov.z(50, 100, 7), 0.01);
    }

    @Test
    void withoutUncertainty() {
        assertEquals(Math.sqrt(2 * (150 * Math.log(1.5) - 50)), Asimov.z(50, 100), 1e-12);
        assertEquals(Asimov.z(50, 100), Asimov.z(50, 100, 0), 0);
        // Far below the naive s / sqrt(b) = 5 when the background is tiny.
        assertTrue(Asimov.z(1e-3, 4e-8) < 0.2);
    }

    @Test
    void smallSignalLimitIsSOverSqrtOfTotalVariance() {
        // For s << b, Z_A -> s / sqrt(b + sigma_b^2); log1p keeps the tiny differences exact.
        assertEquals(1e-6 / Math.sqrt(100), Asimov.z(1e-6, 100), 1e-12);
        assertEquals(1e-6 / Math.sqrt(100 + 49), Asimov.z(1e-6, 100, 7), 1e-12);
    }

    @Test
    void uncertaintyLowersTheSignificance() {
        double previous = Asimov.z(50, 100);
        for (double sigma : new double[] {1, 5, 10, 30}) {
            double z = Asimov.z(50, 100, sigma);
            assertTrue(z < previous, sigma + ": " + z);
            previous = z;
        }
    }

    @Test
    void rejectsInvalidInput() {
        assertThrows(IllegalArgumentException.class, () -> Asimov.z(1, 0));
        assertThrows(IllegalArgumentException.class, () -> Asimov.z(-1, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> Asimov.z(1, 10, Double.NaN));
    }
}
