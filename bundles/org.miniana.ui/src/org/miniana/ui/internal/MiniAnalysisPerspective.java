/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.miniana.ui.views.BinResultsView;

/** The "Mini Analysis" perspective: the bin results fill the window for now. */
public final class MiniAnalysisPerspective implements IPerspectiveFactory {

    public static final String ID = "org.miniana.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addView(BinResultsView.ID, IPageLayout.TOP, 0.95f, layout.getEditorArea());
    }
}
