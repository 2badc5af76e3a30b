/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.likelihood.internal;

/**
 * A twice differentiable function to minimise, with Hessian-vector products instead of a
 * Hessian matrix (the likelihoods have thousands of parameters but sparse second derivatives).
 */
public interface Objective {

    /** The value at x, or +infinity where the function is not defined. */
    double value(double[] x);

    /**
     * The value and gradient at x; also the point at which the following Hessian products are
     * taken.
     */
    double valueAndGradient(double[] x, double[] gradient);

    /** H v at the point of the last {@link #valueAndGradient} call. */
    void hessianTimes(double[] v, double[] out);

    /**
     * Prepares an approximation M of H, at the point of the last {@link #valueAndGradient} call,
     * for the given free parameters: symmetric positive definite and cheap to invert.
     */
    void preparePreconditioner(boolean[] free);

    /** z = M^-1 r for the prepared M. */
    void precondition(double[] r, double[] z);
}
