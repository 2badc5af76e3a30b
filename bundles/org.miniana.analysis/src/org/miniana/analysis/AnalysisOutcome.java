/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.analysis;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import org.miniana.core.AnalysisRun;
import org.miniana.core.Estimate;
import org.miniana.core.LikelihoodResult;
import org.miniana.core.SearchResult;
import org.miniana.core.SignalModel;
import org.miniana.optimize.OptimizationResult;

/**
 * A designed and tested single-bin analysis with everything it was made from, so that reports
 * and views can draw any bin of the search around the chosen aggregate.
 *
 * @param search the published search the bins come from
 * @param model the signal model the bins were chosen for
 * @param options how the analysis was designed and tested
 * @param optimization what the optimizer chose (blind: without observed counts)
 * @param backgrounds the background of each process of the search in the merged bin, in the
 *        order of {@link SearchResult#processes()}, errors combined as the options say
 * @param test the test of the merged bin
 * @param fullLikelihood the test of the model with the search's full likelihood, or null when it
 *        was not made
 * @param finished when the analysis finished
 */
public record AnalysisOutcome(SearchResult search, SignalModel model, AnalysisOptions options,
        OptimizationResult optimization, List<Estimate> backgrounds, CountingTest test,
        LikelihoodResult fullLikelihood, Instant finished) {

    public AnalysisOutcome {
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(optimization, "optimization");
        backgrounds = List.copyOf(backgrounds);
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(finished, "finished");
    }

    /** The full likelihood's test, when it was made. */
    public Optional<LikelihoodResult> full() {
        return Optional.ofNullable(fullLikelihood);
    }

    /**
     * How much of the full likelihood's expected sensitivity the merged bin keeps: the full
     * likelihood's median expected limit over the merged bin's (1 when they are equal, smaller
     * when the merged bin's limit is weaker). Empty without the full likelihood.
     */
    public OptionalDouble sensitivityKept() {
        return full().map(result -> OptionalDouble.of(result.expectedMedian()
                / test.expectedSignalStrengthLimits().median())).orElse(OptionalDouble.empty());
    }

    /** The merged bins, ascending. */
    public List<Integer> bins() {
        return optimization.bins();
    }

    /** The merged bins as cuts ("Njets &gt;= 7, ...") when they form a box, else "". */
    public String selection() {
        return optimization.selection();
    }

    /** The record of this analysis for the results database. */
    public AnalysisRun toRun(String reportLocation) {
        return new AnalysisRun(search.analysis().name(), model.name(), optimization.optimizer(),
                optimization.figureOfMerit(), bins(), selection(), test.signal(), test.background(),
                test.backgroundUp(), test.backgroundDown(), test.observed(), test.expected().p(), test.expected().z(),
                test.observedPValue().p(), test.observedPValue().z(), test.limit().signal(),
                test.expectedLimits(), test.signalStrengthLimit(), finished, reportLocation, fullLikelihood,
                options.runMethod(), test.signalUncertainty().up(), test.signalUncertainty().down());
    }
}
