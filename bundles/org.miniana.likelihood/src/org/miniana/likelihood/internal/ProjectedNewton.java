/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.likelihood.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Minimises an {@link Objective} within box bounds: a projected truncated-Newton method
 * (Bertsekas, SIAM J. Control Optim. 20 (1982) 221). Each iteration frees the parameters that are
 * not held at a bound by a gradient pointing outwards, solves the Newton system on them with
 * preconditioned conjugate gradients (stopped at negative curvature, Steihaug), and
 * backtracks along the projected path until the Armijo condition holds. Only Hessian-vector
 * products are needed, which cost as much as a gradient for a sparse likelihood; Commons Math
 * and Hipparchus offer no bounded gradient-based minimiser (BOBYQA is derivative-free and needs
 * O(n^2) memory and work per step at n = 2,000).
 * <p>
 * Convergence is declared when the estimated distance to the minimum, EDM = -g.p / 2 (as MINUIT
 * names it, p the Newton step on the free parameters), is below the tolerance; that last Newton
 * step is then taken where it lowers the function, which leaves the distance near the square of
 * the tolerance (Newton converges quadratically) for the price of one evaluation, not an
 * iteration. A trial point's gradient is computed with its value: most trial points are accepted.
 */
public final class ProjectedNewton {

    /** A converged minimisation; edm is the estimate before the final Newton step, an upper bound. */
    public record Result(double[] x, double value, int iterations, double edm, double projectedGradient) {
    }

    /** Why a minimisation stopped without converging, and where. */
    public static final class NotConvergedException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient double[] x;
        private final int iterations;
        private final double edm;
        private final double projectedGradient;
        private final transient List<Integer> atBounds;

        NotConvergedException(String reason, double[] x, int iterations, double edm, double projectedGradient,
                List<Integer> atBounds) {
            super(reason);
            this.x = x.clone();
            this.iterations = iterations;
            this.edm = edm;
            this.projectedGradient = projectedGradient;
            this.atBounds = List.copyOf(atBounds);
        }

        public double[] x() {
            return x.clone();
        }

        public int iterations() {
            return iterations;
        }

        public double edm() {
            return edm;
        }

        /** The largest gradient component of the parameters not held at a bound. */
        public double projectedGradient() {
            return projectedGradient;
        }

        /** The indices of the parameters at a bound when it stopped. */
        public List<Integer> atBounds() {
            return atBounds;
        }
    }

    private static final double ARMIJO = 1e-4;
    private static final double MODEL_TRUNCATION = 0.5;

    private final int maxIterations;
    private final double edmTolerance;

    public ProjectedNewton(int maxIterations, double edmTolerance) {
        if (maxIterations < 1 || !(edmTolerance > 0)) {
            throw new IllegalArgumentException("maxIterations " + maxIterations + ", edm tolerance " + edmTolerance);
        }
        this.maxIterations = maxIterations;
        this.edmTolerance = edmTolerance;
    }

    /**
     * @param start where to start (projected into the bounds); not modified
     * @param fixed parameters kept at their start value
     * @throws NotConvergedException when the function is undefined at the start, no step lowers
     *         it, or the iterations run out
     */
    public Result minimize(Objective f, double[] start, double[] lower, double[] upper, boolean[] fixed) {
        int n = start.length;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = fixed[i] ? start[i] : Math.min(upper[i], Math.max(lower[i], start[i]));
        }
        double[] g = new double[n];
        double[] p = new double[n];
        double[] trial = new double[n];
        double[] trialGradient = new double[n];
        var cg = new ConjugateGradients(n);
        boolean[] free = new boolean[n];
        double fx = f.valueAndGradient(x, g);
        if (!Double.isFinite(fx)) {
            throw failure("the function is not defined at the start point", x, 0, Double.NaN, Double.NaN, lower, upper);
        }
        double edm = Double.NaN;
        double pg = Double.NaN;
        for (int iteration = 1; iteration <= maxIterations; iteration++) {
            pg = 0;
            for (int i = 0; i < n; i++) {
                free[i] = !fixed[i] && !(x[i] <= lower[i] && g[i] > 0) && !(x[i] >= upper[i] && g[i] < 0);
                if (free[i]) {
                    pg = Math.max(pg, Math.abs(g[i]));
                }
            }
            if (pg == 0) {
                return new Result(x, fx, iteration, 0, 0);
            }
            double slope = cg.solve(f, g, free, p);
            edm = -0.5 * slope;
            if (edm < edmTolerance) {
                project(x, p, 1, free, lower, upper, g, trial);
                double ft = f.value(trial);
                return ft <= fx ? new Result(trial, ft, iteration, edm, pg) : new Result(x, fx, iteration, edm, pg);
            }
            double alpha = 1;
            double ft = Double.NaN;
            boolean accepted = false;
            for (int backtrack = 0; backtrack < 50 && !accepted; backtrack++) {
                double decrease = project(x, p, alpha, free, lower, upper, g, trial);
                ft = f.valueAndGradient(trial, trialGradient);
                if (ft <= fx + ARMIJO * decrease) {
                    accepted = true;
                } else {
                    alpha *= 0.5;
                }
            }
            if (!accepted) {
                throw failure("no step along the Newton direction lowers the function", x, iteration, edm, pg, lower,
                        upper);
            }
            System.arraycopy(trial, 0, x, 0, n);
            System.arraycopy(trialGradient, 0, g, 0, n);
            fx = ft;
        }
        throw failure("no convergence in " + maxIterations + " iterations", x, maxIterations, edm, pg, lower, upper);
    }

    /** Writes x + alpha p, projected into the bounds on the free parameters, into trial; returns g.(trial - x). */
    private static double project(double[] x, double[] p, double alpha, boolean[] free, double[] lower, double[] upper,
            double[] g, double[] trial) {
        double decrease = 0;
        for (int i = 0; i < x.length; i++) {
            trial[i] = free[i] ? Math.min(upper[i], Math.max(lower[i], x[i] + alpha * p[i])) : x[i];
            decrease += g[i] * (trial[i] - x[i]);
        }
        return decrease;
    }

    private static NotConvergedException failure(String reason, double[] x, int iterations, double edm, double pg,
            double[] lower, double[] upper) {
        List<Integer> atBounds = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (x[i] <= lower[i] || x[i] >= upper[i]) {
                atBounds.add(i);
            }
        }
        return new NotConvergedException(reason, x, iterations, edm, pg, atBounds);
    }

    /** Preconditioned conjugate gradients on the free block of H p = -g, with work arrays kept. */
    private static final class ConjugateGradients {

        private final double[] r;
        private final double[] z;
        private final double[] d;
        private final double[] hd;

        ConjugateGradients(int n) {
            r = new double[n];
            z = new double[n];
            d = new double[n];
            hd = new double[n];
        }

        /** Writes the step into p (0 on the parameters not free) and returns g.p. */
        double solve(Objective f, double[] g, boolean[] free, double[] p) {
            int n = g.length;
            f.preparePreconditioner(free);
            double rr = 0;
            for (int i = 0; i < n; i++) {
                p[i] = 0;
                r[i] = free[i] ? -g[i] : 0;
                rr += r[i] * r[i];
            }
            double rz = precondition(f, free);
            System.arraycopy(z, 0, d, 0, n);
            // The forcing term of inexact Newton methods: superlinear convergence near the minimum.
            double tolerance = Math.min(0.1, Math.sqrt(Math.sqrt(rr))) * Math.sqrt(rr);
            int maxSteps = Math.max(20, Math.min(n, 500));
            // The quadratic model g.p + p.H.p / 2 along the iterates, 0 at p = 0 and decreasing.
            double model = 0;
            for (int step = 0; step < maxSteps; step++) {
                f.hessianTimes(d, hd);
                double dhd = 0;
                for (int i = 0; i < n; i++) {
                    if (free[i]) {
                        dhd += d[i] * hd[i];
                    }
                }
                if (!(dhd > 0)) {
                    if (step == 0) {
                        System.arraycopy(d, 0, p, 0, n);
                    }
                    break;
                }
                double a = rz / dhd;
                double decrease = 0.5 * a * rz;
                model -= decrease;
                rr = 0;
                for (int i = 0; i < n; i++) {
                    if (free[i]) {
                        p[i] += a * d[i];
                        r[i] -= a * hd[i];
                        rr += r[i] * r[i];
                    }
                }
                // Nash's truncation: stop when a step gains little of the model's decrease so far
                // (S. G. Nash, J. Comput. Appl. Math. 124 (2000) 45, with c = 1/2). It halves
                // RA2's conjugate-gradient steps, where the residual test is slow to be met.
                if (Math.sqrt(rr) <= tolerance || (step + 1) * decrease <= -MODEL_TRUNCATION * model) {
                    break;
                }
                double rzNew = precondition(f, free);
                double beta = rzNew / rz;
                rz = rzNew;
                for (int i = 0; i < n; i++) {
                    d[i] = free[i] ? z[i] + beta * d[i] : 0;
                }
            }
            double slope = 0;
            for (int i = 0; i < n; i++) {
                slope += g[i] * p[i];
            }
            return slope;
        }

        /** z = M^-1 r on the free parameters (0 elsewhere); returns r.z. */
        private double precondition(Objective f, boolean[] free) {
            f.precondition(r, z);
            double rz = 0;
            for (int i = 0; i < r.length; i++) {
                if (!free[i]) {
                    z[i] = 0;
                }
                rz += r[i] * z[i];
            }
            return rz;
        }
    }
}
