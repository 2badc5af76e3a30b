/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.stats.internal;

/**
 * A range [lo, hi] of the nuisance g on which the background mean mu(g) is smooth and strictly
 * increasing: either mu = c exp(k g) or mu = c + k g. A folded segment describes b = 0, where
 * mu = k |g| depends on |g| only, so g runs over [0, inf) with the half-normal distribution.
 */
final class Segment {

    private static final double LN_2 = Math.log(2);

    private final boolean exponential;
    private final double c;
    private final double lnC;
    private final double k;
    private final double lnK;
    private final double lo;
    private final double hi;
    private final boolean folded;

    private Segment(boolean exponential, double c, double k, double lo, double hi, boolean folded) {
        this.exponential = exponential;
        this.c = c;
        this.lnC = Math.log(c);
        this.k = k;
        this.lnK = Math.log(k);
        this.lo = lo;
        this.hi = hi;
        this.folded = folded;
    }

    /** mu = c exp(k g) on [lo, hi]. */
    static Segment exponential(double c, double k, double lo, double hi) {
        return new Segment(true, c, k, lo, hi, false);
    }

    /** mu = c + k g on [lo, hi]; folded for the half-normal |g| of a zero background. */
    static Segment linear(double c, double k, double lo, double hi, boolean folded) {
        return new Segment(false, c, k, lo, hi, folded);
    }

    double lo() {
        return lo;
    }

    double hi() {
        return hi;
    }

    double mu(double g) {
        // At the lower end of a linear segment c + k g can round to just below 0.
        return exponential ? c * Math.exp(k * g) : Math.max(0, c + k * g);
    }

    double lnMu(double g) {
        return exponential ? lnC + k * g : Math.log(mu(g));
    }

    /** ln dmu/dg. */
    double lnDerivative(double g) {
        return exponential ? lnK + lnC + k * g : lnK;
    }

    /** (d^2mu/dg^2) / (dmu/dg). */
    double derivativeRatio() {
        return exponential ? k : 0;
    }

    /** ln of the density of g. */
    double logDensity(double g) {
        return folded ? LN_2 + Normal.logPdf(g) : Normal.logPdf(g);
    }

    /**
     * exp(logFactor) P(G &gt; g) if upper, else exp(logFactor) P(G &lt;= g): {@link #logTail} in linear
     * space with a single exponential, for the quadrature nodes.
     */
    double scaledTail(double g, boolean upper, double logFactor) {
        if (folded) {
            return upper ? 2 * Normal.scaledSf(g, logFactor) : Math.exp(logFactor) * Normal.central(g);
        }
        return Normal.scaledSf(upper ? g : -g, logFactor);
    }

    /** ln P(G &gt; g) if upper, else ln P(G &lt;= g), for the distribution of g on this segment. */
    double logTail(double g, boolean upper) {
        if (folded) {
            return upper ? LN_2 + Normal.logSf(g) : Normal.logCentral(g);
        }
        return Normal.logSf(upper ? g : -g);
    }
}
