/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.miniana.ui.navigator.DatabaseNavigatorView;
import org.miniana.ui.views.BinResultsView;
import org.miniana.ui.views.ProjectionsView;
import org.miniana.ui.views.ScanMapView;
import org.miniana.ui.views.SignificanceView;

/**
 * The "Mini Analysis" perspective: the database navigator on the left, editors in the middle,
 * the result views below.
 */
public final class MiniAnalysisPerspective implements IPerspectiveFactory {

    public static final String ID = "org.miniana.ui.perspective";

    private static final String PROGRESS_VIEW = IPageLayout.ID_PROGRESS_VIEW;

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        layout.addView(DatabaseNavigatorView.ID, IPageLayout.LEFT, 0.18f, editors);
        IFolderLayout results = layout.createFolder("org.miniana.ui.results", IPageLayout.BOTTOM, 0.45f, editors);
        results.addView(BinResultsView.ID);
        results.addPlaceholder(ScanMapView.ID);
        results.addPlaceholder(PROGRESS_VIEW);
        layout.addView(SignificanceView.ID, IPageLayout.RIGHT, 0.45f, "org.miniana.ui.results");
        layout.addView(ProjectionsView.ID, IPageLayout.RIGHT, 0.5f, editors);
        layout.addShowViewShortcut(DatabaseNavigatorView.ID);
        layout.addShowViewShortcut(BinResultsView.ID);
        layout.addShowViewShortcut(SignificanceView.ID);
        layout.addShowViewShortcut(ProjectionsView.ID);
        layout.addShowViewShortcut(ScanMapView.ID);
        layout.addShowViewShortcut(PROGRESS_VIEW);
    }
}
