/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A dialog of labelled fields in two columns under a title and message. OK is refused, with
 * the problem shown in the title area, while {@link #accept()} finds one.
 */
public abstract class FieldsDialog extends TitleAreaDialog {

    private final String shellTitle;
    private final String title;
    private final String message;

    protected FieldsDialog(Shell shell, String shellTitle, String title, String message) {
        super(shell);
        this.shellTitle = shellTitle;
        this.title = title;
        this.message = message;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(shellTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(title);
        setMessage(message);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite fields = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fields);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
        createFields(fields);
        return area;
    }

    /** Adds the fields to a two-column composite, e.g. with {@link #text} and {@link #combo}. */
    protected abstract void createFields(Composite fields);

    /** Reads the fields when OK is pressed: a message saying what is wrong, or null to close. */
    protected abstract String accept();

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.OK_ID) {
            String problem = accept();
            if (problem != null) {
                setErrorMessage(problem);
                return;
            }
        }
        super.buttonPressed(buttonId);
    }

    /** A labelled text field. */
    protected static Text text(Composite fields, String label, String value) {
        new Label(fields, SWT.NONE).setText(label + ":");
        Text text = new Text(fields, SWT.BORDER);
        text.setText(value);
        GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(text);
        return text;
    }

    /** A labelled read-only drop-down of {@code items}, with {@code selected} chosen (else the first). */
    protected static Combo combo(Composite fields, String label, List<String> items, String selected) {
        return combo(fields, label, items, selected, SWT.READ_ONLY);
    }

    /** A labelled drop-down of {@code items} of the given style (SWT.DROP_DOWN: editable), {@code selected} chosen. */
    protected static Combo combo(Composite fields, String label, List<String> items, String selected, int style) {
        new Label(fields, SWT.NONE).setText(label + ":");
        Combo combo = new Combo(fields, style);
        combo.setItems(items.toArray(String[]::new));
        combo.select(Math.max(0, items.indexOf(selected)));
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(combo);
        return combo;
    }
}
