/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.views;

import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.miniana.analysis.ScanPoint;
import org.miniana.analysis.ScanResult;
import org.miniana.figure.analysis.RunFigures;
import org.miniana.signal.FastSimulation;
import org.miniana.ui.Labels;
import org.miniana.ui.WidgetIds;
import org.miniana.ui.charts.FigureCanvas;
import org.miniana.ui.navigator.Opener;

/**
 * A mass scan: its limit map in the field's convention (the observed cross-section upper limit over
 * (m_gluino, m_LSP) on a log colour scale with the exclusion contours, the same figure as the
 * reports' scan-limits, or scan-limits-one-bin without the full likelihood), and the points with
 * their significances and signal-strength limits (excluded below 1). Double-clicking a point, on
 * the map or in the table, opens its run. A recorded scan is reopened when the workbench restarts.
 */
public final class ScanMapView extends ViewPart {

    public static final String ID = "org.miniana.ui.views.scanMap";

    private TableViewer points;
    private FigureCanvas map;
    /** The memento key of the shown scan's record id. */
    private static final String SCAN_KEY = "scan";

    private ScanResult scan;
    private long restoredScan;

    @Override
    public void init(IViewSite site, IMemento memento) throws PartInitException {
        super.init(site, memento);
        String id = memento == null ? null : memento.getString(SCAN_KEY);
        restoredScan = id == null ? 0 : Long.parseLong(id);
    }

    @Override
    public void saveState(IMemento memento) {
        if (scan != null && scan.recordId() != 0) {
            memento.putString(SCAN_KEY, Long.toString(scan.recordId()));
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new FillLayout());
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        map = new FigureCanvas(sash, SWT.NONE);
        WidgetIds.set(map, WidgetIds.SCAN_CHART);
        map.addListener(SWT.MouseDoubleClick, this::openPointAt);
        points = new TableViewer(sash, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
        sash.setWeights(55, 45);
        points.getTable().setHeaderVisible(true);
        points.getTable().setLinesVisible(true);
        WidgetIds.set(points.getTable(), WidgetIds.SCAN_TABLE);
        points.setContentProvider(ArrayContentProvider.getInstance());
        // a point whose model another simulation version made carries a warning where its row starts
        column("m(gluino) [GeV]", point -> Labels.number(point.point().mGluino()),
                point -> point.simulatedByOtherVersion() ? PlatformUI.getWorkbench().getSharedImages()
                        .getImage(ISharedImages.IMG_OBJS_WARN_TSK) : null);
        column("m(LSP) [GeV]", point -> Labels.number(point.point().mLsp()));
        column("Bins", point -> Integer.toString(point.run().bins().size()));
        column("Expected Z", point -> SignificanceView.significance(point.run().expectedSignificance()));
        column("Observed Z", point -> SignificanceView.significance(point.run().observedSignificance()));
        column("Expected \u03bc limit", point -> SignificanceView.number(point.expectedStrengthLimit()));
        column("Observed \u03bc limit", point -> SignificanceView.number(point.observedStrengthLimit()));
        column("Excluded", point -> point.observedStrengthLimit() < 1 ? "yes" : "");
        column("Model", point -> FastSimulation.otherVersion(point.modelProvenance()).orElse(""));
        points.addDoubleClickListener(event -> {
            if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof ScanPoint point) {
                Opener.showRun(getSite().getPage(), point.run());
            }
        });
        setContentDescription("No scan yet: Analysis > Run Scan, or double-click a scan in the Database view.");
        if (restoredScan != 0) {
            Opener.showScan(getSite().getPage(), restoredScan, ScanMapView::showRestored);
        }
    }

    private void column(String title, Function<ScanPoint, String> text) {
        column(title, text, point -> null);
    }

    private void column(String title, Function<ScanPoint, String> text, Function<ScanPoint, Image> image) {
        TableViewerColumn column = new TableViewerColumn(points, SWT.RIGHT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(110);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((ScanPoint) element);
            }

            @Override
            public Image getImage(Object element) {
                return image.apply((ScanPoint) element);
            }
        });
    }

    /** Shows the points of a scan: the limit map with the exclusion contours, and the table. */
    public void show(ScanResult result) {
        scan = result;
        points.setInput(result.points());
        if (!result.points().isEmpty()) {
            map.show(RunFigures.limitMap(result).figure());
        }
        long excluded = result.points().stream().filter(point -> point.observedStrengthLimit() < 1).count();
        // the note first: a description wider than the view is cut at its end
        setContentDescription(result.otherVersionNote().map(note -> "Note: " + note + ". ").orElse("")
                + String.format("%s scan with %s: %d points, %d excluded at 95%% CL%s%s", result.family().family(),
                        result.options().optimizer(), result.points().size(), excluded,
                        result.failures().isEmpty() ? "" : ", " + result.failures().size() + " failed",
                        result.cancelled() ? " (cancelled)" : ""));
    }

    /**
     * Shows the scan this view showed when the workbench was last closed, read in a job, unless a
     * scan was shown meanwhile: a scan that ends opens this view and must not be replaced by it.
     */
    private void showRestored(ScanResult restored) {
        if (scan == null) {
            show(restored);
        }
    }

    /** Opens the run of the scanned point nearest to where the map's frame was double-clicked. */
    private void openPointAt(Event event) {
        map.plots().stream().filter(plot -> plot.contains(event.x, event.y)).findFirst()
                .flatMap(plot -> nearest(plot.dataX(event.x), plot.dataY(event.y)))
                .ifPresent(point -> Opener.showRun(getSite().getPage(), point.run()));
    }

    /** The scan shown, if any. */
    public Optional<ScanResult> scan() {
        return Optional.ofNullable(scan);
    }

    /** The scanned point nearest to (mGluino, mLSP), if the scan has any. */
    public Optional<ScanPoint> nearest(double mGluino, double mLsp) {
        return scan().stream().flatMap(shownScan -> shownScan.points().stream()).min(Comparator.comparingDouble(
                point -> Math.hypot(point.point().mGluino() - mGluino, point.point().mLsp() - mLsp)));
    }

    @Override
    public void setFocus() {
        points.getControl().setFocus();
    }
}
