/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.stats;

import org.apache.commons.math3.special.Beta;

/**
 * Frequentist significances of the on/off problem: n_on events in the signal region, n_off in a
 * background-only region with tau times the signal region's background, following Cousins,
 * Linnemann and Tucker, Nucl. Instrum. Meth. A 595 (2008) 480.
 */
public final class OnOff {

    private static final double BETA_EPSILON = 1e-15;

    private OnOff() {
    }

    /**
     * Z_Bi: the p-value of the binomial test conditional on n_on + n_off,
     * p = I_{1/(1+tau)}(n_on, n_off + 1) (regularized incomplete beta; p = 1 for n_on = 0).
     *
     * @param nOn events in the signal region, &gt;= 0 (non-integer values are accepted)
     * @param nOff events in the background region, &gt;= 0
     * @param tau background ratio off/on, &gt; 0
     */
    public static PValue binomial(double nOn, double nOff, double tau) {
        check(nOn, nOff, tau);
        double p = nOn == 0 ? 1 : Beta.regularizedBeta(1 / (1 + tau), nOn, nOff + 1, BETA_EPSILON);
        return PValue.of(p);
    }

    /**
     * ROOT's {@code NumberCountingUtils::BinomialExpZ}: Z_Bi for the expected counts s + b with a
     * relative background uncertainty, taken as an off measurement with tau = 1 / (b deltaRel^2) and
     * n_off = tau b.
     *
     * @param s expected signal, &gt;= 0
     * @param b expected background, &gt; 0
     * @param deltaRel relative background uncertainty, &gt; 0
     */
    public static PValue binomialExpected(double s, double b, double deltaRel) {
        return binomialObserved(s + b, b, deltaRel);
    }

    /**
     * ROOT's {@code NumberCountingUtils::BinomialObsZ}: Z_Bi for n_obs observed events over the
     * background b known to the relative uncertainty deltaRel (tau = 1 / (b deltaRel^2), n_off = tau b).
     *
     * @param nObs observed count, &gt;= 0
     * @param b expected background, &gt; 0
     * @param deltaRel relative background uncertainty, &gt; 0
     */
    public static PValue binomialObserved(double nObs, double b, double deltaRel) {
        if (!(b > 0 && deltaRel > 0)) {
            throw new IllegalArgumentException("need b > 0 and deltaRel > 0: b=" + b + ", deltaRel=" + deltaRel);
        }
        double tau = 1 / (b * deltaRel * deltaRel);
        return binomial(nObs, tau * b, tau);
    }

    /**
     * Z_PL: the profile-likelihood ratio significance, Li and Ma (Astrophys. J. 272 (1983) 317,
     * eq. 17) with alpha = 1/tau,
     * sqrt(2) sqrt(n_on ln((1+tau) n_on / (n_on+n_off)) + n_off ln((1+tau)/tau n_off / (n_on+n_off))),
     * negative when n_on is below the background estimate n_off / tau.
     *
     * @param nOn events in the signal region, &gt;= 0
     * @param nOff events in the background region, &gt;= 0
     * @param tau background ratio off/on, &gt; 0
     */
    public static double profileLikelihoodZ(double nOn, double nOff, double tau) {
        check(nOn, nOff, tau);
        double total = nOn + nOff;
        if (total == 0) {
            return 0;
        }
        // x ln x -> 0: an empty region contributes nothing.
        double on = nOn == 0 ? 0 : nOn * Math.log((1 + tau) * nOn / total);
        double off = nOff == 0 ? 0 : nOff * Math.log((1 + tau) / tau * nOff / total);
        double z = Math.sqrt(2 * Math.max(0, on + off));
        return nOn * tau < nOff ? -z : z;
    }

    private static void check(double nOn, double nOff, double tau) {
        if (!(nOn >= 0 && nOff >= 0 && tau > 0) || Double.isInfinite(nOn + nOff + tau)) {
            throw new IllegalArgumentException(
                "need finite nOn >= 0, nOff >= 0, tau > 0: " + nOn + ", " + nOff + ", " + tau);
        }
    }
}
