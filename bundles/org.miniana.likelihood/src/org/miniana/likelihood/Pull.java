/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.likelihood;

import org.miniana.core.model.NuisanceParameter;

/**
 * One nuisance parameter after a fit.
 *
 * @param name the datacard name
 * @param type lnN (value theta, pre-fit 0 +- 1), lnU (theta in [-1, 1], no pre-fit error) or gmN
 *        (value n, pre-fit N +- sqrt(N))
 * @param prefit the pre-fit value
 * @param value the fitted value
 * @param error its error from the inverse Hessian; NaN when the value is at a bound or the fit
 *        does not depend on it (an lnU acting on the signal alone, in a background-only fit)
 * @param atBound whether the value is at a bound of its range (an empty control region drives
 *        its lnU to -1)
 */
public record Pull(String name, NuisanceParameter.Type type, double prefit, double value, double error,
        boolean atBound) {

    /** (value - prefit) / pre-fit error: theta itself for lnN, NaN for lnU and for gmN with N = 0. */
    public double pull() {
        return switch (type) {
            case LN_N -> value - prefit;
            case GM_N -> prefit > 0 ? (value - prefit) / Math.sqrt(prefit) : Double.NaN;
            case LN_U -> Double.NaN;
        };
    }
}
