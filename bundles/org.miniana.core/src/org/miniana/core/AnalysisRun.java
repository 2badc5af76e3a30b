/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.core;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.miniana.stats.ExpectedLimits;

/**
 * The record of one designed and tested single-bin analysis: which bins were merged for which
 * model, by which optimizer, and what the test gave.
 *
 * @param analysis the search's name
 * @param model the signal model's name
 * @param optimizer id of the optimizer that chose the bins
 * @param figureOfMerit id of the figure of merit it maximised
 * @param bins the merged bins, ascending
 * @param selection the bins as cuts when they form a box ("Njets &gt;= 7, ..."), else empty
 * @param signal expected signal events in the merged bin
 * @param background predicted background events in the merged bin
 * @param backgroundUp upward total error of the background
 * @param backgroundDown downward total error of the background
 * @param observed observed events in the merged bin
 * @param expectedPValue p-value of the expected count S+B under the background-only hypothesis
 * @param expectedSignificance its Gaussian significance
 * @param observedPValue p-value of the observed count
 * @param observedSignificance its Gaussian significance
 * @param signalLimit observed 95% CL upper limit on the signal yield
 * @param expectedSignalLimits expected 95% CL upper limits on the signal yield: the median and its
 *        bands (the bands are NaN for runs stored before schema version 4)
 * @param signalStrengthLimit observed 95% CL upper limit on the signal strength (signalLimit / signal)
 * @param timestamp when the run finished
 * @param reportLocation where its report was written, or empty
 * @param fullLikelihood what the search's full likelihood says about the model, or null when it
 *        was not computed (the search has no statistical model, or only the merged bin was asked)
 * @param method how the numbers were computed, or null for runs stored before schema version 4
 * @param signalErrorUp the relative upward error of the merged bin's signal that its limits took;
 *        NaN for runs stored before schema version 8, whose limits took the signal as exact
 * @param signalErrorDown the same downwards
 * @param details what the run records beyond its numbers, from which its views and reports are
 *        built; null for runs stored before schema version 9, which must be made again for them
 */
public record AnalysisRun(String analysis, String model, String optimizer, String figureOfMerit, List<Integer> bins,
        String selection, double signal, double background, double backgroundUp, double backgroundDown, long observed,
        double expectedPValue, double expectedSignificance, double observedPValue, double observedSignificance,
        double signalLimit, ExpectedLimits expectedSignalLimits, double signalStrengthLimit, Instant timestamp,
        String reportLocation, LikelihoodResult fullLikelihood, RunMethod method, double signalErrorUp,
        double signalErrorDown, RunDetails details) {

    public AnalysisRun {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(figureOfMerit, "figureOfMerit");
        bins = List.copyOf(bins);
        selection = Objects.requireNonNullElse(selection, "");
        Objects.requireNonNull(expectedSignalLimits, "expectedSignalLimits");
        Objects.requireNonNull(timestamp, "timestamp");
        reportLocation = Objects.requireNonNullElse(reportLocation, "");
        if (details != null) {
            Objects.requireNonNull(method, "a run with details records its method");
        }
    }

    /** A run that records no {@link RunDetails}, as runs stored before schema version 9. */
    public AnalysisRun(String analysis, String model, String optimizer, String figureOfMerit, List<Integer> bins,
            String selection, double signal, double background, double backgroundUp, double backgroundDown,
            long observed, double expectedPValue, double expectedSignificance, double observedPValue,
            double observedSignificance, double signalLimit, ExpectedLimits expectedSignalLimits,
            double signalStrengthLimit, Instant timestamp, String reportLocation, LikelihoodResult fullLikelihood,
            RunMethod method, double signalErrorUp, double signalErrorDown) {
        this(analysis, model, optimizer, figureOfMerit, bins, selection, signal, background, backgroundUp,
                backgroundDown, observed, expectedPValue, expectedSignificance, observedPValue, observedSignificance,
                signalLimit, expectedSignalLimits, signalStrengthLimit, timestamp, reportLocation, fullLikelihood,
                method, signalErrorUp, signalErrorDown, null);
    }

    /** The median expected 95% CL upper limit on the signal yield. */
    public double expectedSignalLimit() {
        return expectedSignalLimits.median();
    }

    /** Whether the run recorded the signal errors its limits took (schema version 8 on). */
    public boolean recordsSignalErrors() {
        return !Double.isNaN(signalErrorUp) && !Double.isNaN(signalErrorDown);
    }

    /**
     * The run's details, when it records them: every option that made it, its cuts as ranges and
     * its per-process yields (schema version 9 on).
     */
    public Optional<RunDetails> recorded() {
        return Optional.ofNullable(details);
    }

    /** The full likelihood's result, when it was computed. */
    public Optional<LikelihoodResult> full() {
        return Optional.ofNullable(fullLikelihood);
    }
}
