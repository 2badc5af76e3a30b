/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.analysis;

import java.util.Objects;

import org.miniana.core.AnalysisRun;
import org.miniana.core.RunDetails;
import org.miniana.core.RunMethod;
import org.miniana.core.ScanRecord;

import org.miniana.optimize.ErrorCombination;
import org.miniana.optimize.FigureOfMerit;
import org.miniana.optimize.StandardFigureOfMerit;

/**
 * How a single-bin analysis is designed and tested.
 *
 * @param optimizer id of a contributed optimizer
 * @param figureOfMerit what the optimizer maximises
 * @param errors how background errors combine when bins are merged
 * @param pValueMethod how p-values are computed
 * @param seed seed of anything random (toys)
 * @param statistics which tests are made: the merged bin, the search's full likelihood, or both
 * @param fullLikelihoodToys pseudo-experiments per signal strength for the full likelihood's CLs
 *        and significances; 0 for the asymptotic formulas
 */
public record AnalysisOptions(String optimizer, FigureOfMerit figureOfMerit, ErrorCombination errors,
        PValueMethod pValueMethod, long seed, Statistics statistics, int fullLikelihoodToys) {

    /** The optimizer that finds the best selection among the built-in ones. */
    public static final String DEFAULT_OPTIMIZER = "local-search";

    /** Local search maximising the hybrid significance, uncorrelated errors, exact hybrid p-values. */
    public static final AnalysisOptions DEFAULTS = new AnalysisOptions(DEFAULT_OPTIMIZER, StandardFigureOfMerit.HYBRID,
            ErrorCombination.UNCORRELATED, PValueMethod.HYBRID, 1, Statistics.BOTH, 0);

    public AnalysisOptions {
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(figureOfMerit, "figureOfMerit");
        Objects.requireNonNull(errors, "errors");
        Objects.requireNonNull(pValueMethod, "pValueMethod");
        Objects.requireNonNull(statistics, "statistics");
        if (fullLikelihoodToys != 0 && fullLikelihoodToys < FullLikelihood.MIN_TOYS) {
            throw new IllegalArgumentException("The full likelihood needs at least " + FullLikelihood.MIN_TOYS
                    + " toys, or 0 for the asymptotic formulas, not " + fullLikelihoodToys);
        }
    }

    /** Options with both the merged bin and the full likelihood. */
    public AnalysisOptions(String optimizer, FigureOfMerit figureOfMerit, ErrorCombination errors,
            PValueMethod pValueMethod, long seed) {
        this(optimizer, figureOfMerit, errors, pValueMethod, seed, Statistics.BOTH, 0);
    }

    /** Options with the full likelihood's asymptotic formulas. */
    public AnalysisOptions(String optimizer, FigureOfMerit figureOfMerit, ErrorCombination errors,
            PValueMethod pValueMethod, long seed, Statistics statistics) {
        this(optimizer, figureOfMerit, errors, pValueMethod, seed, statistics, 0);
    }

    public AnalysisOptions withOptimizer(String id) {
        return new AnalysisOptions(id, figureOfMerit, errors, pValueMethod, seed, statistics, fullLikelihoodToys);
    }

    public AnalysisOptions withStatistics(Statistics which) {
        return new AnalysisOptions(optimizer, figureOfMerit, errors, pValueMethod, seed, which, fullLikelihoodToys);
    }

    public AnalysisOptions withFullLikelihoodToys(int toys) {
        return new AnalysisOptions(optimizer, figureOfMerit, errors, pValueMethod, seed, statistics, toys);
    }

    /** The options a stored scan was made with. */
    public static AnalysisOptions of(ScanRecord scan) {
        return of(scan.optimizer(), scan.figureOfMerit(), scan.method(), scan.statistics());
    }

    /** The options a run that records its details was made with. */
    static AnalysisOptions of(AnalysisRun run, RunDetails details) {
        return of(run.optimizer(), run.figureOfMerit(), run.method(), details.statistics());
    }

    /** Options from their stored ids; a seed that drew nothing is read as the default 1. */
    private static AnalysisOptions of(String optimizer, String figureOfMerit, RunMethod method, String statistics) {
        return new AnalysisOptions(optimizer, FigureOfMerit.byId(figureOfMerit), ErrorCombination.byId(method.errors()),
                PValueMethod.byId(method.pValueMethod()), method.seed() == null ? DEFAULTS.seed() : method.seed(),
                Statistics.byId(statistics), method.fullLikelihoodToys());
    }

    /** What a run made with these options records of how its numbers were computed. */
    public RunMethod runMethod() {
        int toys = statistics.full() ? fullLikelihoodToys : 0;
        boolean random = pValueMethod == PValueMethod.TOYS || toys > 0;
        return new RunMethod(errors.id(), pValueMethod.id(), toys, random ? seed : null);
    }

    /**
     * Whether a stored run has the numbers these options would compute for the model: its whole
     * record matches, the search, the model's revision, the optimizer, the figure of merit, the
     * statistics asked for and the method (error combination, p-value method, the full likelihood's
     * toys, and the seed where one was drawn), and, when the full likelihood is wanted, it has its
     * result. Runs stored before they recorded their details (schema version 9) never qualify.
     *
     * @param search the search the numbers are wanted for
     * @param modelRevision the revision of the model they are wanted for
     *        ({@link org.miniana.data.SignalModelStore#revision})
     * @param fullWanted whether the full likelihood's result is needed
     */
    public boolean reproducedBy(AnalysisRun run, String search, String modelRevision, boolean fullWanted) {
        return run.recorded().filter(details -> run.analysis().equals(search)
                && details.modelRevision().equals(modelRevision) && run.optimizer().equals(optimizer)
                && run.figureOfMerit().equals(figureOfMerit.id()) && details.statistics().equals(statistics.id())
                && runMethod().equals(run.method()) && (!fullWanted || run.full().isPresent())).isPresent();
    }

    /** The method the full likelihood's results record: "asymptotic" or "toys". */
    public String fullLikelihoodMethod() {
        return fullLikelihoodToys > 0 ? FullLikelihood.TOYS : FullLikelihood.ASYMPTOTIC;
    }
}
