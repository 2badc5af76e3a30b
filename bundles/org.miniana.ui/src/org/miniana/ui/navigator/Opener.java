/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.navigator;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.miniana.analysis.AnalysisOutcome;
import org.miniana.analysis.MassScan;
import org.miniana.analysis.ScanResult;
import org.miniana.core.AnalysisRun;
import org.miniana.core.ScanRecord;
import org.miniana.core.SignalModel;
import org.miniana.core.SignalYield;
import org.miniana.data.AnalysisRunStore;
import org.miniana.data.SignalModelSummary;
import org.miniana.ui.editor.SignalModelEditor;
import org.miniana.ui.editor.SignalModelEditorInput;
import org.miniana.ui.navigator.NavigatorContent.AnalysisNode;
import org.miniana.ui.navigator.NavigatorContent.BinNode;
import org.miniana.ui.session.DatabaseSession;
import org.miniana.ui.session.RunContext;
import org.miniana.ui.session.WorkbenchJob;
import org.miniana.ui.views.BinResultsView;
import org.miniana.ui.views.ScanMapView;

/**
 * Opens what the navigator shows where it belongs: a model in the signal model editor, an
 * analysis or bin in the Bin Results view, a run in the result views, a scan in the Scan Map.
 */
public final class Opener {

    /** Family of the job that reads a run's model, for waiting on it. */
    public static final Object RUN_FAMILY = new Object();
    /** Family of the job that reads a stored scan, for waiting on it. */
    public static final Object SCAN_FAMILY = new Object();

    private Opener() {
    }

    static void open(IWorkbenchPage page, Object element) {
        try {
            switch (element) {
            case SignalModelSummary model -> page.openEditor(
                    new SignalModelEditorInput(model.analysis(), model.name()), SignalModelEditor.ID);
            case AnalysisNode analysis -> {
                RunContext.get().show(RunContext.State.of(analysis.result()));
                page.showView(BinResultsView.ID);
            }
            case BinNode bin -> {
                if (RunContext.get().state().map(state -> state.result() != bin.result()).orElse(true)) {
                    RunContext.get().show(RunContext.State.of(bin.result()));
                }
                ((BinResultsView) page.showView(BinResultsView.ID)).selectBins(Set.of(bin.yields().bin().index()));
            }
            case AnalysisRun run -> showRun(page, run);
            case AnalysisRunStore.EarlierRun earlier -> showRun(page, earlier.run(), Optional.of(earlier.yields()));
            case ScanRecord scan -> showScan(page, scan.id());
            default -> {
                // folders and groups only expand
            }
            }
        } catch (PartInitException e) {
            ErrorDialog.openError(page.getWorkbenchWindow().getShell(), "Open", e.getMessage(), e.getStatus());
        }
    }

    /**
     * Shows a stored run, with its model and search, in the result views. Its figures are drawn
     * from its record alone ({@link AnalysisOutcome#of}): no optimizer runs. A run stored before
     * runs recorded their details shows its numbers only.
     */
    public static void showRun(IWorkbenchPage page, AnalysisRun run) {
        showRun(page, run, Optional.empty());
    }

    /** Shows a run made with {@code yieldsUsed} when the model has other yields since. */
    private static void showRun(IWorkbenchPage page, AnalysisRun run, Optional<List<SignalYield>> yieldsUsed) {
        new WorkbenchJob("Opening the run of " + run.model(), RUN_FAMILY) {
            @Override
            protected IStatus work(IProgressMonitor monitor) {
                var stored = DatabaseSession.get().database().signalModels().get(run.analysis(), run.model());
                var model = yieldsUsed.map(yields -> new SignalModel(stored.name(), stored.family(),
                        stored.parameters(), stored.crossSectionPb(), stored.provenance(), yields)).orElse(stored);
                var result = DatabaseSession.get().searchResult(run.analysis());
                Optional<AnalysisOutcome> outcome = AnalysisOutcome.of(result, model, run);
                PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
                    RunContext.get().show(new RunContext.State(result, Optional.of(model), Optional.of(run), outcome));
                    try {
                        page.showView(BinResultsView.ID);
                    } catch (PartInitException e) {
                        ErrorDialog.openError(page.getWorkbenchWindow().getShell(), "Open", e.getMessage(),
                                e.getStatus());
                    }
                });
                return Status.OK_STATUS;
            }
        }.schedule();
    }

    /**
     * Shows a stored scan in the Scan Map view: its points are the stored runs made the scan's
     * way, read in a job. A scan that is gone (deleted meanwhile) leaves the view as it is.
     */
    public static void showScan(IWorkbenchPage page, long scanId) {
        showScan(page, scanId, ScanMapView::show);
    }

    /** Reads a stored scan as {@link #showScan(IWorkbenchPage, long)} does and hands it to {@code show} with the view. */
    public static void showScan(IWorkbenchPage page, long scanId, BiConsumer<ScanMapView, ScanResult> show) {
        new WorkbenchJob("Opening a scan", SCAN_FAMILY) {
            @Override
            protected IStatus work(IProgressMonitor monitor) {
                var database = DatabaseSession.get().database();
                Optional<ScanResult> scan = database.scans().find(scanId)
                        .map(record -> MassScan.reopen(database, record));
                PlatformUI.getWorkbench().getDisplay().asyncExec(() -> scan.ifPresent(result -> {
                    try {
                        show.accept((ScanMapView) page.showView(ScanMapView.ID), result);
                    } catch (PartInitException e) {
                        ErrorDialog.openError(page.getWorkbenchWindow().getShell(), "Open", e.getMessage(),
                                e.getStatus());
                    }
                }));
                return scan.isPresent() ? Status.OK_STATUS : Status.warning("The scan is no longer stored");
            }
        }.schedule();
    }
}
