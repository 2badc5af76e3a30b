/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.stats;

import org.miniana.stats.internal.Background;
import org.miniana.stats.internal.PoissonMixture;

/**
 * The background-only distribution of the count N: Poisson mixed over the background b +up -down
 * (the hybrid or prior-predictive distribution of the package's background model), the
 * distribution whose tails {@link PValue#hybrid(double, double, double, double)} integrates. For
 * figures that draw it.
 */
public final class HybridCount {

    private final PoissonMixture mixture;

    private HybridCount(PoissonMixture mixture) {
        this.mixture = mixture;
    }

    /** The distribution for the background b +up -down. */
    public static HybridCount of(double b, double up, double down) {
        return new HybridCount(new PoissonMixture(new Background(b, up, down)));
    }

    /** E[P(N &gt; n)]; 1 for n &lt; 0. */
    public double upperTail(long n) {
        return n < 0 ? 1 : Math.exp(Math.min(0, mixture.logUpperTail(n, false)));
    }

    /** E[P(N &lt;= n)]; 0 for n &lt; 0. */
    public double lowerTail(long n) {
        return n < 0 ? 0 : Math.exp(Math.min(0, mixture.logLowerTail(n, 0, false)));
    }

    /**
     * E[P(N = n)], as the difference of the two tails on the side where it is the smaller one, so
     * that the far tails keep their relative accuracy.
     */
    public double probability(long n) {
        if (n < 0) {
            return 0;
        }
        double above = upperTail(n - 1);
        return above < 0.5 ? Math.max(0, above - upperTail(n)) : Math.max(0, lowerTail(n) - lowerTail(n - 1));
    }
}
