/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.handlers.HandlerUtil;
import org.miniana.ui.WidgetIds;

/**
 * Help > Help Contents: the user guide of the workbench, the section "The workbench" of the
 * README that the product installs beside its launcher (the system property {@value #PROPERTY}
 * names another README, e.g. the source tree's in tests). The help system's own bundles are not
 * shipped: a plain window reads the guide.
 */
public final class UserGuideHandler extends AbstractHandler {

    public static final String TITLE = "Mini Analysis Workbench User Guide";
    public static final String PROPERTY = "miniana.userGuide";
    private static final String SECTION = "## The workbench";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        Path readme = readme();
        try {
            new GuideDialog(shell, section(Files.readString(readme))).open();
        } catch (IOException e) {
            MessageDialog.openError(shell, TITLE, "Cannot read the user guide " + readme + ": " + e);
        }
        return null;
    }

    /** The README: the property's, else the one in the installation folder. */
    static Path readme() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        try {
            return Path.of(Platform.getInstallLocation().getURL().toURI()).resolve("README.md");
        } catch (URISyntaxException e) {
            throw new IllegalStateException("The installation folder is no file path: " + e.getMessage(), e);
        }
    }

    /** The workbench's section of the README, up to the next section. */
    static String section(String readme) {
        int start = readme.indexOf(SECTION);
        if (start < 0) {
            return readme;
        }
        int end = readme.indexOf("\n## ", start + SECTION.length());
        return readme.substring(start, end < 0 ? readme.length() : end).strip();
    }

    private static final class GuideDialog extends Dialog {
        private final String guide;

        GuideDialog(Shell shell, String guide) {
            super(shell);
            this.guide = guide;
            setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText(TITLE);
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            Text text = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
            text.setText(guide);
            WidgetIds.set(text, WidgetIds.USER_GUIDE_TEXT);
            GridDataFactory.fillDefaults().grab(true, true).hint(820, 560).applyTo(text);
            return area;
        }

        @Override
        protected void createButtonsForButtonBar(Composite parent) {
            createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
        }

        @Override
        protected void buttonPressed(int buttonId) {
            close();
        }
    }
}
