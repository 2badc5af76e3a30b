/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Measures the speed of the fast simulation: events per second on one thread for each model,
 * after a warm-up that lets the JIT compile the event loop, and the wall time of a full mass
 * grid on all processors. Meant for a "bench" command; nothing here asserts a speed.
 *
 * <p>Event rates are sampled several times, both per second of wall time and per second of the
 * thread's CPU time: on a machine shared with other work the first drops whenever the thread
 * waits for a core, the second is the rate per core.
 */
public final class GeneratorBenchmark {

    /** The point whose event rate is measured for each model. */
    public static final double RATE_GLUINO_MASS = 1500;
    public static final double RATE_LSP_MASS = 100;
    public static final long RATE_EVENTS = 2_000_000;
    /** The rate is measured in this many samples of RATE_EVENTS / RATE_SAMPLES events each. */
    public static final int RATE_SAMPLES = 8;
    public static final long GRID_EVENTS_PER_POINT = 20_000;

    private static final long SEED = 1;

    /**
     * The event rate of one point on one thread, in samples.
     *
     * @param eventsPerSample events timed in each sample, after a warm-up
     * @param wallSeconds per sample: the elapsed time
     * @param cpuSeconds per sample: the CPU time of the simulating thread
     */
    public record Rate(MassPoint point, long eventsPerSample, List<Double> wallSeconds, List<Double> cpuSeconds) {

        public Rate {
            wallSeconds = List.copyOf(wallSeconds);
            cpuSeconds = List.copyOf(cpuSeconds);
        }

        /** Per sample: events per second of wall time. */
        public List<Double> eventsPerSecond() {
            return wallSeconds.stream().map(seconds -> eventsPerSample / seconds).toList();
        }

        /** Per sample: events per second of the thread's CPU time, the rate per core. */
        public List<Double> eventsPerCpuSecond() {
            return cpuSeconds.stream().map(seconds -> eventsPerSample / seconds).toList();
        }
    }

    /** The wall time of a grid simulated on {@code threads} threads. */
    public record GridTiming(SimplifiedModel model, int points, long eventsPerPoint, int threads, double seconds) {

        public double eventsPerSecond() {
            return points * (double) eventsPerPoint / seconds;
        }
    }

    /** What {@link #run(IProgressMonitor)} measured, and on what. */
    public record Result(List<Rate> rates, GridTiming grid, int processors, String javaVersion) {

        public Result {
            rates = List.copyOf(rates);
        }
    }

    private GeneratorBenchmark() {
    }

    /**
     * The standard benchmark: the rate of each model at (1500, 100) GeV with
     * {@value #RATE_EVENTS} events, then the standard T1bbbb grid with
     * {@value #GRID_EVENTS_PER_POINT} events per point on all processors.
     */
    public static Result run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Benchmarking the fast simulation",
                SimplifiedModel.values().length + 4);
        List<Rate> rates = new ArrayList<>();
        for (SimplifiedModel model : SimplifiedModel.values()) {
            progress.subTask(model.family() + " event rate");
            rates.add(rate(new MassPoint(model, RATE_GLUINO_MASS, RATE_LSP_MASS), RATE_EVENTS));
            progress.worked(1);
        }
        int processors = Runtime.getRuntime().availableProcessors();
        GridTiming grid = grid(SimplifiedModel.T1BBBB, MassGrid.STANDARD, GRID_EVENTS_PER_POINT, processors,
                progress.split(4));
        // a cancelled grid returns early, which would pass for a fast one
        progress.checkCanceled();
        return new Result(rates, grid, processors, Runtime.version().toString());
    }

    /**
     * The single-thread event rate of a point, in {@value #RATE_SAMPLES} samples after a warm-up
     * of a quarter as many events as are timed.
     */
    public static Rate rate(MassPoint point, long events) {
        // any cross section: it scales the yields, not the work
        FastSimulation.CrossSection crossSection = FastSimulation.CrossSection.given(1);
        PairProduction production = new PairProduction(point.mGluino());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        simulate(point, production, crossSection, Math.max(1, events / 4), SEED);
        long eventsPerSample = Math.max(1, events / RATE_SAMPLES);
        List<Double> wallSeconds = new ArrayList<>();
        List<Double> cpuSeconds = new ArrayList<>();
        for (int sample = 0; sample < RATE_SAMPLES; sample++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            simulate(point, production, crossSection, eventsPerSample, SEED + 1 + sample);
            wallSeconds.add((System.nanoTime() - start) * 1e-9);
            cpuSeconds.add((threads.getCurrentThreadCpuTime() - cpuStart) * 1e-9);
        }
        return new Rate(point, eventsPerSample, wallSeconds, cpuSeconds);
    }

    private static void simulate(MassPoint point, PairProduction production, FastSimulation.CrossSection crossSection,
            long events, long seed) {
        FastSimulation.run(point, production, crossSection, events, seed, () -> false, done -> {
            // no progress to report
        }, null);
    }

    /** The wall time of simulating a grid with the bundled cross sections. */
    public static GridTiming grid(SimplifiedModel model, MassGrid grid, long eventsPerPoint, int threads,
            IProgressMonitor monitor) {
        List<MassPoint> points = grid.points(model);
        long start = System.nanoTime();
        SignalGrid.generate(points, eventsPerPoint, SEED, threads, monitor, point -> {
            // timing only: the models are dropped
        });
        return new GridTiming(model, points.size(), eventsPerPoint, threads, (System.nanoTime() - start) * 1e-9);
    }
}
