/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.likelihood;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.miniana.stats.Significance;

/**
 * Asymptotic CLs limits with the LHC test statistic q~mu and discovery significances with q0
 * (Cowan, Cranmer, Gross, Vitells, arXiv:1007.1727, sections 3.4-3.7 and 5).
 * <ul>
 * <li>q~mu = 2 [NLL(mu, theta_mu) - NLL(mu_hat, theta_hat)] for mu_hat <= mu and 0 above, with
 * mu_hat >= 0 (the fit's bound; this is the clipping of q~mu: for mu_hat < 0 the reference is
 * mu = 0).</li>
 * <li>The Asimov dataset is the expectation at mu = 0 with the nuisances of the background-only
 * fit to the data, and global observables at those values (Combine's AsymptoticLimits does the
 * same); q_A(mu) is q~mu on it, and sigma^2 = mu^2 / q_A.</li>
 * <li>CLs = (1 - F(q | mu)) / (1 - F(q | 0)) with F of eq. (65): for q <= q_A
 * CLs = (1 - Phi(sqrt q)) / Phi(sqrt q_A - sqrt q), above it the Gaussian branch of eq. (66).</li>
 * <li>The expected limit at N standard deviations solves sqrt(q_A(mu)) = N + Phi^-1(1 - alpha
 * Phi(N)) (eq. (89) with sigma taken at that mu, not at a reference point).</li>
 * <li>Discovery: Z = sqrt(q0) of the data; expected Z = sqrt(q0) of the Asimov dataset at mu = 1
 * with the nuisances fitted to the data at mu = 1.</li>
 * </ul>
 * Each root is found with fits warm-started from the previous one.
 */
public final class AsymptoticCalculator {

    /** The quantiles of the expected band, in standard deviations. */
    private static final double[] BAND = {-2, -1, 0, 1, 2};
    private static final double RELATIVE_ACCURACY = 1e-5;

    private final Fitter fitter;

    public AsymptoticCalculator(Fitter fitter) {
        this.fitter = fitter;
    }

    /** The 95% CL upper limit. */
    public UpperLimit upperLimit(Data data) {
        return upperLimit(data, 0.95);
    }

    public UpperLimit upperLimit(Data data, double confidenceLevel) {
        return new Session(data).limit(confidenceLevel);
    }

    public Discovery discovery(Data data) {
        return new Session(data).discovery();
    }

    /** The 95% CL limit and the discovery significance, sharing the fits to the data. */
    public Inference infer(Data data) {
        Session session = new Session(data);
        return new Inference(session.limit(0.95), session.discovery());
    }

    /** CLs for an observed q~mu and the Asimov q_A(mu) (eqs. (65)-(66) of arXiv:1007.1727). */
    static double cls(double q, double qA) {
        if (qA <= 0) {
            return 1;
        }
        double sq = Math.sqrt(q);
        double sqA = Math.sqrt(qA);
        if (q <= qA) {
            return Significance.toPValue(sq) / Significance.toPValue(sq - sqA);
        }
        return Significance.toPValue((q + qA) / (2 * sqA)) / Significance.toPValue((q - qA) / (2 * sqA));
    }

    /** The fits of one dataset, kept as warm starts. */
    private final class Session {

        private final Likelihood likelihood;
        private final Data data;
        private final FitResult best;
        private final FitResult backgroundOnly;
        private final Data asimov;
        private final double asimovMinimum;
        private double[] warm;
        private double[] warmAsimov;

        Session(Data data) {
            this.likelihood = fitter.likelihood();
            this.data = data;
            double[] nominal = likelihood.nominal();
            best = fitter.fit(data, nominal);
            backgroundOnly = fitter.fitFixedMu(data, 0, best.parameters());
            asimov = likelihood.asimov(backgroundOnly.parameters());
            asimovMinimum = likelihood.nll(backgroundOnly.parameters(), asimov);
            warm = best.parameters();
            warmAsimov = backgroundOnly.parameters();
        }

        double qObserved(double mu) {
            if (best.mu() >= mu) {
                return 0;
            }
            FitResult fit = fitter.fitFixedMu(data, mu, warm);
            warm = fit.parameters();
            return Math.max(0, 2 * (fit.nll() - best.nll()));
        }

        double qAsimov(double mu) {
            FitResult fit = fitter.fitFixedMu(asimov, mu, warmAsimov);
            warmAsimov = fit.parameters();
            return Math.max(0, 2 * (fit.nll() - asimovMinimum));
        }

        UpperLimit limit(double confidenceLevel) {
            if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
                throw new IllegalArgumentException("confidence level " + confidenceLevel);
            }
            double alpha = 1 - confidenceLevel;
            double[] expected = new double[BAND.length];
            double mu = initialGuess();
            // From the median outwards, so that each solution warm-starts its neighbour.
            int[] order = {2, 1, 0, 3, 4};
            for (int b : order) {
                double n = BAND[b];
                double k = n + Significance.fromPValue(alpha * Significance.toPValue(-n));
                expected[b] = solveAsimov(k, b == 3 ? expected[2] : mu);
                mu = expected[b];
            }
            double observed = solveObserved(alpha, expected[2]);
            return new UpperLimit(Method.ASYMPTOTIC, confidenceLevel, observed, expected[0], expected[1],
                    expected[2], expected[3], expected[4]);
        }

        /** A first mu: where the Asimov q_A would be 4 if it grew as mu^2 from mu = 1. */
        private double initialGuess() {
            double q1 = qAsimov(1);
            if (q1 <= 0) {
                throw new IllegalStateException("the model has no signal: q_A(mu = 1) = " + q1);
            }
            return 2 / Math.sqrt(q1);
        }

        /** mu with sqrt(q_A(mu)) = k, by secant steps (sqrt q_A is nearly linear in mu). */
        private double solveAsimov(double k, double start) {
            double mu = start;
            double previousMu = Double.NaN;
            double previousH = Double.NaN;
            for (int iteration = 0; iteration < 50; iteration++) {
                double s = Math.sqrt(qAsimov(mu));
                double h = s - k;
                if (Math.abs(h) <= RELATIVE_ACCURACY * k) {
                    return mu;
                }
                double next = Double.isNaN(previousMu) || h == previousH ? Double.NaN
                        : mu - h * (mu - previousMu) / (h - previousH);
                if (!(next > mu / 10 && next < mu * 10)) {
                    // q_A proportional to mu^2, a safe step when the secant is not.
                    next = s > 0 ? mu * Math.min(10, k / s) : mu * 10;
                }
                previousMu = mu;
                previousH = h;
                mu = next;
            }
            throw new IllegalStateException("the expected limit for sqrt(q_A) = " + k + " did not converge, last mu "
                    + mu);
        }

        private double solveObserved(double alpha, double median) {
            double logAlpha = Math.log(alpha);
            java.util.function.DoubleUnaryOperator f = mu -> Math.log(cls(qObserved(mu), qAsimov(mu))) - logAlpha;
            double low = median;
            double high = median;
            double fLow = f.applyAsDouble(low);
            double fHigh = fLow;
            for (int i = 0; fLow < 0 && i < 60; i++) {
                high = low;
                fHigh = fLow;
                low /= 2;
                fLow = f.applyAsDouble(low);
            }
            for (int i = 0; fHigh > 0 && i < 60; i++) {
                low = high;
                fLow = fHigh;
                high *= 2;
                fHigh = f.applyAsDouble(high);
            }
            if (fLow < 0 || fHigh > 0) {
                throw new IllegalStateException("CLs = " + alpha + " not bracketed: CLs(" + low + ") and CLs(" + high
                        + ")");
            }
            if (fLow == 0) {
                return low;
            }
            if (fHigh == 0) {
                return high;
            }
            try {
                return new BrentSolver(RELATIVE_ACCURACY, RELATIVE_ACCURACY * median).solve(100, f::applyAsDouble, low,
                        high);
            } catch (TooManyEvaluationsException e) {
                throw new IllegalStateException("the observed limit did not converge in [" + low + ", " + high + "]",
                        e);
            }
        }

        Discovery discovery() {
            double q0 = best.mu() > 0 ? Math.max(0, 2 * (backgroundOnly.nll() - best.nll())) : 0;
            double z = Math.sqrt(q0);
            FitResult signal = fitter.fitFixedMu(data, 1, best.parameters());
            Data asimovSignal = likelihood.asimov(signal.parameters());
            double signalMinimum = likelihood.nll(signal.parameters(), asimovSignal);
            FitResult zero = fitter.fitFixedMu(asimovSignal, 0, backgroundOnly.parameters());
            double expected = Math.sqrt(Math.max(0, 2 * (zero.nll() - signalMinimum)));
            return new Discovery(Method.ASYMPTOTIC, q0, Significance.toPValue(z), z, expected);
        }
    }
}
