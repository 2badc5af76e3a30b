/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OnOffTest {

    /**
     * Cousins, Linnemann, Tucker, NIM A 595 (2008) 480, Table 1: every row, to the published two
     * decimals. Z_PL is Li-Ma with alpha = 1/tau: n_on ln((1+tau) n_on/(n_on+n_off)) +
     * n_off ln((1+tau)/tau n_off/(n_on+n_off)); the formula with the two factors swapped gives
     * 2.65 instead of 1.95 in the first row.
     */
    @ParameterizedTest(name = "n_on={0} n_off={1} tau={2}: Z_Bi={3} Z_PL={4}")
    @CsvSource({
        "4, 5, 5.0, 1.66, 1.95",
        "6, 18.78, 14.44, 2.63, 2.82",
        "9, 17.83, 4.69, 1.82, 1.99",
        "17, 40.11, 10.56, 4.46, 4.57",
        "50, 55, 2.0, 2.93, 3.02",
        "67, 15, 0.5, 2.89, 3.04",
        "200, 10, 0.1, 2.20, 2.38",
        "523, 2327, 5.99, 5.93, 5.95",
        "498426, 493434, 1.0, 5.01, 5.01",
        "2119449, 23650096, 11.21, 6.40, 6.40"})
    void publishedTable(double nOn, double nOff, double tau, double zBi, double zPl) {
        assertEquals(zBi, OnOff.binomial(nOn, nOff, tau).z(), 0.01);
        assertEquals(zPl, OnOff.profileLikelihoodZ(nOn, nOff, tau), 0.01);
    }

    @Test
    void binomialPValueIsTheIncompleteBetaFunction() {
        // n_on = 1: I_x(1, n_off + 1) = 1 - (1 - x)^(n_off + 1), with x = 1/(1 + tau).
        double tau = 3;
        double p = 1 - Math.pow(1 - 1 / (1 + tau), 8);
        PValue bi = OnOff.binomial(1, 7, tau);
        assertEquals(p, bi.p(), 1e-14);
        assertEquals(Significance.fromPValue(p), bi.z(), 1e-12);
        assertEquals(1, OnOff.binomial(0, 7, tau).p());
    }

    @Test
    void rootNumberCountingFormsMapOntoOnOff() {
        // BinomialExpZ(s, b, d) and BinomialObsZ(n, b, d): tau = 1/(b d^2), n_off = tau b.
        double tau = 1 / (12.0 * 0.2 * 0.2);
        assertEquals(OnOff.binomial(20, 12 * tau, tau), OnOff.binomialExpected(8, 12, 0.2));
        assertEquals(OnOff.binomial(17, 12 * tau, tau), OnOff.binomialObserved(17, 12, 0.2));
        assertTrue(OnOff.binomialExpected(8, 12, 0.2).z() > OnOff.binomialExpected(8, 12, 0.4).z());
    }

    @Test
    void profileLikelihoodIsSignedAndZeroAtTheBackgroundEstimate() {
        assertEquals(0, OnOff.profileLikelihoodZ(10, 20, 2), 1e-12);
        double excess = OnOff.profileLikelihoodZ(15, 20, 2);
        double deficit = OnOff.profileLikelihoodZ(5, 20, 2);
        assertTrue(excess > 0 && deficit < 0, excess + " " + deficit);
        // An empty region contributes x ln x -> 0 rather than NaN.
        assertEquals(-Math.sqrt(2 * 20 * Math.log(1.5)), OnOff.profileLikelihoodZ(0, 20, 2), 1e-12);
        assertEquals(Math.sqrt(2 * 5 * Math.log(3)), OnOff.profileLikelihoodZ(5, 0, 2), 1e-12);
    }

    @Test
    void rejectsInvalidInput() {
        assertThrows(IllegalArgumentException.class, () -> OnOff.binomial(-1, 5, 1));
        assertThrows(IllegalArgumentException.class, () -> OnOff.profileLikelihoodZ(4, 5, 0));
        assertThrows(IllegalArgumentException.class, () -> OnOff.binomialObserved(4, 5, 0));
    }
}
