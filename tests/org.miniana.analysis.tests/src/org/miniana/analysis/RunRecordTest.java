/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.miniana.core.AnalysisRun;
import org.miniana.core.AxisCut;
import org.miniana.core.RunDetails;
import org.miniana.core.RunMethod;
import org.miniana.core.SearchResult;
import org.miniana.core.SignalModel;
import org.miniana.data.SignalModelStore;
import org.miniana.data.datacard.Ra2DatacardImporter;
import org.miniana.optimize.ErrorCombination;
import org.miniana.optimize.StandardFigureOfMerit;
import org.miniana.optimize.bench.Ra2SyntheticSignal;

/** A run's record holds its whole outcome, and only a run made the same way is taken over. */
class RunRecordTest {

    /** Cuts by construction, and the merged bin alone: fast. */
    private static final AnalysisOptions BOX = new AnalysisOptions("rectangular-cuts", StandardFigureOfMerit.HYBRID,
            ErrorCombination.UNCORRELATED, PValueMethod.HYBRID, 1, Statistics.ONE_BIN);

    private static SearchResult ra2;
    private static SignalModel model;
    private static AnalysisOutcome outcome;
    private static AnalysisRun run;

    @BeforeAll
    static void analyse() throws Exception {
        ra2 = Ra2DatacardImporter.read(Ra2DatacardImporter.bundled(), warning -> {
        });
        model = Ra2SyntheticSignal.values()[0].model();
        outcome = SingleBinAnalysis.fromPlatform().run(ra2, model, BOX);
        run = outcome.toRun("");
    }

    @Test
    void aStoredRunIsTheOutcomeItWasMadeAs() {
        RunDetails details = run.recorded().orElseThrow();
        assertEquals(ra2.processes().stream().map(process -> process.name()).toList(),
                List.copyOf(details.backgrounds().keySet()), "every process, in the search's order");
        assertEquals(List.of("Njets", "Nb", "MHT", "HT"), details.cuts().stream().map(AxisCut::axis).toList());
        assertEquals(AxisCut.text(details.cuts()), run.selection());
        assertEquals(SignalModelStore.revision(model), details.modelRevision());

        AnalysisOutcome rebuilt = AnalysisOutcome.of(ra2, model, run).orElseThrow();
        // every part, so that a difference names itself
        assertEquals(outcome.options(), rebuilt.options());
        assertEquals(outcome.optimization(), rebuilt.optimization());
        assertEquals(outcome.backgrounds(), rebuilt.backgrounds());
        assertEquals(outcome.test(), rebuilt.test());
        assertEquals(outcome, rebuilt);
        assertEquals(run, rebuilt.toRun(""));
    }

    @Test
    void aRunWithoutDetailsIsNoOutcome() {
        assertEquals(Optional.empty(), AnalysisOutcome.of(ra2, model, withoutDetails(run)));
    }

    @Test
    void onlyARunOfTheWholeSameRecordIsTakenOver() {
        String search = run.analysis();
        String revision = SignalModelStore.revision(model);
        assertTrue(BOX.reproducedBy(run, search, revision, false));
        // a seed that drew nothing does not matter
        assertTrue(new AnalysisOptions(BOX.optimizer(), BOX.figureOfMerit(), BOX.errors(), BOX.pValueMethod(), 99,
                BOX.statistics()).reproducedBy(run, search, revision, false));

        assertFalse(BOX.reproducedBy(run, "another search", revision, false), "search");
        assertFalse(BOX.reproducedBy(run, search, "0".repeat(64), false), "model revision");
        assertFalse(BOX.withOptimizer("greedy-q").reproducedBy(run, search, revision, false), "optimizer");
        assertFalse(new AnalysisOptions(BOX.optimizer(), StandardFigureOfMerit.ASIMOV, BOX.errors(),
                BOX.pValueMethod(), 1, BOX.statistics()).reproducedBy(run, search, revision, false), "figure of merit");
        assertFalse(new AnalysisOptions(BOX.optimizer(), BOX.figureOfMerit(), ErrorCombination.CORRELATED_SYSTEMATICS,
                BOX.pValueMethod(), 1, BOX.statistics()).reproducedBy(run, search, revision, false), "errors");
        assertFalse(new AnalysisOptions(BOX.optimizer(), BOX.figureOfMerit(), BOX.errors(), PValueMethod.BINOMIAL, 1,
                BOX.statistics()).reproducedBy(run, search, revision, false), "p-value method");
        assertFalse(BOX.withStatistics(Statistics.BOTH).reproducedBy(run, search, revision, false), "statistics");
        assertFalse(BOX.reproducedBy(run, search, revision, true), "the full likelihood's result, wanted");
        assertFalse(BOX.reproducedBy(withoutDetails(run), search, revision, false), "no details");

        // toys draw with the seed: it counts
        AnalysisOptions toys = new AnalysisOptions(BOX.optimizer(), BOX.figureOfMerit(), BOX.errors(),
                PValueMethod.TOYS, 7, BOX.statistics());
        AnalysisRun madeWithToys = withMethod(run, toys.runMethod());
        assertTrue(toys.reproducedBy(madeWithToys, search, revision, false));
        assertFalse(new AnalysisOptions(BOX.optimizer(), BOX.figureOfMerit(), BOX.errors(), PValueMethod.TOYS, 8,
                BOX.statistics()).reproducedBy(madeWithToys, search, revision, false), "seed");
    }

    private static AnalysisRun withoutDetails(AnalysisRun run) {
        return new AnalysisRun(run.analysis(), run.model(), run.optimizer(), run.figureOfMerit(), run.bins(),
                run.selection(), run.signal(), run.background(), run.backgroundUp(), run.backgroundDown(),
                run.observed(), run.expectedPValue(), run.expectedSignificance(), run.observedPValue(),
                run.observedSignificance(), run.signalLimit(), run.expectedSignalLimits(), run.signalStrengthLimit(),
                run.timestamp(), run.reportLocation(), run.fullLikelihood(), run.method(), run.signalErrorUp(),
                run.signalErrorDown());
    }

    private static AnalysisRun withMethod(AnalysisRun run, RunMethod method) {
        return new AnalysisRun(run.analysis(), run.model(), run.optimizer(), run.figureOfMerit(), run.bins(),
                run.selection(), run.signal(), run.background(), run.backgroundUp(), run.backgroundDown(),
                run.observed(), run.expectedPValue(), run.expectedSignificance(), run.observedPValue(),
                run.observedSignificance(), run.signalLimit(), run.expectedSignalLimits(), run.signalStrengthLimit(),
                run.timestamp(), run.reportLocation(), run.fullLikelihood(), method, run.signalErrorUp(),
                run.signalErrorDown(), run.details());
    }
}
