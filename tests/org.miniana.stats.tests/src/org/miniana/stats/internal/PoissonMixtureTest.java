/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.stats.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;

class PoissonMixtureTest {

    @Test
    void upperAndLowerTailsAreComplementary() {
        // E[P(N > n)] + E[P(N <= n)] = 1 for models with every kind of segment and point mass, and
        // the same for the mid-p tails (computed as pairs of Poisson terms).
        double[][] models = {{25, 5, 5}, {3, 1, 2.5}, {2, 1, 3}, {0, 1.5, 0}, {4, 0, 1}, {4, 1, 0}, {4, 0, 0}};
        for (double[] m : models) {
            PoissonMixture mixture = new PoissonMixture(new Background(m[0], m[1], m[2]));
            for (long n : new long[] {0, 1, 3, 10, 30}) {
                double sum = Math.exp(mixture.logUpperTail(n, false)) + Math.exp(mixture.logLowerTail(n, 0, false));
                assertEquals(1, sum, 1e-8, java.util.Arrays.toString(m) + " n=" + n);
                double midSum = Math.exp(mixture.logUpperTail(n, true)) + Math.exp(mixture.logLowerTail(n, 0, true));
                assertEquals(1, midSum, 1e-8, java.util.Arrays.toString(m) + " n=" + n + " mid-p");
            }
        }
    }

    @Test
    void signalShiftOfAKnownBackground() {
        PoissonMixture mixture = new PoissonMixture(new Background(2.5, 0, 0));
        assertEquals(Gamma.regularizedGammaQ(8, 2.5 + 4.2), Math.exp(mixture.logLowerTail(7, 4.2, false)), 1e-14);
    }

    @Test
    void backgroundModelOfTheOriginalTool() {
        Background background = new Background(10, 2, 3);
        assertEquals(10 * 1.2 * 1.2, background.mu(2), 1e-12);
        assertEquals(10 * 0.7 * 0.7, background.mu(-2), 1e-12);
        Background wide = new Background(10, 2, 9);
        assertEquals(1, wide.mu(-1), 1e-12);
        assertEquals(0, wide.mu(-1.5));
        assertEquals(0, new Background(10, 2, 15).mu(-1)); // sigma- capped at b
        assertEquals(3, new Background(0, 2, 5).mu(-1.5), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> new Background(-1, 1, 1));
    }
}
