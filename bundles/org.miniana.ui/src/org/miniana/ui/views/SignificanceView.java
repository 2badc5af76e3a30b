/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.part.ViewPart;
import org.miniana.analysis.AnalysisOutcome;
import org.miniana.core.AnalysisRun;
import org.miniana.figure.analysis.RunFigures;
import org.miniana.signal.FastSimulation;
import org.miniana.stats.ExpectedLimits;
import org.miniana.ui.WidgetIds;
import org.miniana.ui.charts.FigureCanvas;
import org.miniana.ui.session.RunContext;

/**
 * The test of the merged bin of the run shown: S, B, N_obs, the expected and observed p-values
 * and significances, the 95% CL limits, and the p-value figure (the background-only
 * distribution of the count with the observed and expected counts).
 */
public final class SignificanceView extends ViewPart {

    public static final String ID = "org.miniana.ui.views.significance";

    /** The prefix of the full likelihood's rows: short, so that the values stay in view in a narrow pane. */
    public static final String FULL = "Full";
    /** The row that says how the full likelihood was computed, or that it was not. */
    public static final String FULL_HEADER = "Full likelihood";

    /** One line of the table. */
    public record Row(String quantity, String value) {
    }

    private TableViewer viewer;
    private FigureCanvas pValueChart;
    private final Consumer<RunContext.State> listener = this::show;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new FillLayout());
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        viewer = new TableViewer(sash, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        WidgetIds.set(viewer.getTable(), WidgetIds.SIGNIFICANCE_TABLE);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("Quantity", 190, Row::quantity);
        column("Value", 190, Row::value);
        pValueChart = new FigureCanvas(sash, SWT.NONE);
        WidgetIds.set(pValueChart, WidgetIds.P_VALUE_CHART);
        sash.setWeights(55, 45);
        RunContext.get().addListener(listener);
        RunContext.get().state().ifPresent(this::show);
    }

    private void column(String title, int width, Function<Row, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(ColumnLabelProvider.createTextProvider(element -> text.apply((Row) element)));
    }

    private void show(RunContext.State state) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        viewer.setInput(state.run().map(run -> rows(run, state.outcome().orElse(null))).orElse(List.of()));
        // as wide as the longest value (the limit bands, the merged bins): nothing cut off
        for (TableColumn column : viewer.getTable().getColumns()) {
            column.pack();
        }
        // the p-value figure needs the whole outcome, which a run stored before schema 9 lacks
        pValueChart.setVisible(state.outcome().isPresent());
        pValueChart.getParent().layout();
        state.outcome().flatMap(outcome -> RunFigures.of(outcome).stream()
                .filter(figure -> figure.id().equals(ProjectionsView.P_VALUE)).findFirst())
                .ifPresent(figure -> pValueChart.show(figure.figure()));
        setContentDescription(state.run().map(run -> "Run of " + run.model() + " on " + run.analysis()
                + state.model().flatMap(model -> FastSimulation.otherVersion(model.provenance()))
                        .map(note -> "; its model was " + note).orElse("")
                + (state.outcome().isEmpty() ? "; " + RunContext.FIGURES_NOT_RECORDED : ""))
                .orElse("No run shown: run an analysis, or open a run from the database navigator."));
    }

    /** The row of the relative errors of the merged bin's signal that its limits took. */
    public static final String SIGNAL_ERRORS = "Signal uncertainty in the limits";

    /** "+4.8% −5.0%": relative errors as the view shows them. */
    public static String signalErrors(double up, double down) {
        return String.format(Locale.ROOT, "+%.1f%% −%.1f%%", 100 * up, 100 * down);
    }

    /** The rows shown for a run; the expected-limit bands need the whole outcome. */
    public static List<Row> rows(AnalysisRun run, AnalysisOutcome outcome) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("Signal model", run.model()));
        rows.add(new Row("Optimizer / figure of merit", run.optimizer() + " / " + run.figureOfMerit()));
        rows.add(new Row("Merged bins", run.bins().size() + ": " + run.bins()));
        if (!run.selection().isEmpty()) {
            rows.add(new Row("Selection", run.selection()));
        }
        rows.add(new Row("Expected signal S", number(run.signal())));
        rows.add(new Row(SIGNAL_ERRORS, run.recordsSignalErrors()
                ? signalErrors(run.signalErrorUp(), run.signalErrorDown())
                : "not recorded (stored before; its limits took the signal as exact)"));
        rows.add(new Row("Background B", number(run.background()) + " +" + number(run.backgroundUp()) + " \u2212"
                + number(run.backgroundDown())));
        rows.add(new Row("Observed N", Long.toString(run.observed())));
        rows.add(new Row("Expected p-value (S + B)", pValue(run.expectedPValue())));
        rows.add(new Row("Expected Z", significance(run.expectedSignificance())));
        rows.add(new Row("Observed p-value", pValue(run.observedPValue())));
        rows.add(new Row("Observed Z", significance(run.observedSignificance())));
        rows.add(new Row("Observed 95% CL limit on S", number(run.signalLimit())));
        rows.add(new Row("Expected 95% CL limit on S", outcome == null ? number(run.expectedSignalLimit())
                : bands(outcome.test().expectedLimits())));
        rows.add(new Row("Observed limit on the signal strength", number(run.signalStrengthLimit())));
        double expectedStrength = run.expectedSignalLimit() / run.signal();
        rows.add(new Row("Expected limit on the signal strength", outcome == null ? number(expectedStrength)
                : bands(outcome.test().expectedSignalStrengthLimits())));
        run.full().ifPresentOrElse(full -> {
            rows.add(new Row(FULL_HEADER, "all bins and control regions, nuisances profiled; " + full.method()
                    + " CLs"));
            rows.add(new Row(FULL + ": best-fit \u03bc", number(full.bestFitStrength())));
            rows.add(new Row(FULL + ": expected Z", significance(full.expectedSignificance())));
            rows.add(new Row(FULL + ": observed Z", significance(full.observedSignificance())));
            rows.add(new Row(FULL + ": observed limit on \u03bc", number(full.observedLimit())));
            rows.add(new Row(FULL + ": expected limit on \u03bc", bands(new ExpectedLimits(
                    full.expectedMinus2(), full.expectedMinus1(), full.expectedMedian(), full.expectedPlus1(),
                    full.expectedPlus2()))));
            rows.add(new Row("The merged bin keeps", String.format(Locale.ROOT, "%.0f%% of the full likelihood's"
                    + " expected sensitivity", 100 * full.expectedMedian() / expectedStrength)));
        }, () -> rows.add(new Row(FULL_HEADER,
                "not computed (statistics one-bin, or a search imported without datacards)")));
        return rows;
    }

    private static String bands(ExpectedLimits limits) {
        return number(limits.median()) + " (68%: " + number(limits.minus1()) + "\u2013" + number(limits.plus1())
                + ", 95%: " + number(limits.minus2()) + "\u2013" + number(limits.plus2()) + ")";
    }

    /** Counts and limits: four significant digits. */
    public static String number(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
    }

    public static String pValue(double p) {
        return String.format(Locale.ROOT, "%.4e", p);
    }

    public static String significance(double z) {
        return String.format(Locale.ROOT, "%.3f", z);
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        RunContext.get().removeListener(listener);
        super.dispose();
    }
}
