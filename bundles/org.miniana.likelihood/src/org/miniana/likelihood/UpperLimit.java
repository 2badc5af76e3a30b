/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.likelihood;

/**
 * A CLs upper limit on the signal strength mu, observed and expected (median and the quantiles
 * at -2, -1, +1, +2 standard deviations of the background-only expectation).
 */
public record UpperLimit(Method method, double confidenceLevel, double observed, double expectedMinus2,
        double expectedMinus1, double expectedMedian, double expectedPlus1, double expectedPlus2) {

    /**
     * The same limit multiplied by a factor: with the model's cross section (the one that gave the
     * signal rates at mu = 1) it is the cross-section limit.
     */
    public UpperLimit times(double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("factor must be positive and finite: " + factor);
        }
        return new UpperLimit(method, confidenceLevel, observed * factor, expectedMinus2 * factor,
                expectedMinus1 * factor, expectedMedian * factor, expectedPlus1 * factor, expectedPlus2 * factor);
    }
}
