/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.miniana.core.Ra2Search;
import org.miniana.data.IntegrityReport;
import org.miniana.ui.internal.ExitGuard;
import org.miniana.ui.run.ScanHandler;
import org.miniana.ui.session.DatabaseSession;
import org.miniana.ui.session.WorkbenchJob;
import org.miniana.ui.testing.Input;
import org.miniana.ui.testing.Menus;
import org.miniana.ui.testing.Modal;
import org.miniana.ui.testing.Screenshots;
import org.miniana.ui.testing.Waits;
import org.miniana.ui.testing.Widgets;
import org.miniana.ui.testing.Workbench;
import org.miniana.ui.views.ScanMapView;

/**
 * Jobs as in the Eclipse IDE, driven by posted key strokes and mouse clicks: a running scan is
 * cancelled from the Progress view, and File > Exit during a scan asks, cancels and waits; either
 * way the scan stops part-way, nothing fails on a closed database, and the database is left
 * consistent (whole models, no runs of unsimulated points, its integrity check clean) and usable.
 */
class JobsTest {

    /** Events per scanned point: seconds of simulation each, so that the scan is caught running. */
    private static final long EVENTS = 3_000_000;

    /** Errors logged and workbench jobs that failed while a test ran, e.g. on a closed database. */
    private final List<String> errors = new CopyOnWriteArrayList<>();

    private final ILogListener log = (status, plugin) -> {
        if (status.matches(IStatus.ERROR)) {
            errors.add("logged by " + plugin + ": " + describe(status));
        }
    };

    private final IJobChangeListener failedJobs = new JobChangeAdapter() {
        @Override
        public void done(IJobChangeEvent event) {
            if (event.getJob().belongsTo(WorkbenchJob.FAMILY) && event.getResult().matches(IStatus.ERROR)) {
                errors.add("job '" + event.getJob().getName() + "' failed: " + describe(event.getResult()));
            }
        }
    };

    @BeforeEach
    void recordErrors() {
        Platform.addLogListener(log);
        Job.getJobManager().addJobChangeListener(failedJobs);
    }

    @AfterEach
    void stopRecordingErrors() {
        Platform.removeLogListener(log);
        Job.getJobManager().removeJobChangeListener(failedJobs);
    }

    private static String describe(IStatus status) {
        Throwable cause = status.getException();
        return status.getMessage() + (cause == null ? "" : " (" + cause + ")");
    }

    @Test
    void aScanCancelledInTheProgressViewStopsAndLeavesTheDatabaseConsistent() {
        Shell shell = Workbench.window().getShell();
        IViewPart progressView = Workbench.showView(IPageLayout.ID_PROGRESS_VIEW, IViewPart.class);
        List<String> points = points(1600, 2000, 300);
        Job scan = startAndCatchRunning(1600, 2000, 300, points);

        Waits.until("the scan in the Progress view", () -> cancelButton(shell).isPresent(), Duration.ofSeconds(10));
        Screenshots.capture(shell, "view-progress");
        Input.clickWithMouse(cancelButton(shell).orElseThrow().getItem(0));
        Waits.until("the cancelled scan to end", () -> scan.getState() == Job.NONE, Duration.ofSeconds(30));

        assertEquals(IStatus.CANCEL, scan.getResult().getSeverity(), scan.getResult().toString());
        assertConsistentAndStoppedEarly(points);
        ScanMapView map = Workbench.showView(ScanMapView.ID, ScanMapView.class);
        assertTrue(map.getContentDescription().endsWith("(cancelled)"), map.getContentDescription());
        Workbench.page().hideView(progressView);
    }

    /**
     * File > Exit typed on the keyboard (Alt+F, X) and the question answered with the mouse, as a
     * user does. The workbench would then shut down and end the test run: a workbench listener,
     * which the workbench asks only after its own Exit guard has said yes, vetoes that last step
     * and records what the guard left behind.
     */
    @Test
    void fileExitDuringAScanAsksThenCancelsAndWaitsBeforeTheDatabaseCloses() {
        Shell shell = Workbench.window().getShell();
        List<String> points = points(1600, 2000, 400);
        Job scan = startAndCatchRunning(1600, 2000, 400, points);
        List<Integer> scanStatesAtShutdown = new ArrayList<>();
        IWorkbenchListener lastStep = new IWorkbenchListener() {
            @Override
            public boolean preShutdown(IWorkbench workbench, boolean forced) {
                scanStatesAtShutdown.add(scan.getState());
                return false;
            }

            @Override
            public void postShutdown(IWorkbench workbench) {
                // vetoed: never reached
            }
        };
        PlatformUI.getWorkbench().addWorkbenchListener(lastStep);
        try {
            exitAnswering(shell, ExitGuard.KEEP_RUNNING);
            assertEquals(List.of(), scanStatesAtShutdown, "Keep Running stops the Exit");
            assertEquals(Job.RUNNING, scan.getState(), "the scan runs on");

            exitAnswering(shell, ExitGuard.STOP_AND_EXIT);
            // (its end may schedule a reload of the navigator: the database's close waits for that too)
            assertEquals(List.of(Job.NONE), scanStatesAtShutdown, "the scan had ended when the shutdown went on");
        } finally {
            PlatformUI.getWorkbench().removeWorkbenchListener(lastStep);
        }
        assertEquals(IStatus.CANCEL, scan.getResult().getSeverity(), scan.getResult().toString());

        // what the workbench does next on exit: close the database; then a new session reads it whole
        DatabaseSession.get().close();
        assertConsistentAndStoppedEarly(points);
    }

    /** Chooses File > Exit with the keyboard and answers the question about running jobs with a click. */
    private static void exitAnswering(Shell shell, String answer) {
        shell.forceActive();
        Modal.drive(() -> {
            Menus.press('f', SWT.ALT);
            Menus.press('x');
        }, ExitGuard.TITLE, dialog -> {
            Input.clickWithMouse(Widgets.button(dialog, answer.replace("&", "")));
            Waits.until("the question to close after the click on " + answer, dialog::isDisposed, Duration.ofSeconds(10));
        }, Duration.ofSeconds(20));
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

    /**
     * Starts the scan of new points and waits until it has stored its first one, so that it is
     * part-way; from then on errors count.
     */
    private Job startAndCatchRunning(int gluinoFrom, int gluinoTo, int lsp, List<String> points) {
        // a database kept from an earlier test run may hold them
        stored(points).forEach(name -> DatabaseSession.get().database().signalModels()
                .delete(Ra2Search.ANALYSIS.name(), name));
        ScanTest.startScan(gluinoFrom, gluinoTo, lsp, EVENTS);
        Job scan = Job.getJobManager().find(ScanHandler.FAMILY)[0];
        Waits.until("the scan's first simulated point", () -> !stored(points).isEmpty(), Duration.ofMinutes(2));
        assertEquals(Job.RUNNING, scan.getState());
        // the scan's start read the optimizers and logged the broken ones of the test plug-in optimize.example
        errors.clear();
        return scan;
    }

    private static List<String> stored(List<String> points) {
        List<String> names = DatabaseSession.get().database().signalModels().names(Ra2Search.ANALYSIS.name());
        return points.stream().filter(names::contains).toList();
    }

    /**
     * The scan stopped part-way: some of its points were never simulated, every stored one is
     * whole, and none was analysed (the analysis follows the simulation of all points); nothing
     * failed or logged an error, and the database's integrity check finds nothing wrong.
     */
    private void assertConsistentAndStoppedEarly(List<String> points) {
        assertEquals(List.of(), errors, "nothing failed on the way");
        var database = DatabaseSession.get().database();
        IntegrityReport check = database.check();
        assertTrue(check.healthy(), "database check: " + check.problems());
        List<String> stored = stored(points);
        assertTrue(stored.size() < points.size(), "stopped before simulating every point: " + stored);
        // a scan stores each point's model and then its run (a batch of models, then their runs): a stopped
        // scan leaves models whole, each with its one run or, when stopped between the two, none
        for (String name : stored) {
            assertEquals(Ra2Search.BIN_COUNT, database.signalModels().get(Ra2Search.ANALYSIS.name(), name).yields().size(), name);
            assertTrue(database.runs().forModel(Ra2Search.ANALYSIS.name(), name).size() <= 1, name);
        }
    }

    /** The tool bar of the Progress view's entry of the scan, with its cancel button. */
    private static java.util.Optional<ToolBar> cancelButton(Shell shell) {
        return Widgets.all(shell, ToolBar.class, bar -> bar.getItemCount() == 1 && bar.isVisible()
                && !Widgets.all(bar.getParent(), Label.class, label -> label.getText().startsWith("Scanning")).isEmpty())
                .stream().findFirst();
    }
}
