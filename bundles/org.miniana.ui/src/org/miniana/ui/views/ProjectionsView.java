/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.part.ViewPart;
import org.miniana.figure.NamedFigure;
import org.miniana.figure.analysis.RunFigures;
import org.miniana.figure.render.FigureRenderer;
import org.miniana.ui.WidgetIds;
import org.miniana.ui.charts.FigureCanvas;
import org.miniana.ui.session.RunContext;

/**
 * The figures of the run shown, one tab each: the Njets, Nb, MHT and HT projections around the
 * merged bin (with their ratio panels) and the bin map, drawn by the reports' renderer
 * ({@link FigureCanvas}). The tool bar exports the figure in front as PNG or PDF.
 */
public final class ProjectionsView extends ViewPart {

    public static final String ID = "org.miniana.ui.views.projections";

    /** The figure the Significance view shows instead. */
    static final String P_VALUE = "p-value";
    static final int PNG_WIDTH = 1200;

    private CTabFolder tabs;
    private final Consumer<RunContext.State> listener = this::show;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new FillLayout());
        tabs = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
        WidgetIds.set(tabs, WidgetIds.PROJECTIONS_TABS);
        var toolBar = getViewSite().getActionBars().getToolBarManager();
        toolBar.add(export("Export PNG...", "*.png"));
        toolBar.add(export("Export PDF...", "*.pdf"));
        RunContext.get().addListener(listener);
        RunContext.get().state().ifPresent(this::show);
    }

    private void show(RunContext.State state) {
        if (tabs.isDisposed()) {
            return;
        }
        int selected = Math.max(0, tabs.getSelectionIndex());
        for (CTabItem item : tabs.getItems()) {
            item.getControl().dispose();
            item.dispose();
        }
        List<NamedFigure> figures = state.outcome().map(RunFigures::of).orElse(List.of()).stream()
                .filter(figure -> !figure.id().equals(P_VALUE)).toList();
        for (NamedFigure figure : figures) {
            CTabItem item = new CTabItem(tabs, SWT.NONE);
            item.setText(figure.id());
            item.setToolTipText(figure.caption());
            item.setData(figure);
            FigureCanvas chart = new FigureCanvas(tabs, SWT.NONE);
            WidgetIds.set(chart, WidgetIds.PROJECTIONS_CHART + "." + figure.id());
            chart.show(figure.figure());
            item.setControl(chart);
        }
        if (tabs.getItemCount() > 0) {
            tabs.setSelection(Math.min(selected, tabs.getItemCount() - 1));
        }
        if (!figures.isEmpty()) {
            setContentDescription("Figures of the run of " + state.model().map(model -> model.name()).orElse("?"));
        } else {
            setContentDescription(state.run().map(run -> "The run of " + run.model() + " was "
                    + RunContext.FIGURES_NOT_RECORDED + ".").orElse("Run an analysis to see its figures."));
        }
    }

    /** The figure in front, if any. */
    public Optional<NamedFigure> shownFigure() {
        CTabItem item = tabs.getSelection();
        return item == null ? Optional.empty() : Optional.of((NamedFigure) item.getData());
    }

    private Action export(String label, String extension) {
        return new Action(label) {
            @Override
            public void run() {
                shownFigure().ifPresent(figure -> {
                    FileDialog dialog = new FileDialog(tabs.getShell(), SWT.SAVE);
                    dialog.setFilterExtensions(new String[] { extension });
                    dialog.setFileName(figure.id() + extension.substring(1));
                    dialog.setOverwrite(true);
                    String file = dialog.open();
                    if (file != null) {
                        write(figure, Path.of(file));
                    }
                });
            }
        };
    }

    /** Writes a figure through the reports' renderer: PDF for a .pdf file, else PNG. */
    public void write(NamedFigure figure, Path file) {
        try {
            if (file.toString().toLowerCase().endsWith(".pdf")) {
                FigureRenderer.writePdf(figure.figure(), file);
            } else {
                FigureRenderer.writePng(figure.figure(), file, PNG_WIDTH,
                        (int) Math.round(PNG_WIDTH / figure.figure().aspect()));
            }
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(tabs.getShell(), "Export", "Cannot write " + file + ": " + e.getMessage());
        }
    }

    @Override
    public void setFocus() {
        tabs.setFocus();
    }

    @Override
    public void dispose() {
        RunContext.get().removeListener(listener);
        super.dispose();
    }
}
