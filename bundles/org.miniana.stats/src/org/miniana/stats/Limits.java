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

/**
 * 95 % CL CLs upper limits on the signal yield s of one counting bin, with the background model of
 * the original tool treated in the hybrid way:
 * CLs(s) = CL_s+b / CL_b, CL_s+b = E_g[P(N &lt;= n_obs | mu(g) + s)], CL_b = E_g[P(N &lt;= n_obs | mu(g))].
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
        if (nObs < 0) {
            throw new IllegalArgumentException("observed count must be >= 0: " + nObs);
        }
        return limit(new PoissonMixture(new Background(b, up, down)), nObs);
    }

    /**
     * The expected 95 % CL CLs limit and its bands. The limit increases with n_obs, so the limit
     * quantiles are the limits at the quantiles of the background-only (hybrid) distribution of the
     * count N. For the discrete N the q-quantile is the smallest k with P(N &lt;= k) &gt;= q (the
     * usual left-continuous inverse).
     */
    public static ExpectedLimits expected(double b, double up, double down) {
        PoissonMixture mixture = new PoissonMixture(new Background(b, up, down));
        double[] probabilities = {Normal.sf(2), Normal.sf(1), 0.5, Normal.sf(-1), Normal.sf(-2)};
        double[] limits = new double[probabilities.length];
        long below = -1; // a count with P(N <= count) below the next probability
        long count = -1;
        for (int i = 0; i < probabilities.length; i++) {
            long quantile = quantile(mixture, probabilities[i], below, b, up, down);
            // Neighbouring quantiles often coincide for small backgrounds: reuse the limit.
            limits[i] = quantile == count ? limits[i - 1] : limit(mixture, quantile).signal();
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
        PoissonMixture mixture = new PoissonMixture(new Background(b, up, down));
        return limit(mixture, quantile(mixture, 0.5, -1, b, up, down)).signal();
    }

    private static UpperLimit limit(PoissonMixture mixture, long nObs) {
        double logClb = mixture.logLowerTail(nObs, 0, false);
        double target = logClb + Math.log(1 - CL);
        // ln CL_s+b(s) - ln(0.05 CL_b): positive at s = 0, decreasing, close to linear in s.
        UnivariateFunction excess = s -> mixture.logLowerTail(nObs, s, false) - target;
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
