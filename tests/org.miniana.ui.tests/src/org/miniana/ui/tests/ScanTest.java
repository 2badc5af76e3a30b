/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.miniana.figure.Layer.ColourMap;
import org.miniana.figure.render.PlotArea;
import org.miniana.ui.WidgetIds;
import org.miniana.ui.charts.FigureCanvas;
import org.miniana.ui.navigator.Opener;
import org.miniana.ui.run.ScanDialog;
import org.miniana.ui.run.ScanHandler;
import org.miniana.ui.session.RunContext;
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
}
