/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.analysis;

import java.time.Instant;
import java.util.List;

import org.miniana.core.LikelihoodResult;
import org.miniana.core.SearchResult;
import org.miniana.core.SignalModel;
import org.miniana.core.model.StatisticalModel;
import org.miniana.optimize.OptimizationProblem;
import org.miniana.optimize.OptimizationResult;
import org.miniana.optimize.OptimizerDescriptor;
import org.miniana.optimize.OptimizerRegistry;

/**
 * Designs the most sensitive single-bin analysis of a search for a model and tests it: the
 * optimizer chooses bins blind (it sees no observed counts), then the merged bin's expected and
 * observed p-values and 95% CL limits are computed. Thread-safe: a scan runs many at once.
 */
public final class SingleBinAnalysis {

    private final OptimizerRegistry optimizers;

    public SingleBinAnalysis(OptimizerRegistry optimizers) {
        this.optimizers = optimizers;
    }

    /** Uses the optimizers contributed to the running platform. */
    public static SingleBinAnalysis fromPlatform() {
        return new SingleBinAnalysis(OptimizerRegistry.fromPlatform());
    }

    /**
     * Designs and tests the merged bin only, without the search's statistical model: the signal's
     * uncertainty is then its MC statistical error alone.
     *
     * @throws IllegalArgumentException for an unknown optimizer, or a model that does not fit the search
     * @throws NoSensitivityException when no selection has expected sensitivity
     */
    public AnalysisOutcome run(SearchResult search, SignalModel model, AnalysisOptions options) {
        return run(search, null, model, options);
    }

    /**
     * Designs and tests the merged bin, and tests the model with the search's full likelihood
     * beside it when the options ask for it and the search has one. The merged bin's signal
     * uncertainty comes from the nuisances the full likelihood puts on the model's signal
     * ({@link SignalUncertainty#of}), also when only the merged bin is tested; without a statistical
     * model from the model's MC statistical errors.
     *
     * @param fullModel the search's statistical model, or null when it has none
     * @throws IllegalArgumentException for an unknown optimizer, a model that does not fit the
     *         search, or only the full likelihood asked of a search without one
     * @throws NoSensitivityException when no selection has expected sensitivity
     * @throws org.miniana.likelihood.FitFailedException when a fit of the full likelihood fails
     */
    public AnalysisOutcome run(SearchResult search, StatisticalModel fullModel, SignalModel model,
            AnalysisOptions options) {
        if (options.statistics() == Statistics.FULL && fullModel == null) {
            throw new IllegalArgumentException("The search " + search.analysis().name() + " has no full likelihood (it"
                    + " was imported without datacards); use --statistics one-bin");
        }
        OptimizationProblem problem = OptimizationProblem.of(search, model, options.errors());
        OptimizationResult chosen = optimizers.run(options.optimizer(), problem, options.figureOfMerit())
                .orElseThrow(() -> new IllegalArgumentException("Unknown optimizer '" + options.optimizer()
                        + "'; known: " + String.join(", ", optimizers.descriptors().stream().map(OptimizerDescriptor::id).toList())));
        if (!chosen.sensitive()) {
            throw new NoSensitivityException(model.name(), options.optimizer());
        }
        List<Integer> bins = chosen.bins();
        long observed = bins.stream().mapToLong(bin -> search.bins().get(bin).observed()).sum();
        StatisticalModel withSignal = fullModel != null ? FullLikelihood.model(fullModel, model) : null;
        SignalUncertainty uncertainty = withSignal != null ? SignalUncertainty.of(withSignal, bins)
                : SignalUncertainty.mcStatistics(model, bins);
        CountingTest test = CountingTest.of(chosen.signal(), uncertainty, chosen.background(), chosen.backgroundUp(),
                chosen.backgroundDown(), observed, options.pValueMethod(), options.seed());
        LikelihoodResult full = options.statistics().full() && withSignal != null
                ? FullLikelihood.inferWithSignal(withSignal, model, options.fullLikelihoodToys(), options.seed()) : null;
        return new AnalysisOutcome(search, model, options, chosen, problem.mergeByProcess(bins), test, full,
                Instant.now());
    }
}
