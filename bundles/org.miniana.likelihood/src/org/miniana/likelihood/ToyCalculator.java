/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.likelihood;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleFunction;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.IntStream;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.miniana.stats.Significance;

/**
 * CLs limits and discovery significances from pseudo-experiments, for small counts where the
 * asymptotic formulas are poor. The toys are generated at the nuisances fitted to the data under
 * each hypothesis, with the global observables re-sampled (the LHC frequentist recipe, as
 * Combine's HybridNew with --frequentist), and the same test statistics as
 * {@link AsymptoticCalculator}; the fits to the data follow every minimum of the background-only
 * fit ({@link Fitter#minimaFixedMu}), a toy's fits start where the toy was generated. Every mu
 * uses the same seed, so that CLs(mu) is a smooth function of mu; results are reproducible for a
 * seed. Limits are read off a grid of mu around the asymptotic limits, as HybridNew's grids are:
 * log CLs is interpolated linearly between the two grid points around the crossing. The expected band
 * comes from the same toys: at quantile N the background-only q~mu below which a fraction
 * Phi(-N) of the toys lie plays the observed value. The grid's points are computed in parallel.
 */
public final class ToyCalculator {

    private static final double[] BAND = {-2, -1, 0, 1, 2};
    /** Test statistics closer than this are equal: fits converge to about 1e-12 in -ln L, q far below this. */
    private static final double TIE = 1e-6;
    /** Points of the limit grid: neighbours 20-25% apart over the asymptotic band's range. */
    private static final int GRID = 16;

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
        return ratio(session.distributions(mu), session.qObserved(mu));
    }

    /**
     * The limit on a grid from half the smallest to twice the largest asymptotic value (observed
     * and expected band).
     */
    public UpperLimit upperLimit(Data data, double confidenceLevel) {
        return new Session(data).limit(confidenceLevel);
    }

    /**
     * The p-value of q0 among background-only toys; Z is +infinity when no toy reaches the data's
     * q0 (then more toys are needed), and 0 when p is 1. Expected: the same for the median q0 of
     * toys at mu = 1.
     */
    public Discovery discovery(Data data) {
        return new Session(data).discovery();
    }

    /** The 95% CL limit and the discovery significance, sharing the fits to the data. */
    public Inference infer(Data data) {
        Session session = new Session(data);
        return new Inference(session.limit(0.95), session.discovery(), session.best.mu());
    }

    /** Sorted q~mu of toys at mu (signal plus background) and at mu = 0 (background only). */
    private record Distributions(double[] signal, double[] background) {
    }

    private final class Session {

        private final Likelihood likelihood = fitter.likelihood();
        private final Data data;
        /** The background-only minima on the data, lowest first: the starts of the data's fits. */
        private final List<double[]> minima;
        private final FitResult backgroundOnly;
        private final FitResult best;
        private final double[] zero;
        private final Map<Double, FitResult> dataFits = new ConcurrentHashMap<>();
        private final Map<Double, Distributions> cache = new ConcurrentHashMap<>();

        Session(Data data) {
            this.data = data;
            List<FitResult> backgroundMinima = fitter.minimaFixedMu(data, 0);
            minima = backgroundMinima.stream().map(FitResult::parameters).toList();
            backgroundOnly = backgroundMinima.get(0);
            zero = backgroundOnly.parameters();
            best = lowest(minima.stream().map(start -> fitter.fit(data, start)).toList());
        }

        private static FitResult lowest(List<FitResult> fits) {
            return fits.stream().min(Comparator.comparingDouble(FitResult::nll)).orElseThrow();
        }

        /** The data's fit at mu from every minimum, the lowest; remembered. */
        private FitResult dataFit(double mu) {
            return remembered(dataFits, mu,
                    m -> lowest(minima.stream().map(start -> fitter.fitFixedMu(data, m, start)).toList()));
        }

        /** Computed outside the map's locks: the grid's points are computed in parallel. */
        private static <T> T remembered(Map<Double, T> known, double mu, DoubleFunction<T> compute) {
            T value = known.get(mu);
            if (value == null) {
                value = compute.apply(mu);
                known.putIfAbsent(mu, value);
            }
            return value;
        }

        double qObserved(double mu) {
            return best.mu() >= mu ? 0 : Math.max(0, 2 * (dataFit(mu).nll() - best.nll()));
        }

        UpperLimit limit(double confidenceLevel) {
            if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
                throw new IllegalArgumentException("confidence level " + confidenceLevel);
            }
            double alpha = 1 - confidenceLevel;
            UpperLimit asymptotic = new AsymptoticCalculator(fitter).upperLimit(data, confidenceLevel);
            double low = Math.min(asymptotic.observed(), asymptotic.expectedMinus2()) / 2;
            double high = Math.max(asymptotic.observed(), asymptotic.expectedPlus2()) * 2;
            double[] grid = new double[GRID];
            for (int i = 0; i < GRID; i++) {
                grid[i] = low * Math.pow(high / low, i / (GRID - 1.0));
            }
            IntStream.range(0, GRID).parallel().forEach(i -> distributions(grid[i]));
            double observed = crossing(grid, mu -> ratio(distributions(mu), qObserved(mu)), alpha, "observed");
            double[] expected = new double[BAND.length];
            for (int b = 0; b < BAND.length; b++) {
                double fraction = Significance.toPValue(BAND[b]);
                expected[b] = crossing(grid, mu -> {
                    Distributions d = distributions(mu);
                    return ratio(d, quantile(d.background, fraction));
                }, alpha, BAND[b] + " sigma expected");
            }
            return new UpperLimit(Method.TOYS, confidenceLevel, observed, expected[0], expected[1], expected[2],
                    expected[3], expected[4]);
        }

        Discovery discovery() {
            double q0 = best.mu() > 0 ? Math.max(0, 2 * (backgroundOnly.nll() - best.nll())) : 0;
            double[] background = new double[toys];
            double[] signal = new double[toys];
            RandomGenerator random = new Well19937c(seed);
            double[] one = dataFit(1).parameters();
            for (int t = 0; t < toys; t++) {
                background[t] = toyQ0(likelihood.toy(zero, random), zero);
                signal[t] = toyQ0(likelihood.toy(one, random), one);
            }
            Arrays.sort(background);
            Arrays.sort(signal);
            double p = tail(background, q0);
            double medianP = tail(background, signal[toys / 2]);
            // q0 = 0 for half the toys or more: p = 1 is Z = 0, as the asymptotic Z of q0 = 0
            return new Discovery(Method.TOYS, q0, p, Math.max(0, Significance.fromPValue(p)),
                    Math.max(0, Significance.fromPValue(medianP)));
        }

        /** q0 of a toy, its fits started where it was generated. */
        private double toyQ0(Data toy, double[] start) {
            FitResult fit = fitter.fit(toy, start);
            return fit.mu() <= 0 ? 0 : Math.max(0, 2 * (fitter.fitFixedMu(toy, 0, start).nll() - fit.nll()));
        }

        Distributions distributions(double mu) {
            return remembered(cache, mu, m -> {
                double[] atMu = dataFit(m).parameters();
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

        /** q~mu of a toy, its fits started where it was generated. */
        private double qToy(Data toy, double mu, double[] start) {
            FitResult fit = fitter.fit(toy, start);
            return fit.mu() >= mu ? 0 : Math.max(0, 2 * (fitter.fitFixedMu(toy, mu, start).nll() - fit.nll()));
        }
    }

    /**
     * The mu where CLs, decreasing along the grid, first falls below alpha, interpolated between the
     * two grid points around it.
     */
    private static double crossing(double[] grid, DoubleUnaryOperator cls, double alpha, String what) {
        double previous = cls.applyAsDouble(grid[0]);
        if (previous < alpha) {
            throw new IllegalStateException("the " + what + " CLs from toys is below " + alpha + " already at mu = "
                    + grid[0] + ", the grid's start");
        }
        for (int i = 1; i < grid.length; i++) {
            double current = cls.applyAsDouble(grid[i]);
            if (current < alpha) {
                // CLs falls about exponentially in mu: a straight line in log CLs where it has one
                double fraction = current > 0 ? Math.log(previous / alpha) / Math.log(previous / current)
                        : (previous - alpha) / (previous - current);
                return grid[i - 1] + fraction * (grid[i] - grid[i - 1]);
            }
            previous = current;
        }
        throw new IllegalStateException("the " + what + " CLs from toys stays above " + alpha + " up to mu = "
                + grid[grid.length - 1] + ", the grid's end");
    }

    private static double ratio(Distributions d, double q) {
        double clb = tail(d.background, q);
        return clb > 0 ? tail(d.signal, q) / clb : 1;
    }

    /**
     * The fraction of the sorted values at or above q, within the fits' precision: toys with the
     * data's counts must tie with the data however their fits started (with few events such ties
     * carry much of the probability).
     */
    private static double tail(double[] sorted, double q) {
        double threshold = q - TIE;
        int index = Arrays.binarySearch(sorted, threshold);
        if (index < 0) {
            index = -index - 1;
        } else {
            while (index > 0 && sorted[index - 1] >= threshold) {
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
}
