/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.stats.internal;

import java.util.function.DoubleUnaryOperator;

/**
 * The uncertain signal's factor k(h) with relative errors +up -down and its own standard normal
 * nuisance h, log-normal on each side as the likelihood's lnN terms are: k = (1 + up)^h for
 * h &gt;= 0 and (1 - down)^(-h) for h &lt; 0, so that the median signal is the nominal one and the
 * signal never vanishes (unlike the background model's linear branch for large downward errors,
 * which would let CLs stay above 5% for every signal). Expectations
 * over h are integrated with the adaptive Gauss-Kronrod rule (two 21-point panels per side to
 * start with, bisected where QUADPACK's error estimate asks for it), with a break at h = 0, where k
 * has a kink unless (1 + up)(1 - down) = 1. A Gauss-Hermite rule over the whole line converges only
 * algebraically across the kink: off by up to 2e-3 relative with 16 nodes and 5e-4 with 64, against
 * 1e-9 for Gauss-Legendre on each side with 16 nodes (measured on CL_s+b at five models).
 */
public final class SignalFactor {

    /**
     * |h| beyond this carries a probability of 1.2e-15, below the tolerances even against an
     * expectation of 0.05 (CLs at the limit).
     */
    private static final double RANGE = 8;
    private static final double[] UPPER = {0, RANGE / 2, RANGE};
    private static final double[] LOWER = {-RANGE, -RANGE / 2, 0};
    /**
     * Relative tolerance on the expectation, and an absolute one of the same size against CLs = 0.05.
     * The error estimate is pessimistic: limits at 12 models did not change in the tenth digit from
     * 1e-7 to 1e-9, and agree with an independent scipy integration to 1e-9 relative.
     */
    private static final double REL_TOL = 1e-8;
    private static final double ABS_TOL = 0.05 * REL_TOL;

    private final double logUp;
    private final double logDown;

    /**
     * @param up upward relative error of the signal, &gt;= 0
     * @param down downward relative error, in [0, 1)
     * @throws IllegalArgumentException for a negative or non-finite error, or a downward one of 1 or more
     */
    public SignalFactor(double up, double down) {
        if (!(up >= 0) || Double.isInfinite(up) || !(down >= 0 && down < 1)) {
            throw new IllegalArgumentException("The signal's relative errors must be finite, >= 0 and, downwards,"
                    + " below 1, not +" + up + " -" + down);
        }
        logUp = Math.log1p(up);
        logDown = -Math.log1p(-down);
    }

    /** k(h). */
    double factor(double h) {
        return Math.exp(h * (h >= 0 ? logUp : logDown));
    }

    /**
     * E_h[f(k(h))] for an f with values in [0, 1], to 1e-8 relative or 5e-10 absolute. A side
     * without error has k = 1 throughout and contributes f(1) / 2 from one evaluation.
     */
    public double expectation(DoubleUnaryOperator f) {
        double atOne = logUp == 0 || logDown == 0 ? f.applyAsDouble(1) : Double.NaN;
        DoubleUnaryOperator weighted = h -> Math.exp(Normal.logPdf(h)) * f.applyAsDouble(factor(h));
        double above = logUp == 0 ? atOne / 2 : GaussKronrod.integrate(weighted, UPPER, REL_TOL, ABS_TOL);
        double below = logDown == 0 ? atOne / 2 : GaussKronrod.integrate(weighted, LOWER, REL_TOL, ABS_TOL);
        return above + below;
    }
}
