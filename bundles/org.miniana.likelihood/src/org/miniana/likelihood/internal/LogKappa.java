/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.likelihood.internal;

/**
 * The exponent phi(theta) = theta * logKappa(theta) of an asymmetric lnN factor
 * exp(phi(theta)), as Combine computes it (HiggsAnalysis-CombinedLimit, {@code interface/logKappa.h},
 * used by {@code AsymPow} and {@code ProcessNormalization}): for |theta| >= 1/2 logKappa is
 * ln(kappaUp) above 0 and -ln(kappaDown) below, so that the factor is kappaUp^theta or
 * kappaDown^-theta; in between it is avg + halfDiff * h(2 theta), with the smooth step
 * h(t) = (3t^5 - 10t^3 + 15t) / 8, which has h(+-1) = +-1 and vanishing first and second
 * derivatives there, so that phi is twice continuously differentiable. A symmetric entry has
 * halfDiff = 0: phi = theta ln(kappa).
 */
public final class LogKappa {

    private LogKappa() {
    }

    /**
     * Writes phi, phi' and phi'' at theta into {@code out[0..2]}.
     *
     * @param logUp ln(kappaUp), the log of the factor at theta = +1
     * @param logDown ln(kappaDown), the log of the factor at theta = -1
     */
    public static void evaluate(double theta, double logUp, double logDown, double[] out) {
        double hi = logUp;
        double lo = -logDown;
        if (theta >= 0.5 || theta <= -0.5) {
            double logKappa = theta >= 0 ? hi : lo;
            out[0] = theta * logKappa;
            out[1] = logKappa;
            out[2] = 0;
            return;
        }
        double avg = 0.5 * (hi + lo);
        double halfDiff = 0.5 * (hi - lo);
        double t = 2 * theta;
        double t2 = t * t;
        double h = 0.125 * t * (t2 * (3 * t2 - 10) + 15);
        double oneMinus = 1 - t2;
        // dL/dtheta = halfDiff * h'(t) * 2 and d2L/dtheta2 = halfDiff * h''(t) * 4
        double dh = 1.875 * oneMinus * oneMinus;
        double ddh = -7.5 * t * oneMinus;
        double logKappa = avg + halfDiff * h;
        double d1 = 2 * halfDiff * dh;
        double d2 = 4 * halfDiff * ddh;
        out[0] = theta * logKappa;
        out[1] = logKappa + theta * d1;
        out[2] = 2 * d1 + theta * d2;
    }
}
