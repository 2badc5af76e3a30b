/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.likelihood;

/** How a limit or significance was computed. */
public enum Method {
    /**
     * Asymptotic formulas for the profile-likelihood test statistics (Cowan, Cranmer, Gross,
     * Vitells, Eur. Phys. J. C 71 (2011) 1554, arXiv:1007.1727), with Asimov datasets built from
     * the fit to the data (as Combine's AsymptoticLimits does).
     */
    ASYMPTOTIC,
    /** Pseudo-experiments with re-sampled global observables (the LHC frequentist recipe). */
    TOYS
}
