/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.analysis;

import org.miniana.stats.ExpectedLimits;
import org.miniana.stats.Limits;
import org.miniana.stats.PValue;
import org.miniana.stats.UpperLimit;

/**
 * The test of one counting bin: the expected count S + B and the observed count against the
 * background-only hypothesis B +up -down, and 95% CL CLs upper limits on the signal.
 *
 * @param signal expected signal S
 * @param background predicted background B
 * @param backgroundUp upward total background error
 * @param backgroundDown downward total background error
 * @param observed observed count
 * @param method how the p-values were computed
 * @param expected p-value and Z of the expected count S + B
 * @param observedPValue p-value and Z of the observed count
 * @param limit observed 95% CL upper limit on the signal yield
 * @param expectedLimits median expected limit on the signal yield and its 1 and 2 sigma bands
 */
public record CountingTest(double signal, double background, double backgroundUp, double backgroundDown,
        long observed, PValueMethod method, PValue expected, PValue observedPValue, UpperLimit limit,
        ExpectedLimits expectedLimits) {

    /**
     * Tests a counting bin.
     *
     * @param seed seed of the toys, when the method throws toys
     */
    public static CountingTest of(double signal, double background, double backgroundUp, double backgroundDown,
            long observed, PValueMethod method, long seed) {
        if (observed > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Observed count too large for the limit calculation: " + observed);
        }
        PValue expected = method.compute(signal + background, background, backgroundUp, backgroundDown, false, seed);
        PValue observedPValue = method.compute(observed, background, backgroundUp, backgroundDown, true, seed);
        return new CountingTest(signal, background, backgroundUp, backgroundDown, observed, method, expected,
                observedPValue, Limits.cls95(background, backgroundUp, backgroundDown, (int) observed),
                Limits.expected(background, backgroundUp, backgroundDown));
    }

    /** The observed 95% CL upper limit on the signal strength mu = s / S. */
    public double signalStrengthLimit() {
        return limit.signalStrength(signal);
    }

    /** The expected limits on the signal strength mu = s / S. */
    public ExpectedLimits expectedSignalStrengthLimits() {
        return expectedLimits.signalStrength(signal);
    }
}
