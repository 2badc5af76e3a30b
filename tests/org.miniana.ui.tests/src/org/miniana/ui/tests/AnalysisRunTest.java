/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.miniana.analysis.AnalysisOptions;
import org.miniana.analysis.AnalysisOutcome;
import org.miniana.analysis.PValueMethod;
import org.miniana.analysis.SingleBinAnalysis;
import org.miniana.core.Ra2Search;
import org.miniana.core.SearchResult;
import org.miniana.core.SignalModel;
import org.miniana.figure.NamedFigure;
import org.miniana.optimize.ErrorCombination;
import org.miniana.optimize.StandardFigureOfMerit;
import org.miniana.signal.SignalModelProviders;
import org.miniana.ui.WidgetIds;
import org.miniana.ui.charts.FigureCanvas;
import org.miniana.ui.editor.SignalModelEditor;
import org.miniana.ui.editor.SignalModelEditorInput;
import org.miniana.ui.report.GenerateReportDialog;
import org.miniana.ui.report.GenerateReportHandler;
import org.miniana.ui.run.AnalysisJob;
import org.miniana.ui.run.RunAnalysisDialog;
import org.miniana.ui.run.RunAnalysisHandler;
import org.miniana.ui.session.DatabaseSession;
import org.miniana.ui.testing.Input;
import org.miniana.ui.testing.Jobs;
import org.miniana.ui.testing.Modal;
import org.miniana.ui.testing.Screenshots;
import org.miniana.ui.testing.Waits;
import org.miniana.ui.testing.Widgets;
import org.miniana.ui.testing.Workbench;
import org.miniana.ui.views.BinResultsView;
import org.miniana.ui.views.ProjectionsView;
import org.miniana.ui.views.SignificanceView;

/**
 * Runs an analysis through the Run Analysis command and dialog, and checks the result views
 * against the headless analysis service and against sums over the search's bins.
 */
class AnalysisRunTest {

    @Test
    void runTicksExactlyTheChosenBinsAndShowsTheHeadlessNumbers() throws Exception {
        SignalModel model = SignalModelProviders.fromPlatform().provide("T1tttt:1500:100:events=20000:seed=7", null);
        TestModels.store(model);
        var shell = Workbench.window().getShell();

        Jobs.run(() -> Modal.drive(() -> Workbench.execute(RunAnalysisHandler.COMMAND), RunAnalysisDialog.TITLE,
                dialog -> {
                    Input.select(Widgets.labelled(dialog, Combo.class, "Signal model"), model.name());
                    Input.select(Widgets.labelled(dialog, Combo.class, "Optimizer"),
                            "Greedy Q (original RA2 algorithm) [greedy-q, org.miniana.optimize]");
                    Input.select(Widgets.labelled(dialog, Combo.class, "p-value method"),
                            PValueMethod.HYBRID.label());
                    Input.click(Widgets.button(dialog, "OK"));
                }, Duration.ofSeconds(60)), AnalysisJob.FAMILY, TestModels.LOAD);

        SearchResult search = DatabaseSession.get().searchResult(Ra2Search.ANALYSIS.name());
        AnalysisOutcome headless = SingleBinAnalysis.fromPlatform().run(search,
                DatabaseSession.get().statisticalModel(Ra2Search.ANALYSIS.name()).orElseThrow(), model,
                new AnalysisOptions("greedy-q", StandardFigureOfMerit.HYBRID, ErrorCombination.UNCORRELATED,
                        PValueMethod.HYBRID, 1));
        assertTrue(headless.bins().size() > 1, "greedy-q merges several bins of this model");

        Table bins = Widgets.byId(shell, Table.class, WidgetIds.BIN_RESULTS_TABLE);
        int merged = Widgets.column(bins, "Merged");
        Set<Integer> ticked = new TreeSet<>();
        for (TableItem row : bins.getItems()) {
            if (BinResultsView.TICK.equals(row.getText(merged))) {
                ticked.add(Integer.valueOf(row.getText(Widgets.column(bins, "Bin"))));
            }
        }
        assertEquals(Set.copyOf(headless.bins()), ticked);

        // independent of the service: S and N_obs are sums over the ticked bins
        double signal = ticked.stream().mapToDouble(bin -> model.yield(bin).value()).sum();
        long observed = ticked.stream().mapToLong(bin -> search.bins().get(bin).observed()).sum();
        Map<String, String> shown = significanceRows(shell);
        assertEquals(SignificanceView.number(signal), shown.get("Expected signal S"));
        assertEquals(SignificanceView.signalErrors(headless.test().signalUncertainty().up(),
                headless.test().signalUncertainty().down()), shown.get(SignificanceView.SIGNAL_ERRORS));
        assertEquals(Long.toString(observed), shown.get("Observed N"));
        var test = headless.test();
        assertEquals(SignificanceView.number(test.background()) + " +" + SignificanceView.number(test.backgroundUp())
                + " \u2212" + SignificanceView.number(test.backgroundDown()), shown.get("Background B"));
        assertEquals(SignificanceView.pValue(test.expected().p()), shown.get("Expected p-value (S + B)"));
        assertEquals(SignificanceView.significance(test.expected().z()), shown.get("Expected Z"));
        assertEquals(SignificanceView.pValue(test.observedPValue().p()), shown.get("Observed p-value"));
        assertEquals(SignificanceView.significance(test.observedPValue().z()), shown.get("Observed Z"));
        assertEquals(SignificanceView.number(test.limit().signal()), shown.get("Observed 95% CL limit on S"));
        assertEquals(SignificanceView.number(test.signalStrengthLimit()),
                shown.get("Observed limit on the signal strength"));
        // the full likelihood beside the merged bin, as the command line computes it
        var full = headless.full().orElseThrow();
        assertEquals(SignificanceView.significance(full.expectedSignificance()),
                shown.get(SignificanceView.FULL + ": expected Z"));
        assertEquals(SignificanceView.number(full.observedLimit()),
                shown.get(SignificanceView.FULL + ": observed limit on \u03bc"));
        assertEquals(String.format(java.util.Locale.ROOT, "%.0f%% of the full likelihood's expected sensitivity",
                100 * headless.sensitivityKept().orElseThrow()), shown.get("The merged bin keeps"));

        // no value cut off: each column is as wide as its longest text
        Table significance = Widgets.byId(shell, Table.class, WidgetIds.SIGNIFICANCE_TABLE);
        GC gc = new GC(significance);
        try {
            for (TableItem row : significance.getItems()) {
                for (int column = 0; column < significance.getColumnCount(); column++) {
                    assertTrue(gc.textExtent(row.getText(column)).x < significance.getColumn(column).getWidth(),
                            "the whole of " + row.getText(column));
                }
            }
        } finally {
            gc.dispose();
        }

        // the run is stored
        var runs = DatabaseSession.get().database().runs().forModel(Ra2Search.ANALYSIS.name(), model.name());
        assertEquals(headless.bins(), runs.get(runs.size() - 1).bins());

        // the figures of the run: on screen exactly as in the reports, at any size
        ProjectionsView projections = Workbench.showView(ProjectionsView.ID, ProjectionsView.class);
        CTabFolder tabs = Widgets.byId(shell, CTabFolder.class, WidgetIds.PROJECTIONS_TABS);
        assertEquals(List.of("njets", "nb", "mht", "ht", "bin-map"),
                Arrays.stream(tabs.getItems()).map(CTabItem::getText).toList());
        for (CTabItem tab : tabs.getItems()) {
            Input.select(tab);
            FigureCanvas canvas = Widgets.byId(shell, FigureCanvas.class, WidgetIds.PROJECTIONS_CHART + "." + tab.getText());
            SameAsReport.assertDrawnAsReport(canvas, ((NamedFigure) tab.getData()).figure(), tab.getText());
        }
        Screenshots.capture(tabs.getParent(), "view-projections");
        FigureCanvas pValues = Widgets.byId(shell, FigureCanvas.class, WidgetIds.P_VALUE_CHART);
        assertTrue(pValues.isVisible(), "the p-value figure of the run");
        SameAsReport.assertDrawnAsReport(pValues, pValues.figure().orElseThrow(), "p-value");
        Screenshots.capture(pValues.getParent(), "view-significance");
        Screenshots.capture(bins.getParent(), "view-bin-results");
        // a resized view draws the figure again, laid out for its new size: maximized, as a double-click on its tab does
        Input.select(tabs.getItem(0));
        FigureCanvas njets = Widgets.byId(shell, FigureCanvas.class, WidgetIds.PROJECTIONS_CHART + ".njets");
        Point small = njets.getSize();
        var projectionsPart = Workbench.page().getReference(projections);
        Workbench.page().setPartState(projectionsPart, IWorkbenchPage.STATE_MAXIMIZED);
        try {
            Waits.until("the maximized view's new size", () -> !njets.getSize().equals(small), Duration.ofSeconds(10));
            SameAsReport.assertDrawnAsReport(njets, njets.figure().orElseThrow(), "njets-maximized");
        } finally {
            Workbench.page().setPartState(projectionsPart, IWorkbenchPage.STATE_RESTORED);
        }
        Waits.until("the restored view's size", () -> njets.getSize().equals(small), Duration.ofSeconds(10));
        SameAsReport.assertDrawnAsReport(njets, njets.figure().orElseThrow(), "njets-restored");

        Workbench.page().openEditor(new SignalModelEditorInput(Ra2Search.ANALYSIS.name(), model.name()), SignalModelEditor.ID);
        Input.select(Widgets.tab(shell, "Chart"));
        Input.click(Widgets.byId(shell, Button.class, WidgetIds.BIN_RESULTS_ONLY_MERGED));
        Input.select(bins, IntStream.range(0, bins.getItemCount()).toArray());
        // the navigator as at start, whatever other tests expanded
        for (TreeItem item : Widgets.byId(shell, Tree.class, WidgetIds.NAVIGATOR_TREE).getItems()) {
            item.setExpanded(false);
        }
        Waits.idle(Duration.ofMillis(500));
        Path screenshot = Screenshots.capture(shell, "workbench-with-run");
        Input.click(Widgets.byId(shell, Button.class, WidgetIds.BIN_RESULTS_ONLY_MERGED));
        assertTrue(Files.size(screenshot) > 10_000, "a real screenshot");
        Workbench.page().closeAllEditors(false);

        Path png = Screenshots.folder().resolve("njets-export.png");
        projections.write(projections.shownFigure().orElseThrow(), png);
        assertEquals("PNG", new String(Files.readAllBytes(png), 1, 3, StandardCharsets.US_ASCII));
        Path pdf = Screenshots.folder().resolve("njets.pdf");
        projections.write(projections.shownFigure().orElseThrow(), pdf);
        assertEquals("%PDF", new String(Files.readAllBytes(pdf), 0, 4, StandardCharsets.US_ASCII));

        // the reports of the run, by the chosen contributed generators
        Path reports = Screenshots.folder().resolveSibling("ui-test-report");
        AtomicReference<String> done = new AtomicReference<>();
        Modal.drive(() -> Jobs.run(() -> Modal.drive(() -> Workbench.execute(GenerateReportHandler.COMMAND),
                GenerateReportDialog.TITLE, dialog -> {
                    Input.click(Widgets.button(dialog, "LaTeX paper [latex-paper]"));
                    Input.type(Widgets.labelled(dialog, Text.class, "Output folder"), reports.toString());
                    assertTrue(Widgets.button(dialog, "Browse...").isEnabled());
                    Text author = Widgets.labelled(dialog, Text.class, "Author");
                    assertNotEquals(System.getProperty("user.name"), author.getText(), "a login is no author's name");
                    Input.type(author, "A. Physicist");
                    Input.click(Widgets.button(dialog, "OK"));
                }, Duration.ofSeconds(60)), GenerateReportHandler.FAMILY, TestModels.LOAD),
                GenerateReportHandler.DONE_TITLE, message -> {
                    done.set(String.join("\n", Widgets.all(message, Label.class, label -> true).stream()
                            .map(Label::getText).toList()));
                    Input.click(Widgets.button(message, "OK"));
                }, TestModels.LOAD);
        assertTrue(done.get().contains("files written to " + reports), done.get());
        String summary = Files.readString(reports.resolve("summary.json"));
        assertTrue(summary.contains(model.name()));
        assertTrue(summary.contains("A. Physicist"), "the author of the dialog");
        assertTrue(Files.isRegularFile(reports.resolve("summary.md")));
        assertTrue(Files.isRegularFile(reports.resolve("figures/njets.pdf")));
        assertFalse(Files.exists(reports.resolve("paper.tex")), "the LaTeX generator was not chosen");

    }

    private static Map<String, String> significanceRows(Shell shell) {
        Table table = Widgets.byId(shell, Table.class, WidgetIds.SIGNIFICANCE_TABLE);
        Map<String, String> rows = new HashMap<>();
        List.of(table.getItems()).forEach(item -> rows.put(item.getText(0), item.getText(1)));
        return rows;
    }
}
