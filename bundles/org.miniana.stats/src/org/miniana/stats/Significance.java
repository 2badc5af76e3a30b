/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.stats;

import org.miniana.stats.internal.Normal;

/**
 * Conversions between one-sided p-values and Gaussian significances, and the original tool's
 * ranking quantity Q.
 */
public final class Significance {

    private static final double LN_HALF = Math.log(0.5);

    private Significance() {
    }

    /**
     * Z = Phi^-1(1 - p), computed from p itself (never from 1 - p), so that it is accurate to full
     * double precision down to the smallest positive p; +infinity for p = 0.
     *
     * @throws IllegalArgumentException if p is not in [0, 1]
     */
    public static double fromPValue(double p) {
        return Normal.isf(p);
    }

    /**
     * p = 1 - Phi(z), to about 1e-16 relative even far in the tail; underflows to 0 above z = 38.5.
     *
     * @throws IllegalArgumentException if z is NaN
     */
    public static double toPValue(double z) {
        if (Double.isNaN(z)) {
            throw new IllegalArgumentException("significance is NaN");
        }
        return Normal.sf(z);
    }

    /**
     * ln p of {@link #toPValue}, finite for every finite z: for significances above 38.5, where p
     * underflows, as for searches that compare them.
     *
     * @throws IllegalArgumentException if z is NaN
     */
    public static double toLogPValue(double z) {
        if (Double.isNaN(z)) {
            throw new IllegalArgumentException("significance is NaN");
        }
        return Normal.logSf(z);
    }

    /**
     * Z = Phi^-1(1 - p) from ln p, accurate also where p underflows; +infinity for ln p = -infinity.
     *
     * @throws IllegalArgumentException if ln p is NaN or above 0
     */
    public static double fromLogPValue(double logP) {
        if (!(logP <= 0)) {
            throw new IllegalArgumentException("ln p must be <= 0: " + logP);
        }
        // Where p is not small it is exact enough, and Phi^-1 is taken from it.
        return logP <= LN_HALF ? Normal.isfOfLog(logP) : Normal.isf(Math.exp(logP));
    }

    /**
     * The original tool's ranking quantity Q = 2 (sqrt(s + b) - sqrt(b)), computed without the
     * cancellation of the difference for s much smaller than b.
     *
     * @param s expected signal, at least -b
     * @param b expected background, &gt;= 0
     */
    public static double q(double s, double b) {
        if (!(b >= 0 && s >= -b) || Double.isInfinite(s + b)) {
            throw new IllegalArgumentException("need b >= 0 and s >= -b, finite: s=" + s + ", b=" + b);
        }
        return s == 0 ? 0 : 2 * s / (Math.sqrt(s + b) + Math.sqrt(b));
    }
}
