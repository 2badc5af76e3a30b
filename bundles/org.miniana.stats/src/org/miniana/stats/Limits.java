/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.stats;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.miniana.stats.internal.Background;
import org.miniana.stats.internal.Normal;
import org.miniana.stats.internal.PoissonMixture;
import org.miniana.stats.internal.SignalCurve;
import org.miniana.stats.internal.SignalFactor;

/**
 * 95 % CL CLs upper limits on the signal yield s of one counting bin, with the background model of
 * the original tool treated in the hybrid way:
 * CLs(s) = CL_s+b / CL_b, CL_s+b = E_g[P(N &lt;= n_obs | mu(g) + s)], CL_b = E_g[P(N &lt;= n_obs | mu(g))].
 * <p>
 * The overloads with signal errors take an uncertain signal s k(h), k a log-normal factor with
 * relative errors +signalUp -signalDown (signalDown below 1) and its own standard normal nuisance h,
 * independent of g, log-normal on each side as the likelihood's lnN terms (k = (1 + signalUp)^h for
 * h &gt;= 0, (1 - signalDown)^(-h) below; the background's model is the same up to its linear branch
 * for downward errors of 80% or more, which a signal does not take: it would never be excluded):
 * CL_s+b(s) = E_{g,h}[P(N &lt;= n_obs | mu(g) + s k(h))], CL_b unchanged. s is then the nominal (and
 * median) signal. With both errors 0 they return exactly what the overloads without them return.
 */
public final class Limits {

    private static final double CL = 0.95;
    private static final int MAX_EVALUATIONS = 200;

    private Limits() {
    }

    /**
     * The observed 95 % CL CLs limit: the s with CLs(s) = 0.05, found with Brent's method.
     *
     * @param b expected background, &gt;= 0
     * @param up upward background error, &gt;= 0
     * @param down downward background error, &gt;= 0
     * @param nObs observed count, &gt;= 0
     */
    public static UpperLimit cls95(double b, double up, double down, int nObs) {
        return limit(new PoissonMixture(new Background(b, up, down)), observed(nObs), null);
    }

    /**
     * The observed 95 % CL CLs limit on the nominal yield of an uncertain signal.
     *
     * @param signalUp upward relative error of the signal, &gt;= 0
     * @param signalDown downward relative error of the signal, in [0, 1)
     */
    public static UpperLimit cls95(double b, double up, double down, int nObs, double signalUp, double signalDown) {
        SignalFactor factor = factor(signalUp, signalDown);
        return factor == null ? cls95(b, up, down, nObs)
            : limit(new PoissonMixture(new Background(b, up, down)), observed(nObs), factor);
    }

    private static int observed(int nObs) {
        if (nObs < 0) {
            throw new IllegalArgumentException("observed count must be >= 0: " + nObs);
        }
        return nObs;
    }

    /**
     * The expected 95 % CL CLs limit and its bands. The limit increases with n_obs, so the limit
     * quantiles are the limits at the quantiles of the background-only (hybrid) distribution of the
     * count N. For the discrete N the q-quantile is the smallest k with P(N &lt;= k) &gt;= q (the
     * usual left-continuous inverse).
     */
    public static ExpectedLimits expected(double b, double up, double down) {
        return expected(b, up, down, null);
    }

    /**
     * The expected limits on the nominal yield of an uncertain signal (see
     * {@link #cls95(double, double, double, int, double, double)}): the count quantiles are those of
     * the background-only hypothesis, which the signal's errors do not change.
     */
    public static ExpectedLimits expected(double b, double up, double down, double signalUp, double signalDown) {
        SignalFactor factor = factor(signalUp, signalDown);
        return factor == null ? expected(b, up, down) : expected(b, up, down, factor);
    }

    private static ExpectedLimits expected(double b, double up, double down, SignalFactor factor) {
        PoissonMixture mixture = new PoissonMixture(new Background(b, up, down));
        double[] probabilities = {Normal.sf(2), Normal.sf(1), 0.5, Normal.sf(-1), Normal.sf(-2)};
        double[] limits = new double[probabilities.length];
        long below = -1; // a count with P(N <= count) below the next probability
        long count = -1;
        for (int i = 0; i < probabilities.length; i++) {
            long quantile = quantile(mixture, probabilities[i], below, b, up, down);
            // Neighbouring quantiles often coincide for small backgrounds: reuse the limit.
            limits[i] = quantile == count ? limits[i - 1] : limit(mixture, quantile, factor).signal();
            count = quantile;
            below = quantile - 1;
        }
        return new ExpectedLimits(limits[0], limits[1], limits[2], limits[3], limits[4]);
    }

    /**
     * The median of {@link #expected}, alone: about a fifth of the work, for optimizers that
     * evaluate it for many selections.
     */
    public static double expectedMedian(double b, double up, double down) {
        return expectedMedian(b, up, down, null);
    }

    /** The median of {@link #expected(double, double, double, double, double)}, alone. */
    public static double expectedMedian(double b, double up, double down, double signalUp, double signalDown) {
        SignalFactor factor = factor(signalUp, signalDown);
        return factor == null ? expectedMedian(b, up, down) : expectedMedian(b, up, down, factor);
    }

    private static double expectedMedian(double b, double up, double down, SignalFactor factor) {
        PoissonMixture mixture = new PoissonMixture(new Background(b, up, down));
        return limit(mixture, quantile(mixture, 0.5, -1, b, up, down), factor).signal();
    }

    /** The factor of an uncertain signal, or null for a certain one. */
    private static SignalFactor factor(double signalUp, double signalDown) {
        return signalUp == 0 && signalDown == 0 ? null : new SignalFactor(signalUp, signalDown);
    }

    /** The limit for a certain signal (factor null), else for the factor's uncertain signal. */
    private static UpperLimit limit(PoissonMixture mixture, long nObs, SignalFactor factor) {
        double logClb = mixture.logLowerTail(nObs, 0, false);
        double target = logClb + Math.log(1 - CL);
        // ln CL_s+b(s) - ln(0.05 CL_b): positive at s = 0, decreasing, close to linear in s. For an
        // uncertain signal CL_s+b / CL_b, a ratio in [0, 1], is averaged over h, from its interpolant.
        UnivariateFunction excess;
        if (factor == null) {
            excess = s -> mixture.logLowerTail(nObs, s, false) - target;
        } else {
            SignalCurve curve = SignalCurve.of(mixture, nObs, logClb);
            // floored: the curve is 0 far out, and Brent's interpolation needs finite values
            excess = s -> Math.log(Math.max(Double.MIN_NORMAL, factor.expectation(k -> curve.ratio(s * k))))
                - Math.log(1 - CL);
        }
        double lo = 0;
        double hi = nObs + 3 + 3 * Math.sqrt(nObs + 1.0); // covers the limit unless CL_b is small
        while (excess.value(hi) > 0) {
            lo = hi;
            hi *= 2;
        }
        double signal = new BrentSolver(1e-10, 1e-9).solve(MAX_EVALUATIONS, excess, lo, hi);
        return new UpperLimit(signal, Math.exp(logClb));
    }

    /**
     * The smallest k with P(N &lt;= k) &gt;= probability above a k known to be too small, starting
     * the search from the normal approximation of the count's spread.
     */
    private static long quantile(PoissonMixture mixture, double probability, long tooSmall, double b, double up,
            double down) {
        double spread = Math.sqrt(b + Math.max(up, down) * Math.max(up, down));
        long guess = (long) Math.floor(b - Normal.isf(probability) * spread);
        return quantile(mixture, probability, tooSmall, guess, (long) Math.ceil(spread / 4));
    }

    /**
     * The smallest k with P(N &lt;= k) &gt;= probability, searching above a k known to be too small:
     * from a guess, a bracket widened in steps that double from {@code step}, then bisection.
     */
    private static long quantile(PoissonMixture mixture, double probability, long tooSmall, long guess, long step) {
        double logProbability = Math.log(probability);
        long lo;
        long hi;
        long width = Math.max(1, step);
        if (guess > tooSmall && mixture.logLowerTail(guess, 0, false) >= logProbability) {
            hi = guess;
            lo = Math.max(tooSmall, hi - width);
            while (lo > tooSmall && mixture.logLowerTail(lo, 0, false) >= logProbability) {
                hi = lo;
                width *= 2;
                lo = Math.max(tooSmall, hi - width);
            }
        } else {
            lo = Math.max(tooSmall, guess);
            hi = lo + width;
            while (mixture.logLowerTail(hi, 0, false) < logProbability) {
                lo = hi;
                width *= 2;
                hi = lo + width;
            }
        }
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            if (mixture.logLowerTail(mid, 0, false) < logProbability) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }
}
