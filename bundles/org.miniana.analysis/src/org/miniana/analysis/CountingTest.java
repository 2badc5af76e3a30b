/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.analysis;

import java.util.Objects;

import org.miniana.stats.ExpectedLimits;
import org.miniana.stats.Limits;
import org.miniana.stats.PValue;
import org.miniana.stats.UpperLimit;

/**
 * The test of one counting bin: the expected count S + B and the observed count against the
 * background-only hypothesis B +up -down, and 95% CL CLs upper limits on the signal.
 * <p>
 * The signal's relative uncertainty enters the limits only: CL_s+b averages over a log-normal
 * factor of the signal with its own nuisance ({@link Limits#cls95(double, double, double, int,
 * double, double)}), so the limits are on the nominal signal. The p-values test the background-only
 * hypothesis, which the signal's uncertainty does not change: the observed one does not depend on
 * it, and the expected one is that of the nominal count S + B, which is also the median expected
 * count, as the factor is 1 at the median of its nuisance. Averaging the p-value over the
 * uncertain signal instead would mix in how far the signal may stray, which the limits already
 * carry.
 *
 * @param signal expected signal S
 * @param signalUncertainty relative uncertainty of S
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
public record CountingTest(double signal, SignalUncertainty signalUncertainty, double background,
        double backgroundUp, double backgroundDown, long observed, PValueMethod method, PValue expected,
        PValue observedPValue, UpperLimit limit, ExpectedLimits expectedLimits) {

    public CountingTest {
        Objects.requireNonNull(signalUncertainty, "signalUncertainty");
    }

    /**
     * Tests a counting bin with a signal known exactly.
     *
     * @param seed seed of the toys, when the method throws toys
     */
    public static CountingTest of(double signal, double background, double backgroundUp, double backgroundDown,
            long observed, PValueMethod method, long seed) {
        return of(signal, SignalUncertainty.NONE, background, backgroundUp, backgroundDown, observed, method, seed);
    }

    /**
     * Tests a counting bin with an uncertain signal.
     *
     * @param seed seed of the toys, when the method throws toys
     */
    public static CountingTest of(double signal, SignalUncertainty signalUncertainty, double background,
            double backgroundUp, double backgroundDown, long observed, PValueMethod method, long seed) {
        if (observed > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Observed count too large for the limit calculation: " + observed);
        }
        PValue expected = method.compute(signal + background, background, backgroundUp, backgroundDown, false, seed);
        PValue observedPValue = method.compute(observed, background, backgroundUp, backgroundDown, true, seed);
        double up = signalUncertainty.up();
        double down = signalUncertainty.down();
        return new CountingTest(signal, signalUncertainty, background, backgroundUp, backgroundDown, observed, method,
                expected, observedPValue,
                Limits.cls95(background, backgroundUp, backgroundDown, (int) observed, up, down),
                Limits.expected(background, backgroundUp, backgroundDown, up, down));
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
