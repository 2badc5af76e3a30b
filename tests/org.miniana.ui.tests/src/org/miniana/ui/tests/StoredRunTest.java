/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.junit.jupiter.api.Test;
import org.miniana.analysis.AnalysisOptions;
import org.miniana.analysis.AnalysisOutcome;
import org.miniana.analysis.PValueMethod;
import org.miniana.analysis.SingleBinAnalysis;
import org.miniana.analysis.Statistics;
import org.miniana.core.AnalysisRun;
import org.miniana.core.Ra2Search;
import org.miniana.core.SearchResult;
import org.miniana.core.SignalModel;
import org.miniana.optimize.ErrorCombination;
import org.miniana.optimize.OptimizationResult;
import org.miniana.optimize.StandardFigureOfMerit;
import org.miniana.stats.ExpectedLimits;
import org.miniana.ui.WidgetIds;
import org.miniana.ui.navigator.Opener;
import org.miniana.ui.session.DatabaseSession;
import org.miniana.ui.session.RunContext;
import org.miniana.ui.testing.Jobs;
import org.miniana.ui.testing.Widgets;
import org.miniana.ui.testing.Workbench;
import org.miniana.ui.views.ProjectionsView;

/** A stored run opens with its figures drawn from its record alone: no optimizer runs. */
class StoredRunTest {

    /** An optimizer no installation has: opening its run would fail if anything ran it. */
    private static final String GONE = "org.example.uninstalled-optimizer";

    @Test
    void aRunOfAnOptimizerThatIsNotInstalledOpensWithItsFigures() {
        SignalModel model = TestModels.store(TestModels.model("T1tttt_1500_150_stored", 150));
        SearchResult search = DatabaseSession.get().searchResult(Ra2Search.ANALYSIS.name());
        AnalysisOptions options = new AnalysisOptions("greedy-q", StandardFigureOfMerit.HYBRID,
                ErrorCombination.UNCORRELATED, PValueMethod.HYBRID, 1, Statistics.ONE_BIN);
        AnalysisOutcome made = SingleBinAnalysis.fromPlatform().run(search, model, options);
        OptimizationResult chosen = made.optimization();
        // the same outcome, as if a plug-in since removed had chosen the bins
        AnalysisOutcome byGone = new AnalysisOutcome(search, model, options.withOptimizer(GONE),
                new OptimizationResult(GONE, chosen.figureOfMerit(), chosen.errors(), chosen.bins(), chosen.signal(),
                        chosen.background(), chosen.backgroundUp(), chosen.backgroundDown(), chosen.value(),
                        chosen.evaluations(), chosen.wallTime(), chosen.cuts()),
                made.backgrounds(), made.test(), made.fullLikelihood(), made.finished());
        AnalysisRun run = byGone.toRun("");
        DatabaseSession.get().database().runs().store(run);

        Jobs.run(() -> Opener.showRun(Workbench.page(), run), Opener.RUN_FAMILY, TestModels.LOAD);

        RunContext.State shown = RunContext.get().state().orElseThrow();
        assertEquals(Optional.of(run), shown.run());
        assertEquals(Optional.of(byGone), shown.outcome(), "the outcome the run was made as, from its record");
        Workbench.showView(ProjectionsView.ID, ProjectionsView.class);
        CTabFolder tabs = Widgets.byId(Workbench.window().getShell(), CTabFolder.class, WidgetIds.PROJECTIONS_TABS);
        assertEquals(List.of("njets", "nb", "mht", "ht", "bin-map"),
                Arrays.stream(tabs.getItems()).map(CTabItem::getText).toList());
    }

    /** A run stored before schema 9 shows its numbers and says why there are no figures. */
    @Test
    void aRunWithoutItsRecordShowsItsNumbersAndSaysWhyNoFigures() {
        SignalModel model = TestModels.store(TestModels.model("T1tttt_1500_160_stored", 160));
        AnalysisRun old = new AnalysisRun(Ra2Search.ANALYSIS.name(), model.name(), GONE, "hybrid", List.of(5), "",
                0.55, 2, 0.5, 0.5, 3, 0.1, 1.3, 0.2, 0.8, 4.5, new ExpectedLimits(1, 2, 3, 4, 5), 2,
                Instant.now(), "", null, null, 0.1, 0.1);
        DatabaseSession.get().database().runs().store(old);

        Jobs.run(() -> Opener.showRun(Workbench.page(), old), Opener.RUN_FAMILY, TestModels.LOAD);

        RunContext.State shown = RunContext.get().state().orElseThrow();
        assertEquals(Optional.of(old), shown.run());
        assertEquals(Optional.empty(), shown.outcome());
        ProjectionsView projections = Workbench.showView(ProjectionsView.ID, ProjectionsView.class);
        CTabFolder tabs = Widgets.byId(Workbench.window().getShell(), CTabFolder.class, WidgetIds.PROJECTIONS_TABS);
        assertEquals(0, tabs.getItemCount());
        assertTrue(projections.getContentDescription().contains(RunContext.FIGURES_NOT_RECORDED),
                projections.getContentDescription());
    }
}
