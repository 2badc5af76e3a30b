/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.io;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.miniana.analysis.ModelExport;
import org.miniana.core.Ra2Search;
import org.miniana.data.DatabaseException;
import org.miniana.data.ResultsDatabase;
import org.miniana.ui.session.DatabaseSession;
import org.miniana.ui.session.RunContext;
import org.miniana.ui.session.WorkbenchJob;
import org.miniana.core.UserDirectories;

/**
 * File > Export pyhf Workspace... and File > Export Combine Cards...: a search's full statistical
 * model, with a signal model or none, written by {@link ModelExport} as a job (the same files as
 * {@code miniana export --format pyhf|combine}). The format is the handler's initialization data in
 * {@code plugin.xml} ({@code pyhf} or {@code combine}). The search shown is proposed, else RA2.
 */
public final class ExportModelHandler extends AbstractHandler implements IExecutableExtension {

    /** The command of File > Export pyhf Workspace... */
    public static final String PYHF_COMMAND = "org.miniana.ui.commands.exportPyhf";
    /** The command of File > Export Combine Cards... */
    public static final String COMBINE_COMMAND = "org.miniana.ui.commands.exportCombine";
    /** Family of export jobs, for waiting on them. */
    public static final Object FAMILY = new Object();
    /** The title of the dialog that asks what to export as a pyhf workspace. */
    public static final String PYHF_TITLE = "Export pyhf Workspace";
    /** The title of the dialog that asks what to export as Combine cards. */
    public static final String COMBINE_TITLE = "Export Combine Cards";
    /** The title of the message that the export has been written. */
    public static final String DONE_TITLE = "Model Exported";
    /** The title of the message that it has not. */
    public static final String FAILED_TITLE = "Export Failed";

    private ModelExport.Format format = ModelExport.Format.PYHF;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        format = "combine".equals(data) ? ModelExport.Format.COMBINE : ModelExport.Format.PYHF;
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        // the window's shell, not the active one: that may be a dialog gone by the time the job ends
        Shell shell = HandlerUtil.getActiveWorkbenchWindowChecked(event).getShell();
        ResultsDatabase database = DatabaseSession.get().database();
        List<String> searches = database.searchResults().names();
        String shown = RunContext.get().state().map(state -> state.result().analysis().name())
                .orElse(Ra2Search.ANALYSIS.name());
        Map<String, List<String>> models = database.signalModels().namesByAnalysis();
        String folder = UserDirectories.home().resolve("miniana-exports").toString();
        ExportModelDialog.ask(shell, format, searches, shown, models, folder)
                .ifPresent(request -> export(request, shell));
        return null;
    }

    private void export(ExportModelDialog.Request request, Shell shell) {
        ModelExport.Format chosen = format;
        new WorkbenchJob("Exporting " + request.search() + " to " + request.output(), FAMILY) {
            @Override
            protected IStatus work(IProgressMonitor monitor) {
                try {
                    List<String> notes = ModelExport.write(DatabaseSession.get().database(), request.search(),
                            request.signalModel(), chosen, request.output(), request.replace());
                    tell(shell, false, (chosen == ModelExport.Format.PYHF ? "pyhf workspace" : "Combine cards")
                            + " written to " + request.output().toAbsolutePath()
                            + (notes.isEmpty() ? "" : "\n\n" + String.join("\n", notes)));
                    return Status.OK_STATUS;
                } catch (IOException | DatabaseException | IllegalArgumentException e) {
                    tell(shell, true, "Nothing was written to " + request.output().toAbsolutePath() + ":\n"
                            + e.getMessage());
                    // the user has been told in a dialog; an error status would make the platform show a second one
                    return Status.warning(e.getMessage(), e);
                }
            }
        }.schedule();
    }

    /** Says in a dialog how the export ended: the user asked for it and waits. */
    private static void tell(Shell shell, boolean failed, String message) {
        if (shell.isDisposed()) {
            return;
        }
        shell.getDisplay().asyncExec(() -> {
            if (shell.isDisposed()) {
                return;
            }
            if (failed) {
                MessageDialog.openError(shell, FAILED_TITLE, message);
            } else {
                MessageDialog.openInformation(shell, DONE_TITLE, message);
            }
        });
    }
}
