/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.editor;

import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;

/** Cells edited as text: the editor shows {@code value}, and {@code apply} checks and applies what was typed. */
final class TextEditing extends EditingSupport {

    private final Function<Object, String> value;
    private final BiConsumer<Object, String> apply;

    TextEditing(ColumnViewer viewer, Function<Object, String> value, BiConsumer<Object, String> apply) {
        super(viewer);
        this.value = value;
        this.apply = apply;
    }

    @Override
    protected CellEditor getCellEditor(Object element) {
        return new TextCellEditor((Composite) getViewer().getControl());
    }

    @Override
    protected boolean canEdit(Object element) {
        return true;
    }

    @Override
    protected Object getValue(Object element) {
        return value.apply(element);
    }

    @Override
    protected void setValue(Object element, Object text) {
        apply.accept(element, text.toString());
    }
}
