/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.editor;

import java.util.Set;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.miniana.core.SignalModel;
import org.miniana.ui.WidgetIds;
import org.miniana.ui.views.BinSelections;

/**
 * The yields over the bins as a bar chart; bins selected elsewhere in the workbench (the Bin
 * Results view) are drawn in a second colour.
 */
final class YieldsChartPage extends FormPage {

    static final String ID = "chart";
    static final String YIELDS = "yields";
    static final String SELECTED = "selected";

    private final SignalModelEditor editor;
    private final Runnable refresh = this::refresh;
    private final ISelectionListener selectionListener = this::binsSelected;
    private Chart chart;
    private Set<Integer> selected = Set.of();

    YieldsChartPage(SignalModelEditor editor) {
        super(editor, ID, "Chart");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        form.setText("Expected signal per bin");
        GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(form.getBody());
        chart = new Chart(form.getBody(), SWT.NONE);
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        WidgetIds.set(chart, WidgetIds.MODEL_YIELDS_CHART);
        chart.getTitle().setVisible(false);
        chart.getAxisSet().getXAxis(0).getTitle().setText("Search bin");
        chart.getAxisSet().getYAxis(0).getTitle().setText("Expected signal events");
        Display display = chart.getDisplay();
        IBarSeries<?> yields = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, YIELDS);
        yields.setBarColor(display.getSystemColor(SWT.COLOR_DARK_BLUE));
        yields.setBarPadding(10);
        IBarSeries<?> highlighted = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, SELECTED);
        highlighted.setBarColor(display.getSystemColor(SWT.COLOR_RED));
        highlighted.setBarPadding(10);
        highlighted.setBarOverlay(true);
        highlighted.setDescription("Selected bins");
        yields.setDescription("Yields");
        editor.document().addListener(refresh);
        getSite().getPage().addPostSelectionListener(selectionListener);
        refresh();
    }

    private void binsSelected(IWorkbenchPart part, ISelection selection) {
        Set<Integer> bins = BinSelections.indices(selection);
        if (!bins.isEmpty()) {
            selected = bins;
            refresh();
        }
    }

    private void refresh() {
        if (chart == null || chart.isDisposed()) {
            return;
        }
        SignalModel model = editor.document().model();
        int bins = model.yields().size();
        double[] x = new double[bins];
        double[] values = new double[bins];
        double[] highlighted = new double[bins];
        for (int bin = 0; bin < bins; bin++) {
            x[bin] = bin;
            values[bin] = model.yield(bin).value();
            highlighted[bin] = selected.contains(bin) ? values[bin] : 0;
        }
        chart.getSeriesSet().getSeries(YIELDS).setXSeries(x);
        chart.getSeriesSet().getSeries(YIELDS).setYSeries(values);
        chart.getSeriesSet().getSeries(SELECTED).setXSeries(x);
        chart.getSeriesSet().getSeries(SELECTED).setYSeries(highlighted);
        chart.getAxisSet().adjustRange();
        chart.redraw();
    }

    @Override
    public void dispose() {
        editor.document().removeListener(refresh);
        getSite().getPage().removePostSelectionListener(selectionListener);
        super.dispose();
    }
}
