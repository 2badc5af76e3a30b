/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.miniana.core.AnalysisRun;
import org.miniana.core.ScanRecord;
import org.miniana.optimize.FigureOfMerit;
import org.miniana.optimize.OptimizerDescriptor;

/** How the workbench writes things, the same way in every view. */
public final class Labels {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private Labels() {
    }

    /** "Greedy Q (original RA2 algorithm) [greedy-q, org.miniana.optimize]". */
    public static String optimizer(OptimizerDescriptor descriptor) {
        return descriptor.name() + " [" + descriptor.id() + ", " + descriptor.contributor() + "]";
    }

    /** "hybrid: Significance of the hybrid p-value of n = S + B (the original tool's)". */
    public static String figureOfMerit(FigureOfMerit figure) {
        return figure.id() + ": " + figure.label();
    }

    /** A parameter or mass: whole numbers without decimals, "1500", "112.5". */
    public static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }

    /**
     * A scan in one line: family, grid, optimizer, how many points and how it ended, when, e.g.
     * "T1bbbb 1000-2200 x 0-1600 GeV, local-search/hybrid: 193 points  2026-12-06 06:20:11".
     */
    public static String scan(ScanRecord scan) {
        ScanRecord.Grid grid = scan.grid();
        String lspTo = Double.isFinite(grid.lspTo()) ? "-" + number(grid.lspTo()) : "+";
        String end = scan.finished() == null ? ", interrupted"
                : (scan.failedPoints() > 0 ? ", " + scan.failedPoints() + " failed" : "")
                        + (scan.cancelled() ? ", stopped" : "");
        return String.format("%s %s-%s x %s%s GeV, %s/%s: %d points%s  %s", scan.family(), number(grid.motherFrom()),
                number(grid.motherTo()), number(grid.lspFrom()), lspTo, scan.optimizer(), scan.figureOfMerit(),
                scan.analysedPoints(), end, TIME.format(scan.started()));
    }

    /** A run in one line: when, which optimizer, how many bins, what significance. */
    public static String run(AnalysisRun run) {
        return String.format("%s  %s/%s: %d bins, Z = %.2f expected, %.2f observed", TIME.format(run.timestamp()),
                run.optimizer(), run.figureOfMerit(), run.bins().size(), run.expectedSignificance(),
                run.observedSignificance());
    }
}
