/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.editor;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.miniana.core.SignalModel;

/**
 * One undoable edit of a signal model in an editor. Models are immutable and small (a few
 * hundred numbers), so an edit keeps the model before and after it: every kind of edit (a
 * yield, a parameter, an import that replaces all yields) undoes and redoes the same way.
 */
final class ModelEdit extends AbstractOperation {

    private final ModelDocument document;
    private final SignalModel before;
    private final SignalModel after;

    ModelEdit(String label, IUndoContext context, ModelDocument document, SignalModel after) {
        super(label);
        addContext(context);
        this.document = document;
        this.before = document.model();
        this.after = after;
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        document.setContent(after);
        return Status.OK_STATUS;
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        return execute(monitor, info);
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        document.setContent(before);
        return Status.OK_STATUS;
    }
}
