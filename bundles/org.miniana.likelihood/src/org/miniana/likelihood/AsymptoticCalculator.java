/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.likelihood;

import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinTask;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.IntStream;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
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
 * Every fit starts from the parameters of the nearest earlier fits, extrapolated in mu, and is
 * made from each minimum of the background-only fit ({@link Fitter#minimaFixedMu}): the lowest
 * counts. The fits from different minima, and the discovery's beside the limit's, run
 * concurrently on the common fork-join pool, with the results of running them in turn.
 */
public final class AsymptoticCalculator {

    /** The quantiles of the expected band, in standard deviations. */
    private static final double[] BAND = {-2, -1, 0, 1, 2};
    /** Limits to 1e-5 relative, far below any physics question. */
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

    /**
     * The 95% CL limit and the discovery significance, sharing the fits to the data. The
     * discovery's fits, which the limit's do not use, run beside them.
     */
    public Inference infer(Data data) {
        Session session = new Session(data);
        // A fork-join task, not a future: joining it runs it on this thread when no other thread
        // has taken it yet, instead of waiting for a free one.
        ForkJoinTask<EachStart.Outcome<Discovery>> discovery = ForkJoinTask
                .adapt(() -> EachStart.outcome(session::discovery)).fork();
        UpperLimit limit = session.limit(0.95);
        return new Inference(limit, discovery.join().get(), session.best.mu());
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

    private static double square(double x) {
        return x * x;
    }

    /** Phi^-1(1 - alpha / 2): sqrt(q_A) at the median expected limit. */
    private static double medianK(double alpha) {
        return Significance.fromPValue(alpha / 2);
    }

    /**
     * The root of an increasing function of mu > 0 from two first guesses: secant steps, kept
     * inside the bracket once the sign has changed (bisection when a step leaves it); it stops when
     * the next step would move mu by less than the accuracy, and returns that next estimate.
     */
    static double increasingRoot(DoubleUnaryOperator f, double first, double second,
            String what) {
        double low = 0;
        double high = Double.POSITIVE_INFINITY;
        double x0 = first;
        double f0 = f.applyAsDouble(x0);
        double x1 = second;
        for (int iteration = 0; iteration < 60; iteration++) {
            double f1 = f.applyAsDouble(x1);
            for (double[] point : new double[][] {{x0, f0}, {x1, f1}}) {
                if (point[1] > 0) {
                    high = Math.min(high, point[0]);
                } else if (point[1] < 0) {
                    low = Math.max(low, point[0]);
                } else {
                    return point[0];
                }
            }
            double next = f1 != f0 ? x1 - f1 * (x1 - x0) / (f1 - f0) : Double.NaN;
            if (!(next > low && next < high)) {
                next = Double.isInfinite(high) ? 2 * Math.max(x1, low) : 0.5 * (low + high);
            }
            if (Math.abs(next - x1) <= RELATIVE_ACCURACY * x1) {
                return next;
            }
            x0 = x1;
            f0 = f1;
            x1 = next;
        }
        throw new IllegalStateException("the " + what + " did not converge: last bracket [" + low + ", " + high + "]");
    }

    /**
     * The fits of one dataset, kept as warm starts. The likelihood may have several minima
     * ({@link Fitter#minimaFixedMu}): every fit is made from each of them (each with its own warm
     * starts) and the lowest counts, so that q~mu always compares lowest minima.
     */
    private final class Session {

        private final Likelihood likelihood;
        private final Data data;
        /** The background-only minima on the data, lowest first: the starts of every fit. */
        private final List<double[]> minima;
        private final FitResult best;
        private final FitResult backgroundOnly;
        private final Data asimov;
        private final double asimovMinimum;
        private final List<TreeMap<Double, double[]>> observedFits;
        private final TreeMap<Double, Double> asimovRoots = new TreeMap<>();
        /** The background-only minima on the Asimov dataset, lowest first. */
        private final List<double[]> asimovMinima;
        private final List<TreeMap<Double, double[]>> asimovFits;

        Session(Data data) {
            this.likelihood = fitter.likelihood();
            this.data = data;
            List<FitResult> backgroundMinima = fitter.minimaFixedMu(data, 0);
            minima = backgroundMinima.stream().map(FitResult::parameters).toList();
            backgroundOnly = backgroundMinima.get(0);
            best = lowest(EachStart.results(minima, start -> fitter.fit(data, start)));
            observedFits = warmStarts(minima);
            asimov = likelihood.asimov(backgroundOnly.parameters());
            asimovMinimum = likelihood.nll(backgroundOnly.parameters(), asimov);
            // The Asimov dataset has its own minima: often one, where the data had two.
            asimovMinima = fitter.minimaFixedMu(asimov, 0, minima).stream().map(FitResult::parameters).toList();
            asimovFits = warmStarts(asimovMinima);
        }

        private static List<TreeMap<Double, double[]>> warmStarts(List<double[]> starts) {
            return starts.stream().map(start -> new TreeMap<Double, double[]>()).toList();
        }

        double qObserved(double mu) {
            if (best.mu() >= mu) {
                return 0;
            }
            FitResult fit = fitAt(data, mu, minima, observedFits);
            return Math.max(0, 2 * (fit.nll() - best.nll()));
        }

        /** sqrt(q_A(mu)), remembered: the band and the observed limit ask for nearby mu. */
        double rootQAsimov(double mu) {
            Double known = asimovRoots.get(mu);
            if (known != null) {
                return known;
            }
            FitResult fit = fitAt(asimov, mu, asimovMinima, asimovFits);
            double root = Math.sqrt(Math.max(0, 2 * (fit.nll() - asimovMinimum)));
            asimovRoots.put(mu, root);
            return root;
        }

        /**
         * The lowest of the fits at mu from every minimum, made concurrently (each minimum has its
         * own warm starts); a start that fails is skipped if another converges.
         */
        private FitResult fitAt(Data d, double mu, List<double[]> starts, List<TreeMap<Double, double[]>> fits) {
            return lowest(EachStart.converged(IntStream.range(0, starts.size()).boxed().toList(),
                    m -> fitAt(d, mu, fits.get(m), starts.get(m))));
        }

        private static FitResult lowest(List<FitResult> fits) {
            return fits.stream().min(Comparator.comparingDouble(FitResult::nll)).orElseThrow();
        }

        /**
         * The fit at mu, started from the parameters of the two nearest earlier fits extrapolated
         * linearly in mu (the nuisances move smoothly with mu: this halves the iterations), and
         * should that start fail, from the nearest fit itself; the fit is remembered.
         */
        private FitResult fitAt(Data d, double mu, TreeMap<Double, double[]> fits, double[] fallback) {
            Double nearest = null;
            Double second = null;
            for (Double key : fits.keySet()) {
                if (nearest == null || Math.abs(key - mu) < Math.abs(nearest - mu)) {
                    second = nearest;
                    nearest = key;
                } else if (second == null || Math.abs(key - mu) < Math.abs(second - mu)) {
                    second = key;
                }
            }
            double[] near = nearest == null ? fallback : fits.get(nearest);
            FitResult fit = null;
            if (second != null) {
                double[] far = fits.get(second);
                double[] x = near.clone();
                double t = (mu - nearest) / (nearest - second);
                for (int i = 0; i < x.length; i++) {
                    x[i] += t * (x[i] - far[i]);
                }
                try {
                    fit = fitter.fitFixedMu(d, mu, x);
                } catch (FitFailedException e) {
                    // an extrapolation too far: start again from the nearest fit
                }
            }
            if (fit == null) {
                fit = fitter.fitFixedMu(d, mu, near);
            }
            fits.put(mu, fit.parameters());
            return fit;
        }

        UpperLimit limit(double confidenceLevel) {
            if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
                throw new IllegalArgumentException("confidence level " + confidenceLevel);
            }
            double alpha = 1 - confidenceLevel;
            double[] expected = new double[BAND.length];
            // sqrt(q_A) is nearly mu / sigma: each solution is predicted from the earlier ones.
            double sigma = initialSigma();
            for (int b : new int[] {2, 1, 3, 0, 4}) {
                double k = BAND[b] + Significance.fromPValue(alpha * Significance.toPValue(-BAND[b]));
                expected[b] = expectedLimit(k, sigma);
            }
            double logAlpha = Math.log(alpha);
            double guess = approximateObserved(alpha, expected[2] / medianK(alpha));
            double observed = increasingRoot(mu -> logAlpha - Math.log(cls(qObserved(mu), square(rootQAsimov(mu)))),
                    guess, guess * 1.02, "observed limit");
            return new UpperLimit(Method.ASYMPTOTIC, confidenceLevel, observed, expected[0], expected[1],
                    expected[2], expected[3], expected[4]);
        }

        /**
         * mu with sqrt(q_A(mu)) = k: secant steps through the two remembered points nearest to k,
         * so that every band edge starts from the ones solved before it.
         */
        private double expectedLimit(double k, double sigma) {
            double mu = asimovRoots.isEmpty() ? sigma * k : predict(k);
            for (int iteration = 0; iteration < 50; iteration++) {
                rootQAsimov(mu);
                double next = predict(k);
                if (Math.abs(next - mu) <= RELATIVE_ACCURACY * mu) {
                    return next;
                }
                mu = next;
            }
            throw new IllegalStateException("the expected limit for sqrt(q_A) = " + k + " did not converge, last mu "
                    + mu);
        }

        /** The mu where the line through the two remembered (mu, sqrt q_A) nearest to k reaches k. */
        private double predict(double k) {
            double mu1 = Double.NaN;
            double mu2 = Double.NaN;
            double d1 = Double.POSITIVE_INFINITY;
            double d2 = Double.POSITIVE_INFINITY;
            for (var entry : asimovRoots.entrySet()) {
                double d = Math.abs(entry.getValue() - k);
                if (d < d1) {
                    mu2 = mu1;
                    d2 = d1;
                    mu1 = entry.getKey();
                    d1 = d;
                } else if (d < d2) {
                    mu2 = entry.getKey();
                    d2 = d;
                }
            }
            double r1 = asimovRoots.get(mu1);
            double next = Double.NaN;
            if (!Double.isNaN(mu2) && asimovRoots.get(mu2) != r1) {
                next = mu1 + (k - r1) * (mu2 - mu1) / (asimovRoots.get(mu2) - r1);
            }
            if (!(next > mu1 / 10 && next < mu1 * 10)) {
                // sqrt(q_A) proportional to mu: safe where the secant is not
                next = r1 > 0 ? mu1 * Math.min(10, Math.max(0.1, k / r1)) : mu1 * 10;
            }
            return next;
        }

        /**
         * The error on mu from the Fisher information of the Asimov dataset without profiling,
         * 1 / sqrt(sum s^2 / b), a bin without background counted as one with b = s: only the start
         * of the search.
         */
        private double initialSigma() {
            double[] at = backgroundOnly.parameters();
            double[] background = likelihood.expected(at);
            at[Likelihood.POI] = 1;
            double[] total = likelihood.expected(at);
            double information = 0;
            for (int c = 0; c < total.length; c++) {
                double s = total[c] - background[c];
                if (s > 0) {
                    information += s * s / Math.max(background[c], s);
                }
            }
            if (!(information > 0)) {
                throw new IllegalStateException("the model has no signal at mu = 1");
            }
            return 1 / Math.sqrt(information);
        }

        /** The observed limit if q~mu were ((mu - mu_hat) / sigma)^2 with the median's sigma. */
        private double approximateObserved(double alpha, double sigma) {
            double muHat = Math.max(0, best.mu());
            DoubleUnaryOperator f = mu -> {
                double q = mu > muHat ? square((mu - muHat) / sigma) : 0;
                return Math.log(alpha) - Math.log(cls(q, square(mu / sigma)));
            };
            double high = muHat + 10 * sigma;
            while (f.applyAsDouble(high) < 0) {
                high *= 2;
            }
            return new BrentSolver(1e-6, 1e-9 * sigma).solve(200, f::applyAsDouble, 1e-9 * sigma, high);
        }

        Discovery discovery() {
            double q0 = best.mu() > 0 ? Math.max(0, 2 * (backgroundOnly.nll() - best.nll())) : 0;
            double z = Math.sqrt(q0);
            FitResult signal = lowest(EachStart.results(minima, start -> fitter.fitFixedMu(data, 1, start)));
            Data asimovSignal = likelihood.asimov(signal.parameters());
            double signalMinimum = likelihood.nll(signal.parameters(), asimovSignal);
            FitResult zero = lowest(EachStart.results(minima, start -> fitter.fitFixedMu(asimovSignal, 0, start)));
            double expected = Math.sqrt(Math.max(0, 2 * (zero.nll() - signalMinimum)));
            return new Discovery(Method.ASYMPTOTIC, q0, Significance.toPValue(z), z, expected);
        }
    }
}
