/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.likelihood;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.miniana.core.model.NuisanceParameter;
import org.miniana.likelihood.internal.ProjectedNewton;

/**
 * Maximum-likelihood fits of a {@link Likelihood} within its parameter bounds: mu in [0, inf) by
 * default ({@link #withPoiBounds} frees it), lnU theta in [-1, 1], gmN n >= 0. Every fit takes a
 * start point, so that the fits of a limit scan start from the previous minimum. Immutable and
 * thread-safe.
 */
public final class Fitter {

    /** Default iteration limit: a cold RA2 fit needs about 15. */
    public static final int DEFAULT_MAX_ITERATIONS = 200;
    /**
     * Default tolerance on the estimated distance to the minimum (in units of -ln L). The final
     * Newton step taken after it brings -ln L to about 1e-12 of the minimum (the RA2 limits agree
     * with fits to an EDM of 1e-9 to 1e-12 relative).
     */
    public static final double DEFAULT_EDM = 1e-6;
    /** Where {@link #minimaFixedMu} starts besides the nominal point: every lnN at +-this. */
    private static final double PROBE = 0.5;
    /** Two fits found one minimum when their -ln L and every parameter agree within these. */
    private static final double SAME_MINIMUM_NLL = 1e-6;
    private static final double SAME_MINIMUM_PARAMETER = 1e-2;

    private final Likelihood likelihood;
    private final double[] lower;
    private final double[] upper;
    private final ProjectedNewton solver;
    private final int maxIterations;

    public Fitter(Likelihood likelihood) {
        this(likelihood, likelihood.lowerBound(Likelihood.POI), likelihood.upperBound(Likelihood.POI),
                DEFAULT_MAX_ITERATIONS);
    }

    private Fitter(Likelihood likelihood, double muLower, double muUpper, int maxIterations) {
        if (!(muLower < muUpper)) {
            throw new IllegalArgumentException("mu range [" + muLower + ", " + muUpper + "]");
        }
        this.likelihood = likelihood;
        this.lower = likelihood.lowerBounds();
        this.upper = likelihood.upperBounds();
        lower[Likelihood.POI] = muLower;
        upper[Likelihood.POI] = muUpper;
        this.maxIterations = maxIterations;
        this.solver = new ProjectedNewton(maxIterations, DEFAULT_EDM);
    }

    /** The same fitter with mu in [lower, upper] (for example (-inf, inf) for a free mu). */
    public Fitter withPoiBounds(double muLower, double muUpper) {
        return new Fitter(likelihood, muLower, muUpper, maxIterations);
    }

    public Fitter withMaxIterations(int iterations) {
        return new Fitter(likelihood, lower[Likelihood.POI], upper[Likelihood.POI], iterations);
    }

    public Likelihood likelihood() {
        return likelihood;
    }

    /** The unconditional fit from the nominal parameters. */
    public FitResult fit(Data data) {
        return fit(data, likelihood.nominal());
    }

    /** The unconditional fit from a start point. */
    public FitResult fit(Data data, double[] start) {
        return minimize(data, start, false);
    }

    /** The fit with mu fixed, from a start point (its mu is replaced). */
    public FitResult fitFixedMu(Data data, double mu, double[] start) {
        double[] x = start.clone();
        x[Likelihood.POI] = mu;
        return minimize(data, x, true);
    }

    private FitResult minimize(Data data, double[] start, boolean muFixed) {
        if (start.length != likelihood.parameterCount()) {
            throw new IllegalArgumentException(start.length + " start values for " + likelihood.parameterCount()
                    + " parameters");
        }
        boolean[] fixed = new boolean[start.length];
        fixed[Likelihood.POI] = muFixed;
        Evaluation evaluation = new Evaluation(likelihood).bind(likelihood.checked(data));
        try {
            ProjectedNewton.Result result = solver.minimize(evaluation, start, lower, upper, fixed);
            return new FitResult(result.x(), result.value(), result.iterations(), result.edm());
        } catch (ProjectedNewton.NotConvergedException e) {
            List<String> atBounds = new ArrayList<>();
            for (int index : e.atBounds()) {
                atBounds.add(likelihood.parameterName(index) + " = " + e.x()[index]);
            }
            throw new FitFailedException("the fit did not converge: " + e.getMessage(), e.iterations(),
                    e.projectedGradient(), e.edm(), atBounds, likelihood.impossibleChannels(e.x(), data));
        }
    }

    /**
     * The distinct minima of the fit at fixed mu, lowest first, from three starts: the nominal
     * parameters, and every lnN at +1/2 and at -1/2. Strongly asymmetric kappas shared by many
     * channels can make -ln L bimodal, and then which minimum a fit finds depends on where it
     * starts (RA2 at mu = 0: DYsysNj at +0.89 or -0.77, -ln L 86.905 or 86.936, a barrier of 0.65
     * between them; random starts find nothing else). A test statistic must compare the lowest
     * minima, so the calculators follow every minimum found here.
     *
     * @throws FitFailedException when no start converges
     */
    public List<FitResult> minimaFixedMu(Data data, double mu) {
        List<double[]> starts = new ArrayList<>();
        for (double probe : new double[] {0, PROBE, -PROBE}) {
            double[] start = likelihood.nominal();
            for (int i = 1; i < start.length; i++) {
                if (likelihood.parameterType(i) == NuisanceParameter.Type.LN_N) {
                    start[i] = probe;
                }
            }
            starts.add(start);
        }
        return minimaFixedMu(data, mu, starts);
    }

    /**
     * The distinct minima of the fit at fixed mu from the given starts, lowest first. The starts
     * are fitted concurrently.
     *
     * @throws FitFailedException when no start converges
     */
    public List<FitResult> minimaFixedMu(Data data, double mu, List<double[]> starts) {
        List<FitResult> minima = new ArrayList<>();
        for (FitResult fit : EachStart.converged(starts, start -> fitFixedMu(data, mu, start))) {
            if (minima.stream().noneMatch(known -> sameMinimum(known, fit))) {
                minima.add(fit);
            }
        }
        minima.sort(Comparator.comparingDouble(FitResult::nll));
        return minima;
    }

    /** Equal -ln L and parameters within the fits' tolerances. */
    private static boolean sameMinimum(FitResult a, FitResult b) {
        if (Math.abs(a.nll() - b.nll()) > SAME_MINIMUM_NLL) {
            return false;
        }
        double[] x = a.parameters();
        double[] y = b.parameters();
        for (int i = 0; i < x.length; i++) {
            if (Math.abs(x[i] - y[i]) > SAME_MINIMUM_PARAMETER) {
                return false;
            }
        }
        return true;
    }

    /**
     * The background-only fit (mu = 0): post-fit yields per channel and per sample, and for every
     * nuisance its fitted value and its error from the inverse Hessian of the parameters not at a
     * bound (NaN for those at a bound and for those the fit does not depend on).
     *
     * @throws FitFailedException if the fit does not converge or the Hessian at its minimum is not
     *         positive definite
     */
    public BackgroundFit backgroundOnly(Data data) {
        FitResult fit = minimaFixedMu(data, 0).get(0);
        double[] x = fit.parameters();
        Evaluation evaluation = new Evaluation(likelihood).bind(data);
        evaluation.valueAndGradient(x, new double[x.length]);
        double[] curvature = new double[x.length];
        evaluation.hessianDiagonal(curvature);
        boolean[] free = new boolean[x.length];
        List<Integer> freeIndices = new ArrayList<>();
        for (int i = 1; i < x.length; i++) {
            // Without curvature the fit does not determine it: an lnU on the signal alone at mu = 0.
            free[i] = x[i] > lower[i] && x[i] < upper[i] && curvature[i] > 0;
            if (free[i]) {
                freeIndices.add(i);
            }
        }
        double[] variances = variances(evaluation, x.length, freeIndices);
        List<Pull> pulls = new ArrayList<>(x.length - 1);
        int next = 0;
        for (int i = 1; i < x.length; i++) {
            double error = free[i] ? Math.sqrt(variances[next++]) : Double.NaN;
            boolean atBound = x[i] <= lower[i] || x[i] >= upper[i];
            pulls.add(new Pull(likelihood.parameterName(i), likelihood.parameterType(i), likelihood.nominal()[i], x[i],
                    error, atBound));
        }
        return new BackgroundFit(fit, likelihood.expected(x), likelihood.expectedPerSample(x), pulls);
    }

    /** The diagonal of the inverse Hessian on the given parameters, at the evaluation's point. */
    private static double[] variances(Evaluation evaluation, int parameters, List<Integer> indices) {
        int n = indices.size();
        if (n == 0) {
            return new double[0];
        }
        double[] unit = new double[parameters];
        double[] column = new double[parameters];
        double[][] hessian = new double[n][n];
        for (int j = 0; j < n; j++) {
            unit[indices.get(j)] = 1;
            evaluation.hessianTimes(unit, column);
            unit[indices.get(j)] = 0;
            for (int i = 0; i < n; i++) {
                hessian[i][j] = column[indices.get(i)];
            }
        }
        RealMatrix inverse;
        try {
            inverse = new CholeskyDecomposition(new Array2DRowRealMatrix(hessian, false), 1e-8, 1e-14).getSolver()
                    .getInverse();
        } catch (NonPositiveDefiniteMatrixException e) {
            throw new FitFailedException("the Hessian at the background-only minimum is not positive definite, "
                    + "so the nuisances have no errors", 0, Double.NaN, Double.NaN, List.of(), List.of());
        }
        double[] variances = new double[n];
        for (int i = 0; i < n; i++) {
            variances[i] = inverse.getEntry(i, i);
        }
        return variances;
    }
}
