/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.stats.internal;

/**
 * The background model of the original RA2 mini-analysis tool: an expected background b with
 * asymmetric errors up (sigma+) and down (sigma-), varied with one standard normal nuisance g.
 * <ul>
 * <li>g &gt;= 0: mu = b (1 + up/b)^g (log-normal upwards);</li>
 * <li>g &lt; 0, down &lt; 0.8 b: mu = b (1 - down/b)^(-g) (log-normal downwards);</li>
 * <li>g &lt; 0, down &gt;= 0.8 b: mu = max(0, b + g min(down, b)) (a log-normal would be too
 * asymmetric, so the original tool used a truncated Gaussian);</li>
 * <li>b = 0: mu = |g| up.</li>
 * </ul>
 */
public record Background(double b, double up, double down) {

    /** Above this fraction of b the downward error is applied linearly, as in the original tool. */
    public static final double LINEAR_THRESHOLD = 0.8;

    /** Checks that the expectation and its errors are finite and non-negative. */
    public Background {
        requireCount("background", b);
        requireCount("upward background error", up);
        requireCount("downward background error", down);
    }

    /** The expected background for the nuisance value g. */
    public double mu(double g) {
        if (b == 0) {
            return Math.abs(g) * up;
        }
        if (g >= 0) {
            return b * Math.exp(g * Math.log1p(up / b));
        }
        if (down < LINEAR_THRESHOLD * b) {
            return b * Math.exp(-g * Math.log1p(-down / b));
        }
        return Math.max(0, b + g * Math.min(down, b));
    }

    /** Rejects negative, infinite and NaN values of a count-like quantity. */
    public static double requireCount(String what, double value) {
        if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(what + " must be finite and >= 0: " + value);
        }
        return value;
    }
}
