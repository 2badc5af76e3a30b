/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.miniana.ui.session.DatabaseSession;
import org.osgi.framework.FrameworkUtil;

/** Help > About: the versions of the workbench, the platform and Java, and the database in use. */
public final class AboutHandler extends AbstractHandler {

    public static final String TITLE = "About Mini Analysis Workbench";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        MessageDialog.openInformation(HandlerUtil.getActiveShellChecked(event), TITLE, text());
        return null;
    }

    /** What the dialog says. */
    public static String text() {
        return "Mini Analysis Workbench " + FrameworkUtil.getBundle(AboutHandler.class).getVersion()
                + "\nEclipse Platform " + Platform.getBundle("org.eclipse.ui.workbench").getVersion()
                + "\nJava " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
                + "\n\nDatabase in use: " + DatabaseSession.get().description()
                + "\n\nEclipse Public License 2.0";
    }
}
