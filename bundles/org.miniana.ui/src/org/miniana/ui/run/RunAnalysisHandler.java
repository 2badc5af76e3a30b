/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.run;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.miniana.core.Ra2Search;
import org.miniana.data.DatabaseException;
import org.miniana.data.SignalModelSummary;
import org.miniana.optimize.OptimizerRegistry;
import org.miniana.ui.editor.SignalModelEditor;
import org.miniana.ui.editor.SignalModelEditorInput;
import org.miniana.ui.preferences.Choices;
import org.miniana.ui.preferences.UiPreferences;
import org.miniana.ui.session.DatabaseSession;

/**
 * Run Analysis: asks for a stored model (the one selected in the navigator or edited, by
 * default) and the options, then runs the analysis as a job. A model with unsaved edits is not
 * run: its stored yields are what a run refers to.
 */
public final class RunAnalysisHandler extends AbstractHandler {

    public static final String COMMAND = "org.miniana.ui.commands.runAnalysis";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        // the dialog offers the models of one search, that of the selected or edited model, else the
        // bundled one: a name is unique only within its search
        SignalModelEditorInput preselected = preselected(event);
        String analysis = preselected != null ? preselected.analysis() : Ra2Search.ANALYSIS.name();
        List<String> models;
        try {
            models = DatabaseSession.get().database().signalModels().names(analysis);
        } catch (DatabaseException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        var request = RunAnalysisDialog.ask(window.getShell(), models,
                preselected != null ? preselected.modelName() : null,
                Choices.optimizers(OptimizerRegistry.fromPlatform()), UiPreferences.analysisOptions());
        if (request.isEmpty()) {
            return null;
        }
        String model = request.get().model();
        var chosen = new SignalModelEditorInput(analysis, model);
        boolean unsaved = Arrays.stream(window.getActivePage().getEditorReferences())
                .filter(reference -> SignalModelEditor.ID.equals(reference.getId()) && reference.isDirty())
                .anyMatch(reference -> chosen.equals(editorInput(reference)));
        if (unsaved) {
            MessageDialog.openError(window.getShell(), RunAnalysisDialog.TITLE,
                    "The editor of " + model + " has unsaved changes. Save them first: a run refers to the stored model.");
            return null;
        }
        new AnalysisJob(analysis, model, request.get().options(), window.getActivePage()).schedule();
        return null;
    }

    private static IEditorInput editorInput(IEditorReference reference) {
        try {
            return reference.getEditorInput();
        } catch (PartInitException e) {
            // an editor that could not open holds no unsaved edits
            return null;
        }
    }

    /** The model selected in the navigator, else the one in the active editor, else none. */
    private static SignalModelEditorInput preselected(ExecutionEvent event) {
        if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
                && selection.getFirstElement() instanceof SignalModelSummary model) {
            return new SignalModelEditorInput(model.analysis(), model.name());
        }
        if (HandlerUtil.getActiveEditor(event) != null
                && HandlerUtil.getActiveEditor(event).getEditorInput() instanceof SignalModelEditorInput input) {
            return input;
        }
        return null;
    }
}
