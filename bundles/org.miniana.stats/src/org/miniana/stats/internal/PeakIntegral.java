/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.stats.internal;

import java.util.Arrays;

import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * ln of the integral of exp(l(g)) over an interval, for a unimodal (in practice log-concave) l.
 * <p>
 * When a p-value is tiny its integrand is a narrow peak far out in the Gaussian tail, so a fixed
 * grid would either miss it or waste nodes. The peak is located first (Brent on l'), its width
 * taken from the curvature there, and two Gauss-Kronrod panels are laid out on each side of it,
 * out to where the rest of the tail is provably negligible; the adaptive quadrature bisects them
 * if needed. The integrand is scaled by exp(-l(peak)) so that results far below the smallest
 * double keep their logarithm.
 */
public final class PeakIntegral {

    /**
     * Relative tolerance on QUADPACK's error estimate, which is pessimistic: the actual errors
     * are typically 1e-10 and stayed below 1e-7 in randomized checks against brute force, for a
     * target of 1e-6. Tighter tolerances only cost bisections.
     */
    static final double REL_TOL = 1e-7;
    /** A tail whose bound is below this fraction of the total is dropped (a bias of at most that). */
    private static final double TAIL_EPS = 1e-9;
    private static final int MAX_STEPS = 200;
    /** A step of the tail search goes at most this many times the distance from the mode out. */
    private static final double GROWTH = 3;
    /** Breakpoints that resolve the structure of the normal tail and density functions. */
    private static final double[] GAUSSIAN_FEATURES = {-4, 0, 4};

    /** A log-integrand and its derivative. */
    public interface LogIntegrand {
        /** ln of the integrand at g (may be -infinity). */
        double value(double g);

        /** d value / dg at g (may be infinite at an interval end). */
        double slope(double g);

        /** exp(value(g) - logScale); implementations may compute it faster than that. */
        default double scaled(double g, double logScale) {
            return Math.exp(value(g) - logScale);
        }
    }

    /**
     * Where the integrand on [lo, hi] peaks.
     *
     * @param f the log-integrand
     * @param lo lower end, may be -infinity
     * @param hi upper end, may be +infinity
     * @param mode the maximum of f
     * @param value f(mode)
     * @param width the scale on which f falls by about one unit from the mode
     */
    public record Peak(LogIntegrand f, double lo, double hi, double mode, double value, double width) {

        /** ln of the peak height times its width: the integral up to a factor of order one. */
        public double logSize() {
            return value + Math.log(width);
        }
    }

    private PeakIntegral() {
    }

    /** Finds the peak of f on [lo, hi]; either end may be infinite. */
    public static Peak locate(LogIntegrand f, double lo, double hi) {
        double mode = mode(f, lo, hi);
        return new Peak(f, lo, hi, mode, f.value(mode), width(f, mode, lo, hi));
    }

    /**
     * ln of the integral of exp(f) over the peak's interval, to a tolerance relative to the larger
     * of the integral itself and exp(logScale): when several integrals are added, logScale is the
     * largest, so that the small ones are not computed needlessly well.
     */
    public static double log(Peak peak, double logScale) {
        if (peak.value == Double.NEGATIVE_INFINITY) {
            return peak.value;
        }
        LogIntegrand f = peak.f;
        double scale = Math.exp(logScale - peak.value); // the total, in units of the peak height
        double[] left = peak.mode == peak.lo ? new double[0] : reach(peak, -peak.width, peak.lo, scale);
        double[] right = peak.mode == peak.hi ? new double[0] : reach(peak, peak.width, peak.hi, scale);
        double[] breaks = new double[left.length + right.length + 1 + GAUSSIAN_FEATURES.length];
        int count = 0;
        for (int i = left.length - 1; i >= 0; i--) {
            breaks[count++] = left[i];
        }
        breaks[count++] = peak.mode;
        for (double x : right) {
            breaks[count++] = x;
        }
        // A peak wider than the Gaussian's own features (the step of its tail function around 0,
        // the bump of its density) would lay panels over them without resolving them.
        if (peak.width > 1) {
            for (double x : GAUSSIAN_FEATURES) {
                if (x > breaks[0] && x < breaks[count - 1]) {
                    breaks[count++] = x;
                }
            }
            Arrays.sort(breaks, 0, count);
        }
        breaks = Arrays.copyOf(breaks, count);
        double integral = GaussKronrod.integrate(g -> f.scaled(g, peak.value), breaks,
            REL_TOL, REL_TOL * scale);
        return peak.value + Math.log(integral);
    }

    /** The maximum of f on [lo, hi]: an end where the slope points outwards, else the root of f'. */
    static double mode(LogIntegrand f, double lo, double hi) {
        if (hi < Double.POSITIVE_INFINITY && f.slope(hi) >= 0) {
            return hi;
        }
        if (lo > Double.NEGATIVE_INFINITY && f.slope(lo) <= 0) {
            return lo;
        }
        // Walk uphill from a finite interior point until the slope changes sign: doubling steps
        // towards an infinite end, halving the distance towards a finite one.
        double x = lo > Double.NEGATIVE_INFINITY
            ? (hi < Double.POSITIVE_INFINITY ? 0.5 * (lo + hi) : lo + 1)
            : (hi < Double.POSITIVE_INFINITY ? hi - 1 : 0);
        double sx = f.slope(x);
        double step = 1;
        for (int i = 0; i < MAX_STEPS && sx != 0; i++) {
            double bound = sx > 0 ? hi : lo;
            double next = Double.isInfinite(bound) ? x + Math.copySign(step, sx) : 0.5 * (x + bound);
            if (next == x) {
                return bound; // rising up to a finite end, within rounding
            }
            step *= 2;
            double sn = f.slope(next);
            if ((sn > 0) != (sx > 0)) {
                double a = Math.min(x, next);
                double b = Math.max(x, next);
                // Tight: the bracket can be far wider than the peak, and Brent converges fast.
                return new BrentSolver(1e-12, 1e-9 * (b - a)).solve(MAX_STEPS, f::slope, a, b);
            }
            x = next;
            sx = sn;
        }
        if (sx == 0) {
            return x;
        }
        throw new IllegalStateException("no maximum found for the hybrid integrand");
    }

    /** 1/(|f'| + sqrt(-f'')) at the mode, the curvature from a central difference of f'. */
    private static double width(LogIntegrand f, double mode, double lo, double hi) {
        double slope = Math.abs(f.slope(mode));
        double h = 1e-7 * Math.max(1, Math.abs(mode));
        double width = 0;
        // Twice if needed: a first estimate fixes a difference step well inside the peak.
        for (int i = 0; i < 2; i++) {
            double a = Math.max(lo, mode - h);
            double b = Math.min(hi, mode + h);
            double curvature = -(f.slope(b) - f.slope(a)) / (b - a);
            width = 1 / (slope + Math.sqrt(Math.max(curvature, 0)));
            if (!(width < Double.POSITIVE_INFINITY) || h <= 1e-2 * width) {
                break;
            }
            h = 1e-3 * width;
        }
        return width < Double.POSITIVE_INFINITY ? width : 1;
    }

    /**
     * Breakpoints from the mode towards bound (the mode excluded): 4 widths out, then towards
     * where the remaining tail becomes negligible against the total (scale), or the bound. For a
     * log-concave f the tail beyond x is at most exp(f(x)) / |f'(x)|, and f falls at least
     * linearly with the slope at x, so extrapolating that line reaches a point past which the tail
     * is negligible. A step goes at most GROWTH times the distance from the mode further out, so
     * that panels stay not much wider than their distance to the peak where f is nearly flat.
     */
    private static double[] reach(Peak peak, double width, double bound, double scale) {
        double[] points = new double[8];
        int count = 0;
        double offset = 4 * width;
        double direction = Math.signum(width);
        for (int i = 0; i < MAX_STEPS; i++) {
            double x = peak.mode + offset;
            if (direction > 0 ? x >= bound : x <= bound) {
                points[count++] = bound;
                return Arrays.copyOf(points, count);
            }
            if (count == points.length) {
                points = Arrays.copyOf(points, 2 * count);
            }
            points[count++] = x;
            double decay = -direction * peak.f.slope(x);
            double excess = peak.f.value(x) - peak.value - Math.log(TAIL_EPS * scale * decay);
            if (decay > 0 && excess < 0) {
                return Arrays.copyOf(points, count);
            }
            // One e-fold past the extrapolated point, so that the next one is surely negligible.
            double step = decay > 0 ? direction * (excess + 1) / decay : offset;
            offset += Math.abs(step) < GROWTH * Math.abs(offset) ? step : GROWTH * offset;
        }
        throw new IllegalStateException("hybrid integrand does not decay");
    }
}
