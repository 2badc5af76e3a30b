/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.editor;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IOperationHistoryListener;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.commands.operations.OperationHistoryEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialogWithToggle;
import org.eclipse.jface.preference.IPersistentPreferenceStore;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.window.Window;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;
import org.miniana.core.InputChecks;
import org.miniana.core.SignalModel;
import org.miniana.data.DatabaseException;
import org.miniana.data.ResultsDatabase;
import org.miniana.ui.preferences.UiPreferences;
import org.miniana.ui.session.DatabaseSession;

/**
 * Edits a stored signal model: its parameters and metadata, its yield in every bin (a table and a
 * chart), with undo and redo through the platform's operation history, and Save / Save As to the
 * database. Every change is a {@link ModelEdit} in this editor's undo context; the editor is dirty
 * while the history's latest edit is not the one that was saved.
 */
public final class SignalModelEditor extends FormEditor {

    public static final String ID = "org.miniana.ui.editors.signalModel";

    /** How many edits can be undone. */
    private static final int UNDO_LIMIT = 500;

    private final IUndoContext undoContext = new ObjectUndoContext(this, "Signal model editor");
    private final IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
    private final IOperationHistoryListener historyListener = this::historyChanged;
    private ModelDocument document;
    /** The latest edit when the model was saved (or opened); null when there was none. */
    private IUndoableOperation savedAt;
    private UndoActionHandler undo;
    private RedoActionHandler redo;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof SignalModelEditorInput modelInput)) {
            throw new PartInitException("Not a signal model: " + input);
        }
        try {
            ResultsDatabase database = DatabaseSession.get().database();
            SignalModel model = database.signalModels().get(modelInput.analysis(), modelInput.modelName());
            document = new ModelDocument(DatabaseSession.get().searchResult(modelInput.analysis()), model);
        } catch (DatabaseException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        super.init(site, input);
        setPartName(modelInput.modelName());
        history.setLimit(undoContext, UNDO_LIMIT);
        history.addOperationHistoryListener(historyListener);
        undo = new UndoActionHandler(site, undoContext);
        undo.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_UNDO);
        redo = new RedoActionHandler(site, undoContext);
        redo.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_REDO);
        site.getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        site.getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        site.getActionBars().updateActionBars();
    }

    @Override
    protected void addPages() {
        try {
            addPage(new OverviewPage(this));
            addPage(new YieldsPage(this));
            addPage(new YieldsChartPage(this));
        } catch (PartInitException e) {
            ErrorDialog.openError(getSite().getShell(), "Signal model editor", e.getMessage(), e.getStatus());
        }
    }

    public ModelDocument document() {
        return document;
    }

    public IUndoContext undoContext() {
        return undoContext;
    }

    /** Applies an edit through the operation history, so that it can be undone. */
    void apply(String label, SignalModel after) {
        if (after.equals(document.model())) {
            return;
        }
        try {
            history.execute(new ModelEdit(label, undoContext, document, after), null, null);
        } catch (ExecutionException e) {
            ErrorDialog.openError(getSite().getShell(), label, e.getMessage(),
                    Status.error(e.getMessage(), e));
        }
    }

    private void historyChanged(OperationHistoryEvent event) {
        if (event.getOperation() != null && event.getOperation().hasContext(undoContext)) {
            switch (event.getEventType()) {
            case OperationHistoryEvent.DONE, OperationHistoryEvent.UNDONE, OperationHistoryEvent.REDONE,
                    OperationHistoryEvent.OPERATION_REMOVED -> getSite().getShell().getDisplay()
                            .asyncExec(() -> firePropertyChange(PROP_DIRTY));
            default -> {
                // other events do not change what is saved
            }
            }
        }
    }

    @Override
    public boolean isDirty() {
        return history.getUndoOperation(undoContext) != savedAt;
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (savingKeepsRunsAgreed() && store(document.model(), true)) {
            markSaved();
        } else if (monitor != null) {
            monitor.setCanceled(true);
        }
    }

    /**
     * Tells the user, until they tick "do not tell me again", what Save does to the model's runs:
     * they stay, with the yields they were made with.
     */
    private boolean savingKeepsRunsAgreed() {
        IPreferenceStore settings = UiPreferences.analysisStore();
        String name = document.model().name();
        if (MessageDialogWithToggle.ALWAYS.equals(settings.getString(UiPreferences.SAVE_KEEPS_RUNS_TOLD))) {
            return true;
        }
        int runs;
        try {
            runs = DatabaseSession.get().database().runs().forModel(analysis(), name).size();
        } catch (DatabaseException e) {
            // the store that follows fails with this message
            return true;
        }
        if (runs == 0) {
            return true;
        }
        var dialog = MessageDialogWithToggle.openOkCancelConfirm(getSite().getShell(), "Save " + name, "Saving gives "
                + name + " the yields as edited. " + (runs == 1 ? "Its run" : "Its " + runs + " runs")
                + " made with the yields stored until now " + (runs == 1 ? "is" : "are") + " kept with those yields,"
                + " listed as \"earlier yields\" under the model in the Database view. Run the analysis again for"
                + " the new yields.", "Do not tell me again", false, settings, UiPreferences.SAVE_KEEPS_RUNS_TOLD);
        if (dialog.getToggleState() && settings instanceof IPersistentPreferenceStore persistent) {
            try {
                persistent.save();
            } catch (IOException e) {
                // then the user is told again next time
            }
        }
        return dialog.getReturnCode() == IDialogConstants.OK_ID;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }

    @Override
    public void doSaveAs() {
        List<String> taken;
        try {
            taken = DatabaseSession.get().database().signalModels().names(analysis());
        } catch (DatabaseException e) {
            ErrorDialog.openError(getSite().getShell(), "Save As", e.getMessage(), Status.error(e.getMessage(), e));
            return;
        }
        InputDialog dialog = new InputDialog(getSite().getShell(), "Save Signal Model As",
                "New name of the model (the runs of " + document.model().name() + " stay with it):",
                document.model().name() + "_copy", text -> text.isBlank() ? "A model needs a name"
                        : taken.contains(text.strip()) ? "A model of " + analysis() + " named '" + text.strip()
                                + "' is stored already"
                                : nameProblem(text.strip()));
        if (dialog.open() != Window.OK) {
            return;
        }
        String name = dialog.getValue().strip();
        if (store(ModelDocument.withName(document.model(), name), false)) {
            document.rename(name);
            setInput(new SignalModelEditorInput(analysis(), name));
            setPartName(name);
            markSaved();
        }
    }

    private boolean store(SignalModel model, boolean replace) {
        try {
            DatabaseSession.get().database().signalModels().store(analysis(), List.of(model), replace);
            DatabaseSession.get().changed(DatabaseSession.Change.MODELS);
            return true;
        } catch (DatabaseException | IllegalArgumentException e) {
            ErrorDialog.openError(getSite().getShell(), "Cannot save " + model.name(), e.getMessage(),
                    Status.error(e.getMessage(), e));
            return false;
        }
    }

    /** The search the model belongs to: its name is unique only there. */
    private String analysis() {
        return document.search().analysis().name();
    }

    private void markSaved() {
        savedAt = history.getUndoOperation(undoContext);
        firePropertyChange(PROP_DIRTY);
    }

    @Override
    public void dispose() {
        history.removeOperationHistoryListener(historyListener);
        history.dispose(undoContext, true, true, true);
        if (undo != null) {
            undo.dispose();
            redo.dispose();
        }
        super.dispose();
    }

    /** The rules of every reader for names, so that the editor stores no name an import would refuse. */
    private static String nameProblem(String name) {
        try {
            InputChecks.name("The name", name);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
