/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.views;

import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.miniana.analysis.ScanPoint;
import org.miniana.analysis.ScanResult;
import org.miniana.ui.Labels;
import org.miniana.ui.WidgetIds;
import org.miniana.ui.navigator.Opener;

/**
 * The points of a mass scan with their significances and signal-strength limits (excluded
 * below 1); double-clicking a point opens its run in the result views.
 */
public final class ScanMapView extends ViewPart {

    public static final String ID = "org.miniana.ui.views.scanMap";

    private TableViewer points;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().applyTo(parent);
        points = new TableViewer(parent, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(points.getTable());
        points.getTable().setHeaderVisible(true);
        points.getTable().setLinesVisible(true);
        WidgetIds.set(points.getTable(), WidgetIds.SCAN_TABLE);
        points.setContentProvider(ArrayContentProvider.getInstance());
        column("m(gluino) [GeV]", point -> Labels.number(point.point().mGluino()));
        column("m(LSP) [GeV]", point -> Labels.number(point.point().mLsp()));
        column("Bins", point -> Integer.toString(point.run().bins().size()));
        column("Expected Z", point -> SignificanceView.significance(point.run().expectedSignificance()));
        column("Observed Z", point -> SignificanceView.significance(point.run().observedSignificance()));
        column("Expected \u03bc limit", point -> SignificanceView.number(point.expectedStrengthLimit()));
        column("Observed \u03bc limit", point -> SignificanceView.number(point.observedStrengthLimit()));
        column("Excluded", point -> point.observedStrengthLimit() < 1 ? "yes" : "");
        points.addDoubleClickListener(event -> {
            if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof ScanPoint point) {
                Opener.showRun(getSite().getPage(), point.run());
            }
        });
        setContentDescription("No scan yet: Analysis > Run Scan.");
    }

    private void column(String title, Function<ScanPoint, String> text) {
        TableViewerColumn column = new TableViewerColumn(points, SWT.RIGHT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(110);
        column.setLabelProvider(ColumnLabelProvider.createTextProvider(element -> text.apply((ScanPoint) element)));
    }

    /** Shows the points of a scan. */
    public void show(ScanResult result) {
        points.setInput(result.points());
        long excluded = result.points().stream().filter(point -> point.observedStrengthLimit() < 1).count();
        setContentDescription(String.format("%s scan with %s: %d points, %d excluded at 95%% CL%s%s",
                result.family().family(), result.options().optimizer(), result.points().size(), excluded,
                result.failures().isEmpty() ? "" : ", " + result.failures().size() + " failed",
                result.cancelled() ? " (cancelled)" : ""));
    }

    @Override
    public void setFocus() {
        points.getControl().setFocus();
    }
}
