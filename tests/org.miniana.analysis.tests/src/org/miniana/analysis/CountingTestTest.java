/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.miniana.stats.Limits;

/** The counting test against published values. */
class CountingTestTest {

    /** The original tool's example, figures_of_merit.py 40 25 5 5: Z = 1.925 (printed to 3 decimals). */
    @Test
    void expectedSignificanceOfTheOriginalExample() {
        CountingTest test = CountingTest.of(15, 25, 5, 5, 30, PValueMethod.HYBRID, 1);
        assertEquals(1.925, test.expected().z(), 0.0005);
        assertTrue(test.observedPValue().z() < test.expected().z(), "30 observed is less of an excess than 40");
    }

    /**
     * Z_Bi of Cousins, Linnemann and Tucker, NIM A 595 (2008) 480, Table 1, printed to two decimals:
     * an off count n_off = tau B is a background B with relative error 1 / sqrt(n_off).
     */
    @ParameterizedTest
    @CsvSource({ "4, 5, 5.0, 1.66", "6, 18.78, 14.44, 2.63", "17, 40.11, 10.56, 4.46", "50, 55, 2.0, 2.93",
            "67, 15, 0.5, 2.89", "200, 10, 0.1, 2.20", "523, 2327, 5.99, 5.93" })
    void binomialMethodReproducesThePublishedTable(long nOn, double nOff, double tau, double zBi) {
        double background = nOff / tau;
        double error = Math.sqrt(nOff) / tau;
        CountingTest test = CountingTest.of(0.1, background, error, error, nOn, PValueMethod.BINOMIAL, 1);
        assertEquals(zBi, test.observedPValue().z(), 0.005);
    }

    @Test
    void toysAgreeWithTheExactHybridWithinTheirError() {
        CountingTest exact = CountingTest.of(8, 10, 2, 1.5, 19, PValueMethod.HYBRID, 1);
        CountingTest toys = CountingTest.of(8, 10, 2, 1.5, 19, PValueMethod.TOYS, 7);
        // the toys stop at 3% precision on p; allow four standard errors
        assertEquals(exact.observedPValue().p(), toys.observedPValue().p(), 4 * 0.03 * exact.observedPValue().p());
        assertEquals(exact.limit(), toys.limit(), "limits do not depend on the p-value method");
    }

    @Test
    void expectedLimitBandsAreOrderedAndBracketTheMedian() {
        CountingTest test = CountingTest.of(12, 20, 4, 3, 22, PValueMethod.HYBRID, 1);
        var bands = test.expectedLimits();
        assertTrue(bands.minus2() <= bands.minus1() && bands.minus1() <= bands.median()
                && bands.median() <= bands.plus1() && bands.plus1() <= bands.plus2(), bands.toString());
        assertEquals(bands.median() / 12, test.expectedSignalStrengthLimits().median(), 1e-12);
    }

    /** The signal's uncertainty widens the limits on the nominal signal and leaves the background-only p-values. */
    @Test
    void anUncertainSignalEntersTheLimitsOnly() {
        SignalUncertainty uncertainty = new SignalUncertainty(0.25, 0.2, SignalUncertainty.Source.STATISTICAL_MODEL);
        CountingTest certain = CountingTest.of(12, 20, 4, 3, 22, PValueMethod.HYBRID, 1);
        CountingTest uncertain = CountingTest.of(12, uncertainty, 20, 4, 3, 22, PValueMethod.HYBRID, 1);
        assertEquals(SignalUncertainty.NONE, certain.signalUncertainty());
        assertEquals(uncertainty, uncertain.signalUncertainty());
        assertEquals(certain.expected(), uncertain.expected());
        assertEquals(certain.observedPValue(), uncertain.observedPValue());
        assertEquals(Limits.cls95(20, 4, 3, 22, 0.25, 0.2), uncertain.limit());
        assertEquals(Limits.expected(20, 4, 3, 0.25, 0.2), uncertain.expectedLimits());
        assertTrue(uncertain.limit().signal() > certain.limit().signal());
        assertTrue(uncertain.expectedLimits().median() > certain.expectedLimits().median());
        assertEquals(uncertain.limit().signal() / 12, uncertain.signalStrengthLimit(), 1e-12);
    }
}
