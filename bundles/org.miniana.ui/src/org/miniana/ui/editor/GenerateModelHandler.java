/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.miniana.analysis.ModelSource;
import org.miniana.core.Ra2Search;
import org.miniana.core.SignalModel;
import org.miniana.signal.SignalModelProviders;
import org.miniana.ui.session.DatabaseSession;
import org.miniana.ui.session.WorkbenchJob;

/**
 * Generate Signal Model: simulates a point of a built-in simplified model in a job, stores it
 * for the RA2 search (as the analysis service resolves references) and opens it in the editor.
 */
public final class GenerateModelHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        GenerateModelDialog.ask(window.getShell(), null).ifPresent(reference -> generate(reference,
                window.getActivePage()));
        return null;
    }

    private static void generate(String reference, IWorkbenchPage page) {
        new WorkbenchJob("Generating " + reference, ModelSources.PROVIDE_FAMILY) {
            @Override
            protected IStatus work(IProgressMonitor monitor) {
                var database = DatabaseSession.get().database();
                try {
                    SignalModel model = new ModelSource(database.signalModels(), Ra2Search.ANALYSIS.name(),
                            SignalModelProviders.fromPlatform()).resolve(reference, monitor);
                    DatabaseSession.get().changed(DatabaseSession.Change.MODELS);
                    PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
                        try {
                            page.openEditor(new SignalModelEditorInput(Ra2Search.ANALYSIS.name(), model.name()),
                                    SignalModelEditor.ID);
                        } catch (PartInitException e) {
                            throw new IllegalStateException(e.getMessage(), e);
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
