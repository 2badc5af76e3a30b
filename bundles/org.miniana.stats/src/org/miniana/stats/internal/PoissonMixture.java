/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.stats.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.special.Gamma;

/**
 * Tail probabilities of a count N ~ Poisson(mu(g) + s) with the background nuisance g ~ N(0, 1)
 * integrated out (the hybrid or prior-predictive distribution), computed deterministically.
 * <p>
 * The direct form E_g[P(N &gt; n | mu(g))] needs an incomplete gamma function at every node, which
 * is slow for large n. Since d/dmu P(N &gt; n | mu) = Pois(n | mu), integrating by parts moves the
 * derivative onto the Poisson tail and leaves the tail of the Gaussian:
 * <pre>
 *   E[P(N &gt; n | mu)]      = P(N &gt; n | mu_min)      + integral Pois(n | mu(g))     mu'(g) P(G &gt; g)  dg
 *   E[P(N &lt;= n | mu + s)] = P(N &lt;= n | mu_max + s) + integral Pois(n | mu(g) + s) mu'(g) P(G &lt;= g) dg
 * </pre>
 * over the segments where mu(g) increases strictly (this holds for any distribution of mu; the
 * boundary terms survive only when a background error is zero, mu_min = b or mu_max = b). Every
 * factor is an exp, a log or a normal tail, evaluated in log space, so the cost does not grow with
 * n and nothing underflows for huge counts or far tails. For s = 0 the integrands are log-concave
 * in g, which the peak finding relies on.
 * <p>
 * The mid-p tail E[P(N &gt; n) + P(N = n)/2] is the mean of the tails above n and above n - 1, so it
 * integrates the same way with Pois(n) + Pois(n - 1) = Pois(n - 1) (1 + mu/n), still log-concave.
 * (Adding E[Pois(n | mu)] as a separate term would make the integrand bimodal: that term follows
 * the Gaussian density, the other the Poisson peak.)
 */
public final class PoissonMixture {

    /** Commons Math's series for P(a, x) needs of order sqrt(a) terms: do not cap them. */
    private static final int GAMMA_ITERATIONS = Integer.MAX_VALUE;
    private static final double GAMMA_EPSILON = 1e-15;
    private static final double LN_HALF = Math.log(0.5);

    private final List<Segment> segments = new ArrayList<>();
    private final double muMin;
    private final double muMax;

    /** The mixture for the original tool's background model. */
    public PoissonMixture(Background background) {
        double b = background.b();
        double up = background.up();
        double down = background.down();
        if (b == 0) {
            if (up > 0) {
                segments.add(Segment.linear(0, up, 0, Double.POSITIVE_INFINITY, true));
            }
            muMin = 0;
            muMax = up > 0 ? Double.POSITIVE_INFINITY : 0;
            return;
        }
        if (up > 0) {
            segments.add(Segment.exponential(b, Math.log1p(up / b), 0, Double.POSITIVE_INFINITY));
        }
        if (down > 0 && down < Background.LINEAR_THRESHOLD * b) {
            segments.add(Segment.exponential(b, -Math.log1p(-down / b), Double.NEGATIVE_INFINITY, 0));
        } else if (down > 0) {
            double slope = Math.min(down, b);
            segments.add(Segment.linear(b, slope, -b / slope, 0, false)); // mu = 0 below -b/slope
        }
        muMin = down > 0 ? 0 : b;
        muMax = up > 0 ? Double.POSITIVE_INFINITY : b;
    }

    /**
     * ln E[P(N &gt; n)], or with midP ln E[P(N &gt; n) + P(N = n)/2] (the p-value of the count n with
     * ties counted half).
     */
    public double logUpperTail(long n, boolean midP) {
        return logTail(n, 0, true, midP);
    }

    /**
     * ln E[P(N &lt;= n)] for the mean mu(g) + s (CL_b for s = 0, CL_s+b for a signal s), or with midP
     * ln E[P(N &lt; n) + P(N = n)/2].
     */
    public double logLowerTail(long n, double s, boolean midP) {
        return logTail(n, s, false, midP);
    }

    private double logTail(long n, double s, boolean upper, boolean midP) {
        if (midP && n == 0) {
            // The mean with P(N > -1) = 1 or P(N <= -1) = 0.
            double single = logTail(0, s, upper, false);
            return LN_HALF + (upper ? Math.log1p(Math.exp(single)) : single);
        }
        long m = midP ? n - 1 : n;
        double lnFactorialM = Gamma.logGamma(m + 1.0);
        List<Double> terms = new ArrayList<>();
        double bound = upper ? muMin : muMax + s;
        if (upper ? muMin > 0 : muMax < Double.POSITIVE_INFINITY) {
            double boundary = closedTail(n, bound, upper) + (midP ? closedTail(n - 1, bound, upper) : 0);
            terms.add(Math.log(boundary));
        }
        List<PeakIntegral.Peak> peaks = new ArrayList<>();
        double max = terms.isEmpty() ? Double.NEGATIVE_INFINITY : terms.get(0);
        for (Segment segment : segments) {
            Integrand f = new Integrand(segment, m, lnFactorialM, midP ? n : 0, s, upper);
            PeakIntegral.Peak peak = PeakIntegral.locate(f, segment.lo(), segment.hi());
            peaks.add(peak);
            max = Math.max(max, peak.logSize());
        }
        // Each integral to a tolerance relative to the largest contribution.
        for (PeakIntegral.Peak peak : peaks) {
            double integral = PeakIntegral.log(peak, max);
            terms.add(integral);
            max = Math.max(max, integral);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double sum = 0;
        for (double t : terms) {
            sum += Math.exp(t - max);
        }
        return max + Math.log(sum) + (midP ? LN_HALF : 0);
    }

    /** P(N &gt; n | x) if upper, else P(N &lt;= n | x). */
    private static double closedTail(long n, double x, boolean upper) {
        return upper ? Gamma.regularizedGammaP(n + 1.0, x, GAMMA_EPSILON, GAMMA_ITERATIONS)
            : Gamma.regularizedGammaQ(n + 1.0, x, GAMMA_EPSILON, GAMMA_ITERATIONS);
    }

    /**
     * ln of P(x) mu'(g) T(g) on one segment, with x = mu(g) + s, T the upper or lower tail of g, and
     * P(x) = Pois(m | x), or for a pair Pois(m + 1 | x) + Pois(m | x) = Pois(m | x) (1 + x/pair)
     * with pair = m + 1 (pair = 0 for a single term).
     */
    private record Integrand(Segment segment, long m, double lnFactorialM, long pair, double s, boolean upper)
        implements PeakIntegral.LogIntegrand {

        @Override
        public double value(double g) {
            double lnX = s == 0 ? segment.lnMu(g) : Math.log(segment.mu(g) + s);
            double x = s == 0 ? segment.mu(g) : Math.exp(lnX);
            double lnPoisson = (m == 0 ? 0 : m * lnX) - x - lnFactorialM;
            if (pair > 0) {
                lnPoisson += Math.log1p(x / pair);
            }
            return lnPoisson + segment.lnDerivative(g) + segment.logTail(g, upper);
        }

        @Override
        public double scaled(double g, double logScale) {
            // value() in linear space: two transcendental calls instead of four or five.
            double lnX = s == 0 ? segment.lnMu(g) : Math.log(segment.mu(g) + s);
            double x = s == 0 ? segment.mu(g) : Math.exp(lnX);
            double lnFactor = (m == 0 ? 0 : m * lnX) - x - lnFactorialM + segment.lnDerivative(g) - logScale;
            double scaled = segment.scaledTail(g, upper, lnFactor);
            return pair > 0 ? scaled * (1 + x / pair) : scaled;
        }

        @Override
        public double slope(double g) {
            double lnX = s == 0 ? segment.lnMu(g) : Math.log(segment.mu(g) + s);
            double lnDerivative = segment.lnDerivative(g);
            double derivative = Math.exp(lnDerivative);
            // (m / x - 1) mu', with m mu' / x in log space: mu' and x both underflow far out.
            double slope = (m == 0 ? 0 : m * Math.exp(lnDerivative - lnX)) - derivative;
            if (pair > 0) {
                slope += derivative / (pair + Math.exp(lnX)); // d/dg ln(1 + x/pair)
            }
            double hazard = Math.exp(segment.logDensity(g) - segment.logTail(g, upper));
            return slope + segment.derivativeRatio() + (upper ? -hazard : hazard);
        }
    }
}
