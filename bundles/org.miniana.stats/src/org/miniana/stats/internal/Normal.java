/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.stats.internal;

/**
 * The standard normal distribution with full relative precision in both tails.
 * <p>
 * The tail function uses W. J. Cody's rational Chebyshev approximations (Math. Comp. 23 (1969) 631;
 * the coefficients of his SPECFUN routine ANORM), accurate to about 1e-16 relative. Commons Math's
 * {@code Erf.erfc} is equally accurate but evaluates an incomplete gamma function (about 0.3 us a
 * call); the hybrid integrals evaluate the tail at every quadrature node, so the rational form is
 * what keeps a p-value within its time budget. Commons Math's {@code Erf.erfcInv} is computed as
 * {@code erfInv(1 - x)} and loses every digit for tiny x, hence {@link #isf(double)}.
 */
public final class Normal {

    private static final double INV_SQRT_2PI = 0.39894228040143267794;
    private static final double LN_SQRT_2PI = 0.91893853320467274178;
    /** Below this |x| the central approximation is used: Phi(x) = 0.5 + x R(x^2). */
    private static final double CENTRAL = 0.66291;
    /** sqrt(32): above it the asymptotic approximation in 1/x^2 is used. */
    private static final double ROOT32 = 5.656854248;

    // Cody's coefficients; the rational functions are written out in Horner form below.
    private static final double A0 = 2.2352520354606839287;
    private static final double A1 = 161.02823106855587881;
    private static final double A2 = 1067.6894854603709582;
    private static final double A3 = 18154.981253343561249;
    private static final double A4 = 0.065682337918207449113;
    private static final double B0 = 47.20258190468824187;
    private static final double B1 = 976.09855173777669322;
    private static final double B2 = 10260.932208618978205;
    private static final double B3 = 45507.789335026729956;
    private static final double C0 = 0.39894151208813466764;
    private static final double C1 = 8.8831497943883759412;
    private static final double C2 = 93.506656132177855979;
    private static final double C3 = 597.27027639480026226;
    private static final double C4 = 2494.5375852903726711;
    private static final double C5 = 6848.1904505362823326;
    private static final double C6 = 11602.651437647350124;
    private static final double C7 = 9842.7148383839780218;
    private static final double C8 = 1.0765576773720192317e-8;
    private static final double D0 = 22.266688044328115691;
    private static final double D1 = 235.38790178262499861;
    private static final double D2 = 1519.377599407554805;
    private static final double D3 = 6485.558298266760755;
    private static final double D4 = 18615.571640885098091;
    private static final double D5 = 34900.952721145977266;
    private static final double D6 = 38912.003286093271411;
    private static final double D7 = 19685.429676859990727;
    private static final double P0 = 0.21589853405795699;
    private static final double P1 = 0.1274011611602473639;
    private static final double P2 = 0.022235277870649807;
    private static final double P3 = 0.001421619193227893466;
    private static final double P4 = 2.9112874951168792e-5;
    private static final double P5 = 0.02307344176494017303;
    private static final double Q0 = 1.28426009614491121;
    private static final double Q1 = 0.468238212480865118;
    private static final double Q2 = 0.0659881378689285515;
    private static final double Q3 = 0.00378239633202758244;
    private static final double Q4 = 7.29751555083966205e-5;

    private Normal() {
    }

    /** ln of the density at x. */
    public static double logPdf(double x) {
        return -0.5 * x * x - LN_SQRT_2PI;
    }

    /** The upper tail P(X &gt; x), to about 1e-16 relative; underflows to 0 beyond x = 38.5. */
    public static double sf(double x) {
        double y = Math.abs(x);
        if (y <= CENTRAL) {
            return 0.5 - x * centralRatio(x * x);
        }
        // exp(-y^2/2) split as exp(-s^2/2) exp(-(y-s)(y+s)/2) with s = y rounded down to 1/16:
        // s^2 is exact, so the large exponent carries no rounding error (Cody's device).
        double s = Math.floor(y * 16) / 16;
        double tail = Math.exp(-0.5 * s * s) * Math.exp(-0.5 * (y - s) * (y + s)) * tailRatio(y);
        return x > 0 ? tail : 1 - tail;
    }

    /** ln P(X &gt; x) for any x, without underflow in the far upper tail. */
    public static double logSf(double x) {
        double y = Math.abs(x);
        if (y <= CENTRAL) {
            return Math.log(0.5 - x * centralRatio(x * x));
        }
        if (x > 0) {
            return -0.5 * y * y + Math.log(tailRatio(y));
        }
        return Math.log1p(-Math.exp(-0.5 * y * y) * tailRatio(y));
    }

    /**
     * exp(logFactor) P(X &gt; x), without the underflow of P(X &gt; x) alone far in the tail, and
     * with a single exponential (the quadrature evaluates this at every node).
     */
    public static double scaledSf(double x, double logFactor) {
        if (x > CENTRAL) {
            return Math.exp(logFactor - 0.5 * x * x) * tailRatio(x);
        }
        return Math.exp(logFactor) * sf(x);
    }

    /** P(|X| &lt;= x) for x &gt;= 0 (the folded normal's distribution function), also for tiny x. */
    public static double central(double x) {
        // Directly for small x, where 1 - 2 P(X > x) would cancel.
        return x <= CENTRAL ? 2 * x * centralRatio(x * x) : 1 - 2 * sf(x);
    }

    /** ln P(|X| &lt;= x) for x &gt;= 0 (the folded normal's distribution function). */
    public static double logCentral(double x) {
        return Math.log(central(x));
    }

    /**
     * The z with P(X &gt; z) = p, i.e. Phi^-1(1 - p), computed from p itself so that tiny p keep
     * their precision; +infinity for p = 0 and -infinity for p = 1.
     */
    public static double isf(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p-value must be in [0, 1]: " + p);
        }
        if (p > 0.5) {
            return -isfOfLog(Math.log1p(-p)); // 1 - p is exact here (Sterbenz)
        }
        return isfOfLog(Math.log(p));
    }

    /**
     * The z &gt;= 0 with ln P(X &gt; z) = logP for logP &lt;= ln(1/2); works for p-values far below
     * the smallest double.
     */
    public static double isfOfLog(double logP) {
        if (logP == Double.NEGATIVE_INFINITY) {
            return Double.POSITIVE_INFINITY;
        }
        // Abramowitz & Stegun 26.2.23 (|error| < 4.5e-4) as a start, then Halley steps on
        // ln P(X > z) - logP, which converge cubically: two or three reach full precision.
        double t = Math.sqrt(-2 * logP);
        double z = t - (2.515517 + t * (0.802853 + t * 0.010328))
            / (1 + t * (1.432788 + t * (0.189269 + t * 0.001308)));
        for (int i = 0; i < 8; i++) {
            double logSf = logSf(z);
            double f = logSf - logP;
            double hazard = Math.exp(logPdf(z) - logSf);
            double step = 2 * f / (2 * hazard + f * (hazard - z));
            z += step;
            if (Math.abs(step) <= 1e-15 * Math.max(1, Math.abs(z))) {
                break;
            }
        }
        return z;
    }

    /** R(x^2) with Phi(x) = 0.5 + x R(x^2) for |x| &lt;= 0.66291. */
    private static double centralRatio(double xsq) {
        return (A3 + xsq * (A2 + xsq * (A1 + xsq * (A0 + xsq * A4))))
            / (B3 + xsq * (B2 + xsq * (B1 + xsq * (B0 + xsq))));
    }

    /** P(X &gt; y) exp(y^2/2) for y &gt; 0.66291. */
    private static double tailRatio(double y) {
        if (y <= ROOT32) {
            return (C7 + y * (C6 + y * (C5 + y * (C4 + y * (C3 + y * (C2 + y * (C1 + y * (C0 + y * C8))))))))
                / (D7 + y * (D6 + y * (D5 + y * (D4 + y * (D3 + y * (D2 + y * (D1 + y * (D0 + y))))))));
        }
        double z = 1 / (y * y);
        double r = z * (P4 + z * (P3 + z * (P2 + z * (P1 + z * (P0 + z * P5)))))
            / (Q4 + z * (Q3 + z * (Q2 + z * (Q1 + z * (Q0 + z)))));
        return (INV_SQRT_2PI - r) / y;
    }
}
