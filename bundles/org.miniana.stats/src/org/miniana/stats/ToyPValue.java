/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.stats;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.miniana.stats.internal.Background;
import org.miniana.stats.internal.PoissonSampler;

/**
 * The original tool's pseudo-experiment ("toy") estimate of the hybrid p-value, kept to cross-check
 * {@link PValue#hybrid} and to reproduce historical numbers. Each toy draws g ~ N(0, 1), the
 * background mean mu(g) of the original model and a count N ~ Poisson(mu); it counts when N &gt; n,
 * and half when N = n (integer n only). Toys are thrown in batches of 10,000 until the relative
 * precision sqrt(p (1 - p) / toys) / p is below 3 % or the maximum number of toys is reached. The
 * generator is Commons Math's Well19937c, seeded, so a seed always gives the same result.
 *
 * @param p the fraction of toys above n
 * @param standardError the binomial standard error sqrt(p (1 - p) / toys); 0 when no toy was
 *        above n, when p is only known to be below about 1 / toys
 * @param toys the number of toys thrown
 */
public record ToyPValue(double p, double standardError, long toys) {

    /** Relative precision at which the original tool stopped throwing toys. */
    public static final double TARGET_PRECISION = 0.03;
    /** The stopping rule is checked after each batch. */
    static final int BATCH = 10_000;

    /**
     * Throws toys, reproducibly for a given seed.
     *
     * @param n observed (or expected) count, &gt;= 0
     * @param b expected background, &gt;= 0
     * @param up upward background error, &gt;= 0
     * @param down downward background error, &gt;= 0
     * @param seed seed of the random generator
     * @param maxToys the most toys to throw, &gt;= 1
     */
    public static ToyPValue compute(double n, double b, double up, double down, long seed, long maxToys) {
        Background.requireCount("observed count", n);
        if (maxToys < 1) {
            throw new IllegalArgumentException("need at least one toy: " + maxToys);
        }
        Background background = new Background(b, up, down);
        RandomGenerator random = new Well19937c(seed);
        double above = 0;
        long toys = 0;
        while (toys < maxToys) {
            long batch = Math.min(BATCH, maxToys - toys);
            for (long i = 0; i < batch; i++) {
                long count = PoissonSampler.sample(random, background.mu(random.nextGaussian()));
                if (count > n) {
                    above += 1;
                } else if (count == n) {
                    above += 0.5;
                }
            }
            toys += batch;
            double p = above / toys;
            if (p > 0 && standardError(p, toys) < TARGET_PRECISION * p) {
                break;
            }
        }
        double p = above / toys;
        return new ToyPValue(p, standardError(p, toys), toys);
    }

    /** The significance of p (+infinity when no toy was above n). */
    public double z() {
        return Significance.fromPValue(p);
    }

    private static double standardError(double p, long toys) {
        return Math.sqrt(p * (1 - p) / toys);
    }
}
