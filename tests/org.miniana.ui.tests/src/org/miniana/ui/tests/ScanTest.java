/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.XMLMemento;
import org.junit.jupiter.api.Test;
import org.miniana.core.Ra2Search;
import org.miniana.core.SignalModel;
import org.miniana.figure.Layer.ColourMap;
import org.miniana.figure.render.PlotArea;
import org.miniana.signal.FastSimulation;
import org.miniana.signal.MassPoint;
import org.miniana.signal.SimplifiedModel;
import org.miniana.ui.WidgetIds;
import org.miniana.ui.charts.FigureCanvas;
import org.miniana.ui.navigator.DatabaseNavigatorView;
import org.miniana.ui.navigator.Opener;
import org.miniana.ui.run.ScanDialog;
import org.miniana.ui.run.ScanHandler;
import org.miniana.ui.session.DatabaseSession;
import org.miniana.ui.session.RunContext;
import org.miniana.ui.views.ScanMapView;
import org.miniana.ui.testing.Input;
import org.miniana.ui.testing.Jobs;
import org.miniana.ui.testing.Modal;
import org.miniana.ui.testing.Screenshots;
import org.miniana.ui.testing.Widgets;
import org.miniana.ui.testing.Workbench;

/** Runs a small mass scan through the Run Scan command and opens the run of one of its points. */
class ScanTest {

    /**
     * Starts a T1bbbb scan through the Run Scan command and its dialog: gluino masses from
     * {@code gluinoFrom} to {@code gluinoTo} in steps of 100 GeV at one LSP mass, in one thread.
     */
    static void startScan(int gluinoFrom, int gluinoTo, int lsp, long eventsPerPoint) {
        Modal.drive(() -> Workbench.execute(ScanHandler.COMMAND), ScanDialog.TITLE, dialog -> {
            Input.select(Widgets.labelled(dialog, Combo.class, "Family"), "T1bbbb");
            Input.type(Widgets.labelled(dialog, Text.class, "Gluino mass from [GeV]"), Integer.toString(gluinoFrom));
            Input.type(Widgets.labelled(dialog, Text.class, "Gluino mass to [GeV]"), Integer.toString(gluinoTo));
            Input.type(Widgets.labelled(dialog, Text.class, "Gluino mass step [GeV]"), "100");
            Input.type(Widgets.labelled(dialog, Text.class, "LSP mass from [GeV]"), Integer.toString(lsp));
            Input.type(Widgets.labelled(dialog, Text.class, "LSP mass step [GeV]"), "2000");
            Input.type(Widgets.labelled(dialog, Text.class, "Events per new point"), Long.toString(eventsPerPoint));
            Input.type(Widgets.labelled(dialog, Text.class, "Threads"), "1");
            Input.click(Widgets.button(dialog, "OK"));
        }, Duration.ofSeconds(60));
    }

    @Test
    void scanListsEveryPointAndADoubleClickOpensItsRun() {
        Jobs.run(() -> startScan(1400, 1500, 200, 3000), ScanHandler.FAMILY, TestModels.LOAD);

        Table points = Widgets.byId(Workbench.window().getShell(), Table.class, WidgetIds.SCAN_TABLE);
        assertEquals(List.of("1400", "1500"), Widgets.columnTexts(points, "m(gluino) [GeV]"));
        assertEquals(List.of("200", "200"), Widgets.columnTexts(points, "m(LSP) [GeV]"));

        // the map: a double-click near a scanned point opens its run
        FigureCanvas map = Widgets.byId(Workbench.window().getShell(), FigureCanvas.class, WidgetIds.SCAN_CHART);
        // the field's limit map: cross-section limits in pb on a log scale, as the reports' scan-limits
        ColourMap limits = map.figure().orElseThrow().main().layers(ColourMap.class).get(0);
        assertTrue(limits.scale().log() && limits.scale().label().startsWith("95% CL upper limit on \u03c3 [pb]"),
                limits.scale().label());
        SameAsReport.assertDrawnAsReport(map, map.figure().orElseThrow(), "scan-limits");
        Screenshots.capture(map.getParent(), "view-scan-map");
        PlotArea plot = map.plots().get(0);
        int x = (int) Math.round(plot.px(1410));
        int y = (int) Math.round(plot.py(205));
        Jobs.run(() -> Input.doubleClickAt(map, x, y), Opener.RUN_FAMILY, TestModels.LOAD);
        assertEquals("T1bbbb_1400_200", RunContext.get().state().orElseThrow().run().orElseThrow().model());

        Jobs.run(() -> Input.doubleClick(points, 1), Opener.RUN_FAMILY, TestModels.LOAD);
        var shown = RunContext.get().state().orElseThrow();
        assertEquals("T1bbbb_1500_200", shown.run().orElseThrow().model());
        assertEquals("T1bbbb_1500_200", shown.model().orElseThrow().name());
        Table significance = Widgets.byId(Workbench.window().getShell(), Table.class, WidgetIds.SIGNIFICANCE_TABLE);
        assertEquals("T1bbbb_1500_200", Widgets.row(significance, "Quantity", "Signal model").getText(1));
    }

    /**
     * A finished scan is listed in the Database view and reopens from there with its points and
     * limit map; the Scan Map keeps the scan's record for the next start of the workbench.
     */
    @Test
    void aStoredScanIsListedAndReopensFromTheDatabaseView() {
        Jobs.run(() -> startScan(1600, 1700, 300, 3000), ScanHandler.FAMILY, TestModels.LOAD);
        Jobs.waitFor(DatabaseNavigatorView.LOAD_FAMILY, TestModels.LOAD);
        Workbench.page().hideView(Workbench.page().findView(ScanMapView.ID));

        Tree tree = Widgets.byId(Workbench.window().getShell(), Tree.class, WidgetIds.NAVIGATOR_TREE);
        TreeItem scans = Widgets.treeItem(tree, "Scans");
        Input.expand(scans);
        TreeItem scan = Arrays.stream(scans.getItems())
                .filter(item -> item.getText().startsWith("T1bbbb 1600-1700 x 300+ GeV, ")).findFirst()
                .orElseThrow(() -> new AssertionError(Arrays.stream(scans.getItems()).map(TreeItem::getText).toList()
                        .toString()));
        assertTrue(scan.getText().contains(": 2 points"), scan.getText());
        Jobs.run(() -> Input.doubleClick(scan), Opener.SCAN_FAMILY, TestModels.LOAD);

        ScanMapView view = (ScanMapView) Workbench.page().findView(ScanMapView.ID);
        Table points = Widgets.byId(Workbench.window().getShell(), Table.class, WidgetIds.SCAN_TABLE);
        assertEquals(List.of("1600", "1700"), Widgets.columnTexts(points, "m(gluino) [GeV]"));
        FigureCanvas map = Widgets.byId(Workbench.window().getShell(), FigureCanvas.class, WidgetIds.SCAN_CHART);
        assertTrue(map.figure().orElseThrow().main().layers(ColourMap.class).get(0).scale().log());
        Screenshots.capture(Workbench.window().getShell(), "workbench-reopened-scan");
        XMLMemento memento = XMLMemento.createWriteRoot("view");
        view.saveState(memento);
        long id = view.scan().orElseThrow().recordId();
        assertNotEquals(0, id);
        assertEquals(Long.toString(id), memento.getString("scan"));
    }

    /**
     * A stored model of another version of the fast simulation is marked in the Database view, and
     * a scan that uses it says so in the Scan Map's description and "Model" column.
     */
    @Test
    void modelsOfAnotherSimulationVersionAreMarked() {
        String analysis = Ra2Search.ANALYSIS.name();
        SignalModel current = FastSimulation.simulate(new MassPoint(SimplifiedModel.T1BBBB, 1800, 400), 3000, 1, null)
                .model();
        String older = "miniana-fastsim 1.0";
        TestModels.store(new SignalModel(current.name(), current.family(), current.parameters(),
                current.crossSectionPb(), current.provenance().replace("miniana-fastsim " + FastSimulation.VERSION,
                        older), current.yields()));
        String mark = "simulated by " + older + ", not by this version, " + FastSimulation.VERSION;
        Tree tree = Widgets.byId(Workbench.window().getShell(), Tree.class, WidgetIds.NAVIGATOR_TREE);
        TreeItem model = Widgets.treeItem(tree, "Signal models", "T1bbbb", "mGluino = 1800",
                "T1bbbb_1800_400 (" + mark + ")");
        Image warning = PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_WARN_TSK);
        assertEquals(warning, model.getImage());

        Jobs.run(() -> startScan(1800, 1900, 400, 3000), ScanHandler.FAMILY, TestModels.LOAD);
        Table points = Widgets.byId(Workbench.window().getShell(), Table.class, WidgetIds.SCAN_TABLE);
        assertEquals(List.of(mark, ""), Widgets.columnTexts(points, "Model"));
        ScanMapView view = (ScanMapView) Workbench.page().findView(ScanMapView.ID);
        assertTrue(view.getContentDescription().startsWith("Note: 1 of 2 points have models " + mark
                + " (T1bbbb_1800_400): their limits do not compare with the others'. T1bbbb scan with "),
                view.getContentDescription());
        assertEquals(warning, points.getItem(0).getImage(0), "the row of the point is marked");
        assertEquals(null, points.getItem(1).getImage(0));
        Screenshots.capture(Workbench.window().getShell(), "workbench-scan-other-simulation-version");
        DatabaseSession.get().database().signalModels().delete(analysis, current.name());
        DatabaseSession.get().changed(DatabaseSession.Change.MODELS);
    }
}
