/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.views;

import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.part.ViewPart;
import org.miniana.core.BackgroundProcess;
import org.miniana.core.BinYields;
import org.miniana.core.Ra2Search;
import org.miniana.core.SearchResult;
import org.miniana.data.DatabaseException;
import org.miniana.data.DefaultDatabase;
import org.miniana.data.ResultsDatabase;
import org.miniana.ui.WidgetIds;

/** One row per search bin: kinematic ranges, observed count, each background and their total. */
public final class BinResultsView extends ViewPart {

    public static final String ID = "org.miniana.ui.views.binResults";

    /** Family of the job that loads the bins, for waiting on it. */
    public static final Object LOAD_FAMILY = new Object();

    private TableViewer viewer;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        WidgetIds.set(table, WidgetIds.BIN_RESULTS_TABLE);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("Bin", 50, SWT.RIGHT, yields -> Integer.toString(yields.bin().index()));
        column("Njets", 60, SWT.CENTER, yields -> yields.bin().njets().countLabel());
        column("Nb", 50, SWT.CENTER, yields -> yields.bin().nb().countLabel());
        column("HT [GeV]", 90, SWT.CENTER, yields -> yields.bin().ht().rangeLabel());
        column("MHT [GeV]", 90, SWT.CENTER, yields -> yields.bin().mht().rangeLabel());
        column("Observed", 80, SWT.RIGHT, yields -> Long.toString(yields.observed()));
        for (BackgroundProcess process : Ra2Search.PROCESSES) {
            column(process.label(), 100, SWT.RIGHT,
                    yields -> String.format("%.2f", yields.background(process).value()));
        }
        column("Total", 90, SWT.RIGHT, yields -> String.format("%.2f", yields.totalBackground()));
        column("+Error", 70, SWT.RIGHT, yields -> String.format("%.2f", yields.totalEstimate().totalUp()));
        column("\u2212Error", 70, SWT.RIGHT, yields -> String.format("%.2f", yields.totalEstimate().totalDown()));
        getSite().setSelectionProvider(viewer);
        load();
    }

    private void column(String title, int width, int alignment, Function<BinYields, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, alignment);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((BinYields) element);
            }
        });
    }

    private void load() {
        setContentDescription("Loading " + Ra2Search.ANALYSIS.name() + "...");
        Job job = new Job("Loading bin results") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try (ResultsDatabase database = DefaultDatabase.open(DefaultDatabase.location(null), message -> {
                })) {
                    SearchResult result = database.searchResults().get(Ra2Search.ANALYSIS.name());
                    show(result, database.description());
                    return Status.OK_STATUS;
                } catch (DatabaseException e) {
                    showError(e.getMessage());
                    return Status.error(e.getMessage(), e);
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == LOAD_FAMILY;
            }
        };
        job.schedule();
    }

    private void show(SearchResult result, String source) {
        viewer.getControl().getDisplay().asyncExec(() -> {
            if (viewer.getControl().isDisposed()) {
                return;
            }
            viewer.setInput(result.bins());
            setContentDescription(String.format("%s: %d bins, %d observed events, %.1f predicted (%s)",
                    result.analysis().name(), result.bins().size(), result.totalObserved(), result.totalBackground(),
                    source));
        });
    }

    private void showError(String message) {
        viewer.getControl().getDisplay().asyncExec(() -> {
            if (!viewer.getControl().isDisposed()) {
                setContentDescription(message);
            }
        });
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
