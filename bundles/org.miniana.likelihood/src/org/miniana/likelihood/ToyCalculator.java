/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.likelihood;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.miniana.stats.Significance;

/**
 * CLs limits and discovery significances from pseudo-experiments, for small counts where the
 * asymptotic formulas are poor. The toys are generated at the nuisances fitted to the data under
 * each hypothesis, with the global observables re-sampled (the LHC frequentist recipe, as
 * Combine's HybridNew with --frequentist), and the same test statistics as
 * {@link AsymptoticCalculator}. Every mu uses the same seed, so that CLs(mu) is a smooth function
 * of mu for the root finding; results are reproducible for a seed. The expected band comes from
 * the same toys: at quantile N the background-only q~mu below which a fraction Phi(-N) of the
 * toys lie plays the observed value.
 */
public final class ToyCalculator {

    private static final double[] BAND = {-2, -1, 0, 1, 2};

    private final Fitter fitter;
    private final long seed;
    private final int toys;

    public ToyCalculator(Fitter fitter, long seed, int toys) {
        if (toys < 10) {
            throw new IllegalArgumentException("at least 10 toys, not " + toys);
        }
        this.fitter = fitter;
        this.seed = seed;
        this.toys = toys;
    }

    /** The observed CLs of mu. */
    public double cls(Data data, double mu) {
        Session session = new Session(data);
        Distributions d = session.distributions(mu);
        return ratio(d, session.qObserved(mu, data, session.best));
    }

    /**
     * The limit searched between a fifth of the smallest and three times the largest asymptotic
     * value.
     */
    public UpperLimit upperLimit(Data data, double confidenceLevel) {
        UpperLimit asymptotic = new AsymptoticCalculator(fitter).upperLimit(data, confidenceLevel);
        double low = Math.min(asymptotic.observed(), asymptotic.expectedMinus2()) / 5;
        double high = Math.max(asymptotic.observed(), asymptotic.expectedPlus2()) * 3;
        return upperLimit(data, confidenceLevel, low, high);
    }

    /** The limit searched in [muLow, muHigh], where CLs must cross 1 - confidenceLevel. */
    public UpperLimit upperLimit(Data data, double confidenceLevel, double muLow, double muHigh) {
        double alpha = 1 - confidenceLevel;
        Session session = new Session(data);
        double observed = bisect(mu -> ratio(session.distributions(mu), session.qObserved(mu, data, session.best))
                - alpha, muLow, muHigh);
        double[] expected = new double[BAND.length];
        for (int b = 0; b < BAND.length; b++) {
            double fraction = Significance.toPValue(BAND[b]);
            expected[b] = bisect(mu -> {
                Distributions d = session.distributions(mu);
                return ratio(d, quantile(d.background, fraction)) - alpha;
            }, muLow, muHigh);
        }
        return new UpperLimit(Method.TOYS, confidenceLevel, observed, expected[0], expected[1], expected[2],
                expected[3], expected[4]);
    }

    /**
     * The p-value of q0 among background-only toys; Z is +infinity when no toy reaches the data's
     * q0 (then more toys are needed). Expected: the same for the median q0 of toys at mu = 1.
     */
    public Discovery discovery(Data data) {
        Session session = new Session(data);
        Likelihood likelihood = fitter.likelihood();
        double q0 = session.q0(data, session.best.parameters());
        double[] background = new double[toys];
        double[] signal = new double[toys];
        RandomGenerator random = new Well19937c(seed);
        double[] one = fitter.fitFixedMu(data, 1, session.best.parameters()).parameters();
        for (int t = 0; t < toys; t++) {
            background[t] = session.q0(likelihood.toy(session.zero, random), session.zero);
            signal[t] = session.q0(likelihood.toy(one, random), one);
        }
        Arrays.sort(background);
        Arrays.sort(signal);
        double p = tail(background, q0);
        double medianP = tail(background, signal[toys / 2]);
        return new Discovery(Method.TOYS, q0, p, Significance.fromPValue(p), Significance.fromPValue(medianP));
    }

    /** Sorted q~mu of toys at mu (signal plus background) and at mu = 0 (background only). */
    private record Distributions(double[] signal, double[] background) {
    }

    private final class Session {

        private final Data data;
        private final FitResult best;
        private final double[] zero;
        private final Map<Double, Distributions> cache = new HashMap<>();

        Session(Data data) {
            this.data = data;
            best = fitter.fit(data);
            zero = fitter.fitFixedMu(data, 0, best.parameters()).parameters();
        }

        double qObserved(double mu, Data d, FitResult fit) {
            if (fit.mu() >= mu) {
                return 0;
            }
            return Math.max(0, 2 * (fitter.fitFixedMu(d, mu, fit.parameters()).nll() - fit.nll()));
        }

        double q0(Data d, double[] start) {
            FitResult fit = fitter.fit(d, start);
            if (fit.mu() <= 0) {
                return 0;
            }
            return Math.max(0, 2 * (fitter.fitFixedMu(d, 0, fit.parameters()).nll() - fit.nll()));
        }

        Distributions distributions(double mu) {
            return cache.computeIfAbsent(mu, m -> {
                Likelihood likelihood = fitter.likelihood();
                double[] atMu = fitter.fitFixedMu(data, m, best.parameters()).parameters();
                RandomGenerator random = new Well19937c(seed);
                double[] signal = new double[toys];
                double[] background = new double[toys];
                for (int t = 0; t < toys; t++) {
                    signal[t] = qToy(likelihood.toy(atMu, random), m, atMu);
                    background[t] = qToy(likelihood.toy(zero, random), m, zero);
                }
                Arrays.sort(signal);
                Arrays.sort(background);
                return new Distributions(signal, background);
            });
        }

        private double qToy(Data toy, double mu, double[] start) {
            return qObserved(mu, toy, fitter.fit(toy, start));
        }
    }

    private static double ratio(Distributions d, double q) {
        double clb = tail(d.background, q);
        return clb > 0 ? tail(d.signal, q) / clb : 1;
    }

    /** The fraction of the sorted values at or above q. */
    private static double tail(double[] sorted, double q) {
        int index = Arrays.binarySearch(sorted, q);
        if (index < 0) {
            index = -index - 1;
        } else {
            while (index > 0 && sorted[index - 1] >= q) {
                index--;
            }
        }
        return (sorted.length - index) / (double) sorted.length;
    }

    /** The value below which the given fraction of the sorted values lie. */
    private static double quantile(double[] sorted, double fraction) {
        int index = (int) Math.min(sorted.length - 1, Math.max(0, Math.floor(fraction * sorted.length)));
        return sorted[index];
    }

    /** The root of a decreasing function of mu in [low, high], to 0.1% of mu. */
    private static double bisect(java.util.function.DoubleUnaryOperator f, double low, double high) {
        double fLow = f.applyAsDouble(low);
        double fHigh = f.applyAsDouble(high);
        if (fLow < 0 || fHigh > 0) {
            throw new IllegalArgumentException("CLs does not cross the level in [" + low + ", " + high + "]: "
                    + fLow + ", " + fHigh);
        }
        while (high - low > 1e-3 * high) {
            double mid = 0.5 * (low + high);
            if (f.applyAsDouble(mid) > 0) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return 0.5 * (low + high);
    }
}
