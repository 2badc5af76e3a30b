/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.analysis;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import org.miniana.core.AnalysisRun;
import org.miniana.core.Estimate;
import org.miniana.core.LikelihoodResult;
import org.miniana.core.RunDetails;
import org.miniana.core.SearchResult;
import org.miniana.core.SignalModel;
import org.miniana.data.SignalModelStore;
import org.miniana.optimize.OptimizationResult;
import org.miniana.stats.PValue;
import org.miniana.stats.UpperLimit;

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

    /** The record of this analysis for the results database: its numbers and everything that made them. */
    public AnalysisRun toRun(String reportLocation) {
        Map<String, Estimate> byProcess = new LinkedHashMap<>();
        for (int i = 0; i < backgrounds.size(); i++) {
            byProcess.put(search.processes().get(i).name(), backgrounds.get(i));
        }
        var details = new RunDetails(options.statistics().id(), SignalModelStore.revision(model),
                optimization.cuts().orElse(List.of()), byProcess, optimization.value(), optimization.evaluations(),
                optimization.wallTime(), test.limit().clb(), test.signalUncertainty().source().id());
        return new AnalysisRun(search.analysis().name(), model.name(), optimization.optimizer(),
                optimization.figureOfMerit(), bins(), selection(), test.signal(), test.background(),
                test.backgroundUp(), test.backgroundDown(), test.observed(), test.expected().p(), test.expected().z(),
                test.observedPValue().p(), test.observedPValue().z(), test.limit().signal(),
                test.expectedLimits(), test.signalStrengthLimit(), finished, reportLocation, fullLikelihood,
                options.runMethod(), test.signalUncertainty().up(), test.signalUncertainty().down(), details);
    }

    /**
     * A stored run as the outcome it was, from its record alone: no optimizer runs, nothing is
     * tested again. Empty for a run stored before runs recorded their details (schema version 9),
     * whose figures need it made again.
     *
     * @param search the run's search
     * @param model the model with the yields the run was made with
     * @throws IllegalArgumentException if the run is not of this search or model, or lacks a process of the search
     */
    public static Optional<AnalysisOutcome> of(SearchResult search, SignalModel model, AnalysisRun run) {
        if (!run.analysis().equals(search.analysis().name()) || !run.model().equals(model.name())) {
            throw new IllegalArgumentException("The run of " + run.model() + " on " + run.analysis() + " is not one of "
                    + model.name() + " on " + search.analysis().name());
        }
        return run.recorded().map(details -> {
            AnalysisOptions options = AnalysisOptions.of(run, details);
            List<Estimate> backgrounds = search.processes().stream().map(process -> Optional
                    .ofNullable(details.backgrounds().get(process.name())).orElseThrow(() -> new IllegalArgumentException(
                            "The run of " + run.model() + " records no yield of the process " + process.name())))
                    .toList();
            var optimization = new OptimizationResult(run.optimizer(), run.figureOfMerit(), options.errors(),
                    run.bins(), run.signal(), run.background(), run.backgroundUp(), run.backgroundDown(),
                    details.figureOfMeritValue(), details.evaluations(), details.optimizerTime(),
                    details.cuts().isEmpty() ? Optional.empty() : Optional.of(details.cuts()));
            var test = new CountingTest(run.signal(), new SignalUncertainty(run.signalErrorUp(), run.signalErrorDown(),
                    SignalUncertainty.Source.byId(details.signalErrorSource())), run.background(), run.backgroundUp(),
                    run.backgroundDown(), run.observed(), options.pValueMethod(),
                    new PValue(run.expectedPValue(), run.expectedSignificance()),
                    new PValue(run.observedPValue(), run.observedSignificance()),
                    new UpperLimit(run.signalLimit(), details.clb()), run.expectedSignalLimits());
            return new AnalysisOutcome(search, model, options, optimization, backgrounds, test, run.fullLikelihood(),
                    run.timestamp());
        });
    }
}
