/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignificanceTest {

    /** Upper normal tail probabilities to 17 digits (high-precision tables). */
    @ParameterizedTest(name = "Z={0}: p={1}")
    @CsvSource({
        "0, 0.5",
        "1, 0.15865525393145705",
        "-1, 0.84134474606854295",
        "3, 1.3498980316300945e-3",
        "5, 2.8665157187919391e-7",
        "8, 6.2209605742717841e-16",
        "10, 7.6198530241605261e-24",
        "20, 2.7536241186062337e-89"})
    void knownTailProbabilities(double z, double p) {
        assertEquals(p, Significance.toPValue(z), 1e-14 * p);
        assertEquals(z, Significance.fromPValue(p), 1e-12 * Math.max(1, z));
    }

    @Test
    void pValueAndSignificanceAreInverseOverTheWholeRange() {
        // From p = 0.9 down to 1e-300 (Z = 37), including 1e-15 (about 8 sigma).
        for (double log10p = -0.05; log10p > -300; log10p -= 0.37) {
            double p = Math.pow(10, log10p);
            double back = Significance.toPValue(Significance.fromPValue(p));
            assertEquals(p, back, 1e-9 * p, "p=" + p);
        }
        double p = 1e-15;
        assertEquals(p, Significance.toPValue(Significance.fromPValue(p)), 1e-9 * p);
        // Negative Z only to -5: beyond, p = 1 - 3e-7 no longer carries 1e-9 of Z in its digits.
        for (double z = -5; z < 37; z += 0.123) {
            double back = Significance.fromPValue(Significance.toPValue(z));
            assertEquals(z, back, 1e-9 * Math.max(1, Math.abs(z)), "z=" + z);
        }
    }

    @Test
    void logPValuesAgreeWithPValuesAndGoOnWhereTheyUnderflow() {
        for (double z = -5; z < 37; z += 0.123) {
            assertEquals(Math.log(Significance.toPValue(z)), Significance.toLogPValue(z), 1e-12 * Math.max(1, z * z),
                    "z=" + z);
            assertEquals(z, Significance.fromLogPValue(Significance.toLogPValue(z)), 1e-9 * Math.max(1, Math.abs(z)),
                    "z=" + z);
        }
        // Far beyond the underflow of p (z = 38.5): ln p = -z^2/2 - ln(z sqrt(2 pi)) - 1/z^2 + ...
        for (double z : new double[] { 40, 100, 1000 }) {
            double asymptotic = -z * z / 2 - Math.log(z * Math.sqrt(2 * Math.PI)) - 1 / (z * z) + 2.5 / Math.pow(z, 4);
            assertEquals(asymptotic, Significance.toLogPValue(z), 1e-9 * Math.abs(asymptotic), "z=" + z);
            assertEquals(z, Significance.fromLogPValue(Significance.toLogPValue(z)), 1e-9 * z, "z=" + z);
        }
        assertEquals(Double.POSITIVE_INFINITY, Significance.fromLogPValue(Double.NEGATIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> Significance.fromLogPValue(0.1));
        assertThrows(IllegalArgumentException.class, () -> Significance.toLogPValue(Double.NaN));
    }

    @Test
    void tinyPValuesAreNotTakenFromOneMinusP() {
        // 1 - 1e-17 == 1 in double precision: computed from 1 - p this would be infinite.
        assertEquals(8.493793224109598, Significance.fromPValue(1e-17), 1e-12);
        assertEquals(Double.POSITIVE_INFINITY, Significance.fromPValue(0));
        assertEquals(Double.NEGATIVE_INFINITY, Significance.fromPValue(1));
        assertEquals(-Significance.fromPValue(0.2), Significance.fromPValue(0.8), 1e-15);
    }

    @Test
    void originalToolRankingQuantity() {
        assertEquals(2 * (Math.sqrt(35) - 5), Significance.q(10, 25), 1e-14);
        assertEquals(0, Significance.q(0, 25));
        assertEquals(2 * Math.sqrt(7), Significance.q(7, 0), 1e-14);
        // For s << b, Q -> s / sqrt(b) without cancellation (the difference of roots loses 1e-5).
        assertEquals(1e-9 / 5, Significance.q(1e-9, 25), 1e-8 * 1e-9 / 5);
        assertEquals(-2 * 5, Significance.q(-25, 25), 1e-14);
    }

    @Test
    void rejectsInvalidInput() {
        assertThrows(IllegalArgumentException.class, () -> Significance.fromPValue(-0.1));
        assertThrows(IllegalArgumentException.class, () -> Significance.fromPValue(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Significance.toPValue(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Significance.q(-2, 1));
    }
}
