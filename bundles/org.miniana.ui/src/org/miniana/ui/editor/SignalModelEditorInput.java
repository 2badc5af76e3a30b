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

    private final String modelName;

    public SignalModelEditorInput(String modelName) {
        this.modelName = Objects.requireNonNull(modelName, "modelName");
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
        return "Signal model " + modelName;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignalModelEditorInput input && input.modelName.equals(modelName);
    }

    @Override
    public int hashCode() {
        return modelName.hashCode();
    }
}
