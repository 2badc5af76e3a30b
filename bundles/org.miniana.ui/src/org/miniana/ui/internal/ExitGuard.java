/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.widgets.Shell;
import org.miniana.ui.session.WorkbenchJob;

/**
 * Exit while jobs run, as in the Eclipse IDE: the user is asked, and on yes the jobs are
 * cancelled and the workbench waits (with a progress dialog, the UI alive for their last
 * updates) until they have ended, so that nothing uses the database when it closes.
 */
public final class ExitGuard {

    public static final String TITLE = "Exit Mini Analysis Workbench";
    public static final String STOP_AND_EXIT = "Cancel Jobs and E&xit";
    public static final String KEEP_RUNNING = "&Keep Running";

    private ExitGuard() {
    }

    /** Whether the workbench may exit: no job runs, or the user had them stopped and they have ended. */
    public static boolean mayExit(Shell shell) {
        Job[] running = WorkbenchJob.active();
        if (running.length == 0) {
            return true;
        }
        String names = Arrays.stream(running).map(job -> "\u2022 " + job.getName()).collect(Collectors.joining("\n"));
        MessageDialog question = new MessageDialog(shell, TITLE, null, "These jobs are still running:\n" + names
                + "\n\nExit cancels them and waits until they have stopped. What they have finished stays in the"
                + " database.", MessageDialog.QUESTION, 1, STOP_AND_EXIT, KEEP_RUNNING);
        if (question.open() != 0) {
            return false;
        }
        try {
            new ProgressMonitorDialog(shell).run(true, false, (IProgressMonitor monitor) -> {
                monitor.beginTask("Waiting for the cancelled jobs to stop", IProgressMonitor.UNKNOWN);
                WorkbenchJob.stopAll(monitor);
                monitor.done();
            });
            return true;
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Cannot stop the running jobs: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
