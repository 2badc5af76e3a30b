/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobManager;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Display;

/**
 * Waits for Eclipse jobs while the UI keeps running. Blocking in {@link IJobManager#join} on the
 * UI thread would deadlock jobs that hand their results to the UI, so the waits poll the job
 * manager between UI events; {@link #run} also records how the jobs ended.
 */
public final class Jobs {

    private Jobs() {
    }

    /**
     * Waits until no job of {@code family} is waiting or running and the UI has nothing left to
     * do: jobs often hand results to the UI thread, and UI runnables often schedule jobs.
     */
    public static void waitFor(Object family, Duration timeout) {
        IJobManager manager = Job.getJobManager();
        Display display = Display.getCurrent();
        Waits.until("jobs of " + family + " to finish", () -> {
            boolean busy = display.readAndDispatch();
            return !busy && manager.find(family).length == 0 && !display.readAndDispatch();
        }, timeout);
    }

    /**
     * Runs {@code action} (a click, a command), waits for every job of {@code family} it
     * scheduled to end, and fails with their messages unless all ended OK.
     *
     * @return the results of those jobs, in the order they ended
     */
    public static List<IStatus> run(Runnable action, Object family, Duration timeout) {
        Map<Job, Boolean> scheduled = new ConcurrentHashMap<>();
        List<IStatus> results = Collections.synchronizedList(new ArrayList<>());
        JobChangeAdapter listener = new JobChangeAdapter() {
            @Override
            public void scheduled(IJobChangeEvent event) {
                if (event.getJob().belongsTo(family)) {
                    scheduled.put(event.getJob(), Boolean.TRUE);
                }
            }

            @Override
            public void done(IJobChangeEvent event) {
                if (scheduled.remove(event.getJob()) != null) {
                    results.add(event.getResult());
                }
            }
        };
        IJobManager manager = Job.getJobManager();
        manager.addJobChangeListener(listener);
        try {
            action.run();
            Waits.until("a job of " + family + " to be scheduled", () -> !scheduled.isEmpty() || !results.isEmpty(),
                    timeout);
            Waits.until("the jobs of " + family + " to end", scheduled::isEmpty, timeout);
        } finally {
            manager.removeJobChangeListener(listener);
        }
        Waits.flush();
        List<IStatus> ended = List.copyOf(results);
        for (IStatus status : ended) {
            if (status.matches(IStatus.ERROR | IStatus.CANCEL)) {
                fail("A job of " + family + " ended with " + status, status.getException());
            }
        }
        assertTrue(!ended.isEmpty(), "no job of " + family + " ran");
        return ended;
    }
}
