/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.miniana.core.SignalModel;

/**
 * Simulates the points of a mass grid in parallel, one point per task on a pool of worker
 * threads. Each point has its own random stream ({@link FastSimulation}), so the results do
 * not depend on the number of threads or on their scheduling.
 *
 * <p>Progress, cancellation and the per-point callback all happen on the calling thread:
 * workers only count events. When the monitor is cancelled, running points stop within a few
 * thousand events and the points finished so far are returned.
 */
public final class SignalGrid {

    /** How often the calling thread reports progress and looks at the monitor. */
    private static final long POLL_MILLISECONDS = 50;

    private SignalGrid() {
    }

    /**
     * Simulates every point of a grid with the bundled cross sections, on as many threads as
     * there are processors.
     *
     * @param onPointDone called on the calling thread with each finished point, in completion
     *        order (e.g. to store it)
     * @return the finished points in grid order: all of them unless the monitor was cancelled
     * @throws IllegalArgumentException before any simulation when a point lies outside the
     *         cross-section table
     */
    public static List<SignalModel> generate(SimplifiedModel family, MassGrid grid, long eventsPerPoint, long seed,
            IProgressMonitor monitor, Consumer<SignalModel> onPointDone) {
        return simulate(grid.points(family), FastSimulation.CrossSection::of, eventsPerPoint, seed,
                Runtime.getRuntime().availableProcessors(), monitor, onPointDone);
    }

    /**
     * Simulates the given points with the bundled cross sections.
     *
     * @param threads worker threads, at least 1
     * @param onPointDone called on the calling thread with each finished point, in completion order
     * @return the finished points in the order of {@code points}
     */
    public static List<SignalModel> generate(List<MassPoint> points, long eventsPerPoint, long seed, int threads,
            IProgressMonitor monitor, Consumer<SignalModel> onPointDone) {
        return simulate(points, FastSimulation.CrossSection::of, eventsPerPoint, seed, threads, monitor, onPointDone);
    }

    /**
     * Simulates the given points with given cross sections, e.g. for gluino masses outside the
     * bundled table.
     *
     * @param crossSectionPb the cross section of each point in pb
     * @param threads worker threads, at least 1
     * @param onPointDone called on the calling thread with each finished point, in completion order
     * @return the finished points in the order of {@code points}
     */
    public static List<SignalModel> generate(List<MassPoint> points, ToDoubleFunction<MassPoint> crossSectionPb,
            long eventsPerPoint, long seed, int threads, IProgressMonitor monitor, Consumer<SignalModel> onPointDone) {
        return simulate(points, point -> FastSimulation.CrossSection.given(crossSectionPb.applyAsDouble(point)),
                eventsPerPoint, seed, threads, monitor, onPointDone);
    }

    private static List<SignalModel> simulate(List<MassPoint> points,
            Function<MassPoint, FastSimulation.CrossSection> crossSection, long eventsPerPoint, long seed, int threads,
            IProgressMonitor monitor, Consumer<SignalModel> onPointDone) {
        if (threads < 1 || eventsPerPoint <= 0) {
            throw new IllegalArgumentException("Need at least one thread and one event per point, not " + threads
                    + " threads and " + eventsPerPoint + " events");
        }
        // every cross section before any simulation, so that a point outside the table fails fast
        List<FastSimulation.CrossSection> crossSections = points.stream().map(crossSection).toList();
        SubMonitor progress = SubMonitor.convert(monitor, "Simulating " + points.size() + " mass points",
                FastSimulation.ProgressTicks.TOTAL);
        FastSimulation.ProgressTicks ticks = new FastSimulation.ProgressTicks(eventsPerPoint * points.size());
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicLong eventsDone = new AtomicLong();
        PointSimulator simulator = new PointSimulator(eventsPerPoint, seed);

        ExecutorService pool = Executors.newFixedThreadPool(threads, workerThreads());
        try {
            CompletionService<Indexed> completion = new ExecutorCompletionService<>(pool);
            for (int i = 0; i < points.size(); i++) {
                int index = i;
                MassPoint point = points.get(i);
                completion.submit(() -> {
                    if (cancelled.get()) {
                        throw new OperationCanceledException();
                    }
                    return new Indexed(index, simulator.simulate(point, crossSections.get(index), cancelled::get,
                            eventsDone::addAndGet));
                });
            }
            return collect(points.size(), completion, progress, ticks, cancelled, eventsDone, onPointDone);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits until every task has ended, reporting progress and handing out results meanwhile. */
    private static List<SignalModel> collect(int tasks, CompletionService<Indexed> completion, SubMonitor progress,
            FastSimulation.ProgressTicks ticks, AtomicBoolean cancelled, AtomicLong eventsDone,
            Consumer<SignalModel> onPointDone) {
        List<Indexed> finished = new ArrayList<>(tasks);
        RuntimeException failure = null;
        long reportedEvents = 0;
        for (int ended = 0; ended < tasks;) {
            Future<Indexed> future;
            try {
                future = completion.poll(POLL_MILLISECONDS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                cancelled.set(true);
                Thread.currentThread().interrupt();
                throw new OperationCanceledException("Interrupted while simulating a grid");
            }
            long events = eventsDone.get();
            progress.worked(ticks.advance(events - reportedEvents));
            reportedEvents = events;
            if (progress.isCanceled()) {
                cancelled.set(true);
            }
            if (future == null) {
                continue;
            }
            ended++;
            if (future.state() == Future.State.FAILED) {
                Throwable cause = future.exceptionNow();
                if (!(cause instanceof OperationCanceledException) && failure == null) {
                    failure = new IllegalStateException("Simulating a grid point failed: " + cause, cause);
                    cancelled.set(true);
                }
            } else if (failure == null) {
                Indexed result = future.resultNow();
                finished.add(result);
                progress.subTask(result.model().name() + " (" + finished.size() + " of " + tasks + ")");
                try {
                    onPointDone.accept(result.model());
                } catch (RuntimeException e) {
                    // stop the other points, then let the caller see its callback's failure
                    failure = e;
                    cancelled.set(true);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return finished.stream().sorted(Comparator.comparingInt(Indexed::index)).map(Indexed::model).toList();
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "miniana-fastsim-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private record Indexed(int index, SignalModel model) {
    }
}
