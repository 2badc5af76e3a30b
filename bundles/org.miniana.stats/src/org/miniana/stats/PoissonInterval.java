/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.stats;

import org.apache.commons.math3.distribution.GammaDistribution;

/**
 * The Garwood (1936) central confidence interval for the mean of a Poisson variable from one
 * observed count: the exact ("frequentist") interval used for data error bars and for the
 * statistical error of background predictions taken from control-region counts.
 */
public record PoissonInterval(double lower, double upper) {

    /** The coverage of +-1 Gaussian sigma, erf(1/sqrt 2). */
    public static final double ONE_SIGMA = 0.6826894921370859;

    /** The 68.27% interval. */
    public static PoissonInterval garwood(long observed) {
        return garwood(observed, ONE_SIGMA);
    }

    /**
     * The central interval with the given coverage: lower = Gamma^-1(alpha/2; n),
     * upper = Gamma^-1(1 - alpha/2; n + 1), with alpha = 1 - coverage, lower = 0 for n = 0.
     */
    public static PoissonInterval garwood(long observed, double coverage) {
        if (observed < 0 || !(coverage > 0 && coverage < 1)) {
            throw new IllegalArgumentException("Need a count >= 0 and a coverage in (0, 1), not " + observed + ", "
                    + coverage);
        }
        double alpha = 1 - coverage;
        double lower = observed == 0 ? 0 : new GammaDistribution(null, observed, 1)
                .inverseCumulativeProbability(alpha / 2);
        double upper = new GammaDistribution(null, observed + 1.0, 1).inverseCumulativeProbability(1 - alpha / 2);
        return new PoissonInterval(lower, upper);
    }

    /** How far the interval reaches above {@code observed}. */
    public double errorUp(long observed) {
        return upper - observed;
    }

    /** How far the interval reaches below {@code observed}. */
    public double errorDown(long observed) {
        return observed - lower;
    }
}
