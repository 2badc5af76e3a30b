/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.session;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.miniana.analysis.NoSensitivityException;
import org.miniana.data.DatabaseException;

/**
 * A background job of the workbench. Every one belongs to {@link #FAMILY} and to its own kind,
 * so that the progress view, cancellation and tests can find them. Failures of the database or
 * of a provider become an error status with their message, shown to the user by the platform.
 * They are not "user" jobs: progress shows in the status bar and the Progress view, never in a
 * dialog that covers the workbench.
 */
public abstract class WorkbenchJob extends Job {

    /** The family of every workbench job. */
    public static final Object FAMILY = new Object();

    private final Object kind;

    protected WorkbenchJob(String name, Object kind) {
        super(name);
        this.kind = kind;
    }

    @Override
    protected final IStatus run(IProgressMonitor monitor) {
        try {
            return work(monitor);
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (DatabaseException | IllegalArgumentException | IllegalStateException | NoSensitivityException e) {
            return Status.error(e.getMessage(), e);
        }
    }

    /** The workbench's jobs that wait or run. */
    public static Job[] active() {
        return Job.getJobManager().find(FAMILY);
    }

    /**
     * Cancels every workbench job and waits until all have ended; each stops at its next check
     * of its monitor. Not from a workbench job (it would wait for itself).
     */
    public static void stopAll(IProgressMonitor monitor) throws InterruptedException {
        Job.getJobManager().cancel(FAMILY);
        Job.getJobManager().join(FAMILY, monitor);
    }

    /** The work; may throw the exceptions {@link #run} turns into statuses. */
    protected abstract IStatus work(IProgressMonitor monitor);

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY || family == kind;
    }
}
