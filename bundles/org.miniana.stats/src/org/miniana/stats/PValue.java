/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.stats;

import org.miniana.stats.internal.Background;
import org.miniana.stats.internal.Normal;
import org.miniana.stats.internal.PoissonMixture;

/**
 * A one-sided p-value and its significance Z = Phi^-1(1 - p).
 *
 * @param p the p-value, in [0, 1]; may underflow to 0 while z stays finite
 * @param z the significance
 */
public record PValue(double p, double z) {

    private static final double LN_HALF = Math.log(0.5);

    /** Checks the range of p. */
    public PValue {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p-value must be in [0, 1]: " + p);
        }
    }

    /** The p-value p with its significance. */
    public static PValue of(double p) {
        return new PValue(p, Significance.fromPValue(p));
    }

    /**
     * The hybrid (prior-predictive) p-value of observing n events over the background b +up -down
     * of the original tool's model (see the package documentation), computed by deterministic
     * numerical integration over the background nuisance with a relative accuracy better than
     * 1e-6 on p (1e-10 typically, 1e-7 at worst in randomized checks against brute force), also far
     * in the tail, where p underflows but Z stays finite. Deficits (p &gt; 1/2) get their Z from 1 - p
     * computed directly, so it stays accurate where p rounds to 1.
     * <p>
     * For an integer n, p = E[P(N &gt; n) + P(N = n) / 2] (mid-p, as the original tool counted
     * ties); for a non-integer n, such as an expected S + B, p = E[P(N &gt; n)].
     *
     * @param n observed (or expected) count, &gt;= 0
     * @param b expected background, &gt;= 0
     * @param up upward (sigma+) background error, &gt;= 0
     * @param down downward (sigma-) background error, &gt;= 0
     */
    public static PValue hybrid(double n, double b, double up, double down) {
        Background.requireCount("observed count", n);
        PoissonMixture mixture = new PoissonMixture(new Background(b, up, down));
        long m = (long) Math.floor(n);
        boolean integer = m == n;
        double logP = Math.min(0, mixture.logUpperTail(m, integer));
        if (logP <= LN_HALF) {
            return new PValue(Math.exp(logP), Normal.isfOfLog(logP));
        }
        // A deficit: 1 - p rounds badly when p is close to 1, so Z comes from 1 - p computed
        // directly as a lower tail, E[P(N < n) + P(N = n)/2] or E[P(N <= m)] for a non-integer n.
        double logQ = mixture.logLowerTail(m, 0, integer);
        return new PValue(Math.exp(logP), -Normal.isfOfLog(Math.min(logQ, LN_HALF)));
    }
}
