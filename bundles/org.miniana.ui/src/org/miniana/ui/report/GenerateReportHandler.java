/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.report;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.miniana.core.Ra2Search;
import org.miniana.report.ReportRegistry;
import org.miniana.report.ReportRequest;
import org.miniana.report.ReportResult;
import org.miniana.report.ReportSettings;
import org.miniana.report.ReportSubject;
import org.miniana.ui.session.DatabaseSession;
import org.miniana.ui.session.RunContext;
import org.miniana.ui.session.WorkbenchJob;
import org.miniana.ui.views.ScanMapView;
import org.miniana.core.UserDirectories;

/**
 * Generate Report: the reports of the scan in the active Scan Map view, else of the run shown,
 * written by the chosen contributed generators as a job, with the author of the preferences.
 */
public final class GenerateReportHandler extends AbstractHandler {

    public static final String COMMAND = "org.miniana.ui.commands.generateReport";

    /** Family of report jobs, for waiting on them. */
    public static final Object FAMILY = new Object();

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        Optional<ReportSubject> subject = subject(HandlerUtil.getActivePart(event));
        if (subject.isEmpty()) {
            MessageDialog.openInformation(window.getShell(), GenerateReportDialog.TITLE,
                    "Run an analysis (or open a run whose analysis can be remade) or a scan first.");
            return null;
        }
        ReportRegistry registry = ReportRegistry.fromPlatform();
        String defaultOutput = UserDirectories.home().resolve("miniana-reports")
                .resolve(subject.get().defaultTitle().replaceAll("[^A-Za-z0-9_.-]+", "_")).toString();
        GenerateReportDialog.ask(window.getShell(), subject.get().defaultTitle(), registry.descriptors(), defaultOutput)
                .ifPresent(request -> generate(registry, subject.get(), request, window.getShell()));
        return null;
    }

    /** The title of the message that the reports have been written. */
    public static final String DONE_TITLE = "Reports Written";

    private static Optional<ReportSubject> subject(IWorkbenchPart part) {
        if (part instanceof ScanMapView scans && scans.scan().isPresent()) {
            // scans run on the RA2 search, whose simplified models the fast simulation knows
            return Optional.of(new ReportSubject.Scan(scans.scan().get(),
                    DatabaseSession.get().searchResult(Ra2Search.ANALYSIS.name())));
        }
        return RunContext.get().state().flatMap(RunContext.State::outcome).map(ReportSubject.Run::new);
    }

    private static void generate(ReportRegistry registry, ReportSubject subject, GenerateReportDialog.Request request,
            Shell shell) {
        new WorkbenchJob("Writing reports to " + request.output(), FAMILY) {
            @Override
            protected IStatus work(IProgressMonitor monitor) {
                try {
                    ReportResult result = registry.run(request.generators(), new ReportRequest(subject,
                            new ReportSettings(request.title(), request.author(), ""),
                            DatabaseSession.get().description(), request.output()), monitor);
                    String written = result.files().size() + " files written to " + result.folder()
                            + (result.notes().isEmpty() ? "" : "\n\n" + String.join("\n", result.notes()));
                    // the user asked for them and waits: say that they are there
                    shell.getDisplay().asyncExec(() -> {
                        if (!shell.isDisposed()) {
                            MessageDialog.openInformation(shell, DONE_TITLE, written);
                        }
                    });
                    return Status.OK_STATUS;
                } catch (CoreException e) {
                    return e.getStatus();
                }
            }
        }.schedule();
    }
}
