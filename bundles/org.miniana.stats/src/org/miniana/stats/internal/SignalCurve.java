/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.stats.internal;

import java.util.function.DoubleUnaryOperator;

/**
 * CL_s+b(x) / CL_b = E_g[P(N &lt;= n | mu(g) + x)] / E_g[P(N &lt;= n | mu(g))] as a function of the
 * signal x &gt;= 0, for one count n: a Chebyshev interpolant of its logarithm F(x). An uncertain
 * signal's CLs averages this ratio at s k(h) over h for every s the limit's root finding tries,
 * several hundred points in all; each direct evaluation is a hybrid tail integral, while F, a
 * smooth decreasing function, is interpolated from 33 to 257 of them (Chebyshev-Lobatto points,
 * the degree doubled from 32 until the last quarter of the coefficients is below 1e-8; measured:
 * degree 32 to 128, and 5e-10 relative on the ratio at worst against the direct integrals). The
 * interpolant spans [0, end] with F(end) between -80 and -40; beyond, the ratio is below 4e-18 and
 * taken as 0.
 */
public final class SignalCurve {

    /** F at the end of the interpolated range: exp(-40) = 4e-18 is negligible against CLs = 0.05. */
    private static final double FLOOR = -40;
    /**
     * The trailing Chebyshev coefficients must be below this (absolute error on F, so relative on
     * the ratio): above the rounding noise of the tail integrals (typically 1e-10 relative, 1e-7 at
     * worst) and below the accuracy the limits need.
     */
    private static final double TOLERANCE = 1e-8;
    private static final int FIRST_DEGREE = 32;
    private static final int MAX_DEGREE = 256;
    private static final int MAX_BISECTIONS = 100;

    private final double end;
    private final double[] coefficients;

    private SignalCurve(double end, double[] coefficients) {
        this.end = end;
        this.coefficients = coefficients;
    }

    /**
     * The curve of the count n under the mixture's background.
     *
     * @param logClb ln CL_b = ln E_g[P(N &lt;= n | mu(g))]
     */
    public static SignalCurve of(PoissonMixture mixture, long n, double logClb) {
        DoubleUnaryOperator f = x -> mixture.logLowerTail(n, x, false) - logClb;
        double end = end(f, n);
        // Chebyshev-Lobatto points x_j = end (1 - cos(pi j / N)) / 2; doubling N keeps the old points.
        double[] values = new double[FIRST_DEGREE + 1];
        for (int j = 0; j <= FIRST_DEGREE; j++) {
            values[j] = f.applyAsDouble(node(end, j, FIRST_DEGREE));
        }
        double[] coefficients = coefficients(values);
        while (!converged(coefficients) && values.length - 1 < MAX_DEGREE) {
            int degree = 2 * (values.length - 1);
            double[] finer = new double[degree + 1];
            for (int j = 0; j <= degree; j++) {
                finer[j] = j % 2 == 0 ? values[j / 2] : f.applyAsDouble(node(end, j, degree));
            }
            values = finer;
            coefficients = coefficients(values);
        }
        return new SignalCurve(end, coefficients);
    }

    /** CL_s+b(x) / CL_b for x &gt;= 0. */
    public double ratio(double x) {
        if (x >= end) {
            return 0;
        }
        // Clenshaw's recurrence at t in [-1, 1].
        double t = 2 * x / end - 1;
        double b1 = 0;
        double b2 = 0;
        for (int k = coefficients.length - 1; k > 0; k--) {
            double b0 = 2 * t * b1 - b2 + coefficients[k];
            b2 = b1;
            b1 = b0;
        }
        return Math.min(1, Math.exp(t * b1 - b2 + coefficients[0]));
    }

    /**
     * An end with F(end) in [2 FLOOR, FLOOR]: from the bracket of the certain signal's limit,
     * doubled while F is above the floor, then bisected towards 0 while it is below twice the floor.
     */
    private static double end(DoubleUnaryOperator f, long n) {
        double hi = n + 3 + 3 * Math.sqrt(n + 1.0);
        double atHi = f.applyAsDouble(hi);
        while (atHi > FLOOR) {
            hi *= 2;
            atHi = f.applyAsDouble(hi);
        }
        double lo = 0;
        for (int i = 0; i < MAX_BISECTIONS && atHi < 2 * FLOOR; i++) {
            double mid = 0.5 * (lo + hi);
            double atMid = f.applyAsDouble(mid);
            if (atMid > FLOOR) {
                lo = mid;
            } else {
                hi = mid;
                atHi = atMid;
            }
        }
        return hi;
    }

    private static double node(double end, int j, int degree) {
        return 0.5 * end * (1 - Math.cos(Math.PI * j / degree));
    }

    /** The Chebyshev coefficients of the interpolant through the Lobatto values (a DCT-I). */
    private static double[] coefficients(double[] values) {
        int degree = values.length - 1;
        double[] c = new double[degree + 1];
        for (int k = 0; k <= degree; k++) {
            double sum = 0;
            for (int j = 0; j <= degree; j++) {
                double weight = j == 0 || j == degree ? 0.5 : 1;
                // x_j runs from 0 to end, t_j = -cos(pi j / N): T_k(t_j) = (-1)^k cos(pi j k / N)
                sum += weight * values[j] * Math.cos(Math.PI * ((long) j * k % (2L * degree)) / degree);
            }
            c[k] = (k % 2 == 0 ? 2.0 : -2.0) / degree * sum * (k == 0 || k == degree ? 0.5 : 1);
        }
        return c;
    }

    /** Whether the last quarter of the coefficients is below the tolerance. */
    private static boolean converged(double[] c) {
        for (int k = c.length - 1 - (c.length - 1) / 4; k < c.length; k++) {
            if (Math.abs(c[k]) > TOLERANCE) {
                return false;
            }
        }
        return true;
    }
}
