/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.run;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.miniana.analysis.AnalysisOptions;
import org.miniana.analysis.MassScan;
import org.miniana.analysis.ScanListener;
import org.miniana.analysis.ScanResult;
import org.miniana.analysis.SingleBinAnalysis;
import org.miniana.core.Ra2Search;
import org.miniana.ui.preferences.UiPreferences;
import org.miniana.ui.session.DatabaseSession;
import org.miniana.ui.session.WorkbenchJob;
import org.miniana.ui.views.ScanMapView;

/**
 * Run Scan: a mass scan of a simplified model on the RA2 search as a cancellable job (a
 * cancelled scan keeps what it finished, and the next one resumes), shown in the Scan Map view.
 */
public final class ScanHandler extends AbstractHandler {

    public static final String COMMAND = "org.miniana.ui.commands.runScan";

    /** Family of scan jobs, for waiting on them. */
    public static final Object FAMILY = new Object();

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        ScanDialog.ask(window.getShell()).ifPresent(request -> scan(request, UiPreferences.analysisOptions(),
                window.getActivePage()));
        return null;
    }

    static void scan(ScanDialog.Request request, AnalysisOptions options, IWorkbenchPage page) {
        new WorkbenchJob("Scanning " + request.family().family(), FAMILY) {
            @Override
            protected IStatus work(IProgressMonitor monitor) {
                DatabaseSession session = DatabaseSession.get();
                var search = session.searchResult(Ra2Search.ANALYSIS.name());
                ScanResult result = new MassScan(session.database(), search, SingleBinAnalysis.fromPlatform()).run(
                        request.family(), request.grid(), request.eventsPerPoint(), 1, options, request.threads(),
                        monitor, ScanListener.NONE);
                session.changed(DatabaseSession.Change.MODELS);
                session.changed(DatabaseSession.Change.SCANS);
                PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
                    try {
                        ((ScanMapView) page.showView(ScanMapView.ID)).show(result);
                    } catch (PartInitException e) {
                        throw new IllegalStateException(e.getMessage(), e);
                    }
                });
                return result.cancelled() ? Status.CANCEL_STATUS
                        : result.failures().isEmpty() ? Status.OK_STATUS
                                : Status.warning(result.failures().size() + " of "
                                        + (result.points().size() + result.failures().size())
                                        + " points failed, e.g. " + result.failures().entrySet().iterator().next());
            }
        }.schedule();
    }
}
