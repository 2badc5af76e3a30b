/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.likelihood;

/**
 * A converged maximum-likelihood fit.
 *
 * @param parameters the fitted parameter vector (x[0] = mu, see {@link Likelihood})
 * @param nll the negative log-likelihood at the minimum
 * @param iterations Newton iterations used
 * @param edm the estimated distance to the minimum when it stopped
 */
public record FitResult(double[] parameters, double nll, int iterations, double edm) {

    public FitResult {
        parameters = parameters.clone();
    }

    @Override
    public double[] parameters() {
        return parameters.clone();
    }

    /** The fitted signal strength. */
    public double mu() {
        return parameters[Likelihood.POI];
    }

    public double parameter(int index) {
        return parameters[index];
    }
}
