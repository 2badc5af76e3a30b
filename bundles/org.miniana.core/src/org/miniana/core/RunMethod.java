/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.core;

import java.util.Objects;

/**
 * How a run's numbers were computed besides its optimizer and figure of merit, so that a stored
 * run is taken over only by a request that would compute the same numbers.
 *
 * @param errors id of how background errors combine when bins are merged ("uncorrelated", ...)
 * @param pValueMethod id of the merged bin's p-value method ("hybrid", "toys", "binomial")
 * @param fullLikelihoodToys pseudo-experiments per signal strength of the full likelihood; 0 for
 *        the asymptotic formulas or when the full likelihood was not computed
 * @param seed the seed of the run's random numbers, or null when it drew none
 */
public record RunMethod(String errors, String pValueMethod, int fullLikelihoodToys, Long seed) {

    public RunMethod {
        Objects.requireNonNull(errors, "errors");
        Objects.requireNonNull(pValueMethod, "pValueMethod");
    }
}
