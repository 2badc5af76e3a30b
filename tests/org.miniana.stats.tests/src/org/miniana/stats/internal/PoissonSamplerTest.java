/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.stats.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PoissonSamplerTest {

    /**
     * The histogram of 200,000 draws against the Poisson probabilities: Pearson's chi-square over
     * the cells with at least 5 expected draws. Both samplers (below and above a mean of 10) and
     * the switch between them; with a fixed seed, the bound (mean + 6 sd of the chi-square) holds
     * with room, while a wrong sampler exceeds it by far.
     */
    @ParameterizedTest(name = "mean {0}")
    @ValueSource(doubles = {0.3, 3, 9.99, 10, 17.5, 250, 1e4, 1e6})
    void histogramMatchesThePoissonDistribution(double mean) {
        int draws = 200_000;
        Well19937c random = new Well19937c(99);
        double root = Math.sqrt(mean);
        long lo = Math.max(0, (long) Math.floor(mean - 6 * root - 1));
        int cells = (int) (12 * root + 4);
        long[] counts = new long[cells];
        double sum = 0;
        for (int i = 0; i < draws; i++) {
            long k = PoissonSampler.sample(random, mean);
            sum += k;
            if (k >= lo && k < lo + cells) {
                counts[(int) (k - lo)]++;
            }
        }
        assertEquals(mean, sum / draws, 5 * root / Math.sqrt(draws));
        double chiSquare = 0;
        int used = 0;
        double lnGamma = org.apache.commons.math3.special.Gamma.logGamma(lo + 1.0);
        for (int i = 0; i < cells; i++) {
            long k = lo + i;
            double expected = draws * Math.exp(k * Math.log(mean) - mean - lnGamma);
            lnGamma += Math.log(k + 1.0);
            if (expected >= 5) {
                chiSquare += (counts[i] - expected) * (counts[i] - expected) / expected;
                used++;
            }
        }
        assertTrue(chiSquare < used + 6 * Math.sqrt(2.0 * used), "chi2=" + chiSquare + " for " + used + " cells");
    }
}
