/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.internal;

import java.util.function.Consumer;

import org.eclipse.jface.action.ContributionItem;
import org.eclipse.jface.action.StatusLineLayoutData;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.miniana.ui.WidgetIds;
import org.miniana.ui.session.DatabaseSession;

/** The status line's note of the database in use: the embedded folder or the server URL. */
final class DatabaseStatusItem extends ContributionItem {

    static final String PREFIX = "Database: ";

    private CLabel label;
    private final Consumer<DatabaseSession.Change> listener = change -> {
        if (change == DatabaseSession.Change.CONNECTION) {
            PlatformUI.getWorkbench().getDisplay().asyncExec(this::update);
        }
    };

    DatabaseStatusItem() {
        super("org.miniana.ui.status.database");
        DatabaseSession.get().addListener(listener);
    }

    @Override
    public void fill(Composite parent) {
        new Label(parent, SWT.SEPARATOR);
        label = new CLabel(parent, SWT.SHADOW_NONE);
        label.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER));
        WidgetIds.set(label, WidgetIds.STATUS_DATABASE);
        label.setLayoutData(new StatusLineLayoutData());
        update();
    }

    @Override
    public void update() {
        if (label != null && !label.isDisposed()) {
            String description = DatabaseSession.get().description();
            label.setText(PREFIX + description);
            label.setToolTipText("The results database this workbench uses (Window > Preferences > Mini Analysis)");
            label.getParent().layout();
        }
    }

    @Override
    public void dispose() {
        DatabaseSession.get().removeListener(listener);
        super.dispose();
    }
}
