/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.Test;
import org.miniana.core.Ra2Search;
import org.miniana.ui.internal.ExitGuard;
import org.miniana.ui.run.ScanHandler;
import org.miniana.ui.session.DatabaseSession;
import org.miniana.ui.testing.Input;
import org.miniana.ui.testing.Modal;
import org.miniana.ui.testing.Screenshots;
import org.miniana.ui.testing.Waits;
import org.miniana.ui.testing.Widgets;
import org.miniana.ui.testing.Workbench;
import org.miniana.ui.views.ScanMapView;

/**
 * Jobs as in the Eclipse IDE: a running scan is cancelled from the Progress view, and Exit
 * during a scan asks, cancels and waits; either way the scan stops part-way and leaves the
 * database consistent (whole models, no runs of unsimulated points) and usable.
 */
class JobsTest {

    /** Events per scanned point: seconds of simulation each, so that the scan is caught running. */
    private static final long EVENTS = 3_000_000;

    @Test
    void aScanCancelledInTheProgressViewStopsAndLeavesTheDatabaseConsistent() {
        Shell shell = Workbench.window().getShell();
        IViewPart progressView = Workbench.showView(IPageLayout.ID_PROGRESS_VIEW, IViewPart.class);
        List<String> points = points(1600, 2000, 300);
        Job scan = startAndCatchRunning(1600, 2000, 300, points);

        Waits.until("the scan in the Progress view", () -> cancelButton(shell).isPresent(), Duration.ofSeconds(10));
        Screenshots.capture(shell, "view-progress");
        Input.click(cancelButton(shell).orElseThrow().getItem(0));
        Waits.until("the cancelled scan to end", () -> scan.getState() == Job.NONE, Duration.ofSeconds(30));

        assertEquals(IStatus.CANCEL, scan.getResult().getSeverity(), scan.getResult().toString());
        assertConsistentAndStoppedEarly(points);
        ScanMapView map = Workbench.showView(ScanMapView.ID, ScanMapView.class);
        assertTrue(map.getContentDescription().endsWith("(cancelled)"), map.getContentDescription());
        Workbench.page().hideView(progressView);
    }

    @Test
    void exitDuringAScanAsksThenCancelsAndWaitsBeforeTheDatabaseCloses() {
        Shell shell = Workbench.window().getShell();
        List<String> points = points(1600, 2000, 400);
        Job scan = startAndCatchRunning(1600, 2000, 400, points);

        // "Keep Running": nothing stops
        AtomicBoolean mayExit = new AtomicBoolean(true);
        Modal.drive(() -> mayExit.set(ExitGuard.mayExit(shell)), ExitGuard.TITLE,
                dialog -> Input.click(Widgets.button(dialog, ExitGuard.KEEP_RUNNING.replace("&", ""))), Duration.ofSeconds(10));
        assertFalse(mayExit.get());
        assertEquals(Job.RUNNING, scan.getState(), "the scan runs on");

        // "Cancel Jobs and Exit": the scan has ended when Exit may go on
        Modal.drive(() -> mayExit.set(ExitGuard.mayExit(shell)), ExitGuard.TITLE,
                dialog -> Input.click(Widgets.button(dialog, ExitGuard.STOP_AND_EXIT.replace("&", ""))), Duration.ofSeconds(10));
        assertTrue(mayExit.get());
        // (its end may schedule a reload of the navigator: the database's close waits for that too)
        assertEquals(Job.NONE, scan.getState(), "the scan has ended");
        assertEquals(IStatus.CANCEL, scan.getResult().getSeverity(), scan.getResult().toString());

        // what the workbench does next on exit: close the database; then a new session reads it whole
        DatabaseSession.get().close();
        assertConsistentAndStoppedEarly(points);
    }

    @Test
    void theDatabaseClosesOnlyAfterItsJobsHaveEnded() {
        List<String> points = points(1600, 2000, 500);
        Job scan = startAndCatchRunning(1600, 2000, 500, points);
        DatabaseSession.get().close();
        assertEquals(Job.NONE, scan.getState(), "the scan ended before the database closed");
        assertEquals(IStatus.CANCEL, scan.getResult().getSeverity(), "cancelled, not failed on a closed database: "
                + scan.getResult());
        assertConsistentAndStoppedEarly(points);
    }

    private static List<String> points(int gluinoFrom, int gluinoTo, int lsp) {
        return IntStream.rangeClosed(gluinoFrom / 100, gluinoTo / 100).mapToObj(m -> "T1bbbb_" + 100 * m + "_" + lsp)
                .toList();
    }

    /** Starts the scan of new points and waits until it has stored its first one, so that it is part-way. */
    private static Job startAndCatchRunning(int gluinoFrom, int gluinoTo, int lsp, List<String> points) {
        // a database kept from an earlier test run may hold them
        stored(points).forEach(DatabaseSession.get().database().signalModels()::delete);
        ScanTest.startScan(gluinoFrom, gluinoTo, lsp, EVENTS);
        Job scan = Job.getJobManager().find(ScanHandler.FAMILY)[0];
        Waits.until("the scan's first simulated point", () -> !stored(points).isEmpty(), Duration.ofMinutes(2));
        assertEquals(Job.RUNNING, scan.getState());
        return scan;
    }

    private static List<String> stored(List<String> points) {
        List<String> names = DatabaseSession.get().database().signalModels().names();
        return points.stream().filter(names::contains).toList();
    }

    /**
     * The scan stopped part-way: some of its points were never simulated, every stored one is
     * whole, and none was analysed (the analysis follows the simulation of all points).
     */
    private static void assertConsistentAndStoppedEarly(List<String> points) {
        var database = DatabaseSession.get().database();
        List<String> stored = stored(points);
        assertTrue(stored.size() < points.size(), "stopped before simulating every point: " + stored);
        for (String name : stored) {
            assertEquals(Ra2Search.BIN_COUNT, database.signalModels().get(name).yields().size(), name);
            assertEquals(List.of(), database.runs().forModel(name), name);
        }
    }

    /** The tool bar of the Progress view's entry of the scan, with its cancel button. */
    private static java.util.Optional<ToolBar> cancelButton(Shell shell) {
        return Widgets.all(shell, ToolBar.class, bar -> bar.getItemCount() == 1 && bar.isVisible()
                && !Widgets.all(bar.getParent(), Label.class, label -> label.getText().startsWith("Scanning")).isEmpty())
                .stream().findFirst();
    }
}
