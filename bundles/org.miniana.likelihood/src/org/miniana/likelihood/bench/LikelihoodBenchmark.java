/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.likelihood.bench;

import java.util.Arrays;
import java.util.Locale;

import org.miniana.core.model.StatisticalModel;
import org.miniana.likelihood.AsymptoticCalculator;
import org.miniana.likelihood.Data;
import org.miniana.likelihood.Fitter;
import org.miniana.likelihood.Inference;
import org.miniana.likelihood.Likelihood;
import org.miniana.likelihood.UpperLimit;

/**
 * Times the full-likelihood path for one model (with its signal rates filled in): compiling the
 * likelihood, one unconditional fit from the nominal parameters, and the observed and expected
 * 95% CL limit with both significances ({@link AsymptoticCalculator#infer}). Each step is
 * repeated and the median wall time on the calling thread reported, after warm-up runs that let
 * the JIT compile the loops.
 */
public final class LikelihoodBenchmark {

    /**
     * Median times in milliseconds, the model's size and the inference result.
     *
     * @param modifiers the number of (channel, sample, nuisance) entries
     */
    public record Report(int channels, int parameters, int modifiers, int repetitions, double compileMillis,
            double fitMillis, double inferenceMillis, Inference inference) {

        /** One line per step, for {@code miniana bench}. */
        public String describe() {
            UpperLimit limit = inference.limit();
            return String.format(Locale.ROOT,
                    "full likelihood: %d channels, %d parameters, %d modifiers (median of %d runs, warm)%n"
                            + "  compile                       %8.2f ms%n"
                            + "  one fit                       %8.2f ms%n"
                            + "  limit (obs + band) + obs/exp Z %8.2f ms%n"
                            + "  mu_up observed %.4g, expected %.4g [%.4g, %.4g] (68%%) [%.4g, %.4g] (95%%); "
                            + "Z observed %.3f, expected %.3f",
                    channels, parameters, modifiers, repetitions, compileMillis, fitMillis, inferenceMillis,
                    limit.observed(), limit.expectedMedian(), limit.expectedMinus1(), limit.expectedPlus1(),
                    limit.expectedMinus2(), limit.expectedPlus2(), inference.discovery().observedZ(),
                    inference.discovery().expectedZ());
        }
    }

    private LikelihoodBenchmark() {
    }

    /**
     * @param model the model with the signal of interest (for instance from
     *        {@link StatisticalModel#withSignal})
     * @param warmUp untimed runs of every step first
     * @param repetitions timed runs of every step
     */
    public static Report run(StatisticalModel model, int warmUp, int repetitions) {
        if (warmUp < 0 || repetitions < 1) {
            throw new IllegalArgumentException("warm-up " + warmUp + ", repetitions " + repetitions);
        }
        double[] compile = new double[repetitions];
        double[] fit = new double[repetitions];
        double[] inference = new double[repetitions];
        Inference result = null;
        Likelihood likelihood = null;
        for (int run = -warmUp; run < repetitions; run++) {
            long t0 = System.nanoTime();
            likelihood = Likelihood.of(model);
            long t1 = System.nanoTime();
            Fitter fitter = new Fitter(likelihood);
            Data data = likelihood.observed();
            fitter.fit(data);
            long t2 = System.nanoTime();
            result = new AsymptoticCalculator(fitter).infer(data);
            long t3 = System.nanoTime();
            if (run >= 0) {
                compile[run] = (t1 - t0) / 1e6;
                fit[run] = (t2 - t1) / 1e6;
                inference[run] = (t3 - t2) / 1e6;
            }
        }
        return new Report(model.channels().size(), likelihood.parameterCount(), model.modifierCount(), repetitions,
                median(compile), median(fit), median(inference), result);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }
}
