/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.stats;

/**
 * The expected upper limit and its bands: the limits obtained at the quantiles Phi(-2), Phi(-1),
 * 0.5, Phi(1), Phi(2) of the background-only count distribution, so that minus2 &lt;= minus1 &lt;=
 * median &lt;= plus1 &lt;= plus2.
 *
 * @param minus2 lower edge of the 2 sigma band
 * @param minus1 lower edge of the 1 sigma band
 * @param median the median expected limit
 * @param plus1 upper edge of the 1 sigma band
 * @param plus2 upper edge of the 2 sigma band
 */
public record ExpectedLimits(double minus2, double minus1, double median, double plus1, double plus2) {

    /** The same limits on the signal strength s / S for a model predicting modelYield events. */
    public ExpectedLimits signalStrength(double modelYield) {
        return new ExpectedLimits(minus2 / modelYield, minus1 / modelYield, median / modelYield,
            plus1 / modelYield, plus2 / modelYield);
    }
}
