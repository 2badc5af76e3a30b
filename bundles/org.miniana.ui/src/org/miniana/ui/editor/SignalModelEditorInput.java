/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.editor;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** A signal model stored in the workbench's database, named by its unique name. */
public final class SignalModelEditorInput implements IEditorInput {

    private final String analysis;
    private final String modelName;

    /** The model named {@code modelName} in the search {@code analysis}: a name is unique only within its search. */
    public SignalModelEditorInput(String analysis, String modelName) {
        this.analysis = Objects.requireNonNull(analysis, "analysis");
        this.modelName = Objects.requireNonNull(modelName, "modelName");
    }

    public String analysis() {
        return analysis;
    }

    public String modelName() {
        return modelName;
    }

    @Override
    public boolean exists() {
        // not remembered in the recent-files list: the database may not hold it next time
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    @Override
    public String getName() {
        return modelName;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return "Signal model " + modelName + " of " + analysis;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignalModelEditorInput input && input.analysis.equals(analysis)
                && input.modelName.equals(modelName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(analysis, modelName);
    }
}
