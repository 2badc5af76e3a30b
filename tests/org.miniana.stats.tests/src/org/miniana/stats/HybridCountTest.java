/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hybrid count distribution against the Poisson limit, normalisation and the p-value's tails. */
class HybridCountTest {

    @Test
    void withoutUncertaintyItIsPoisson() {
        HybridCount count = HybridCount.of(7.5, 0, 0);
        PoissonDistribution poisson = new PoissonDistribution(7.5);
        for (int n = 0; n < 40; n++) {
            assertEquals(poisson.probability(n), count.probability(n), 1e-9 * poisson.probability(n) + 1e-300, "n = " + n);
        }
    }

    @ParameterizedTest
    @CsvSource({ "25, 5, 5", "3.2, 1.5, 2.9", "0, 1, 1", "400, 30, 60" })
    void probabilitiesSumToOneAndMakeTheMidPValue(double b, double up, double down) {
        HybridCount count = HybridCount.of(b, up, down);
        double sum = 0;
        for (long n = 0; n < 10 * (b + 3 * up + 10); n++) {
            double p = count.probability(n);
            sum += p;
            // the p-value of n counts ties half: P(N > n) + P(N = n)/2
            if (n % 7 == 0) {
                assertEquals(PValue.hybrid(n, b, up, down).p(), count.upperTail(n) + p / 2, 1e-6);
                assertEquals(1, count.upperTail(n) + count.lowerTail(n), 1e-9);
            }
        }
        assertEquals(1, sum, 1e-6);
    }
}
