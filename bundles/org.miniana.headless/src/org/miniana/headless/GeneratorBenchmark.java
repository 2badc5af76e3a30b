/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.miniana.core.SignalModel;
import org.miniana.signal.FastSimulation;
import org.miniana.signal.MassGrid;
import org.miniana.signal.MassPoint;
import org.miniana.signal.PointSimulator;
import org.miniana.signal.SignalGrid;
import org.miniana.signal.SimplifiedModel;
import org.miniana.signal.SimulationResult;

/**
 * Measures the speed of the fast simulation: events per second on one thread for each model,
 * after a warm-up that lets the JIT compile the event loop, and the wall time of a full mass
 * grid on all processors, for {@code miniana bench signal}; nothing here asserts a speed. It
 * uses the signal bundle's API only, so the benchmark is no part of that API.
 *
 * <p>Event rates are sampled several times, both per second of wall time and per second of the
 * thread's CPU time: on a machine shared with other work the first drops whenever the thread
 * waits for a core, the second is the rate per core.
 */
final class GeneratorBenchmark {

    /** The point whose event rate is measured for each model. */
    static final double RATE_GLUINO_MASS = 1500;
    static final double RATE_LSP_MASS = 100;
    static final long RATE_EVENTS = 2_000_000;
    /** The rate is measured in this many samples of RATE_EVENTS / RATE_SAMPLES events each. */
    static final int RATE_SAMPLES = 8;
    static final long GRID_EVENTS_PER_POINT = 20_000;

    private static final long SEED = 1;
    /** USER_HZ of Linux's /proc files: 100 on every architecture the product runs on. */
    private static final double CLOCK_TICKS_PER_SECOND = 100;

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

    /**
     * One large sample of a point: its wall time split across the processors and on one thread,
     * and the process's CPU time while split (NaN where /proc/self/stat cannot be read).
     */
    public record SampleTiming(MassPoint point, long events, int processors, double seconds, double cpuSeconds,
            double oneThreadSeconds) {

        /** The process's CPU time per second of wall time while the sample was split: the cores it used. */
        public double coresUsed() {
            return cpuSeconds / seconds;
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
    static Result run(IProgressMonitor monitor) {
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
     * The single-thread event rate of a point (within the bundled cross-section table), in
     * {@value #RATE_SAMPLES} samples of the same events after a warm-up of a quarter as many
     * events as are timed, which also builds the point's production tables.
     */
    static Rate rate(MassPoint point, long events) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long eventsPerSample = Math.max(1, events / RATE_SAMPLES);
        PointSimulator simulator = new PointSimulator(eventsPerSample, SEED);
        for (long warmed = 0; warmed < events / 4; warmed += eventsPerSample) {
            simulateOnThisThread(simulator, point);
        }
        List<Double> wallSeconds = new ArrayList<>();
        List<Double> cpuSeconds = new ArrayList<>();
        for (int sample = 0; sample < RATE_SAMPLES; sample++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            simulateOnThisThread(simulator, point);
            wallSeconds.add((System.nanoTime() - start) * 1e-9);
            cpuSeconds.add((threads.getCurrentThreadCpuTime() - cpuStart) * 1e-9);
        }
        return new Rate(point, eventsPerSample, wallSeconds, cpuSeconds);
    }

    private static SignalModel simulateOnThisThread(PointSimulator simulator, MassPoint point) {
        return simulator.simulate(point, () -> false, done -> {
            // no progress to report
        });
    }

    /**
     * A large sample of a point as {@link FastSimulation#simulate(MassPoint, long, long, IProgressMonitor)}
     * makes it (split across the processors), then on one thread; the two must agree to the last bit.
     *
     * @throws IllegalStateException when they do not
     */
    static SampleTiming largeSample(MassPoint point, long events) {
        // warm-up: the event loop compiled before either is timed
        simulateOnThisThread(new PointSimulator(Math.max(1, events / 20), SEED), point);
        double cpuStart = processCpuSeconds();
        long start = System.nanoTime();
        SimulationResult split = FastSimulation.simulate(point, events, SEED, null);
        double seconds = (System.nanoTime() - start) * 1e-9;
        double cpuSeconds = processCpuSeconds() - cpuStart;
        start = System.nanoTime();
        SignalModel oneThread = simulateOnThisThread(new PointSimulator(events, SEED), point);
        double oneThreadSeconds = (System.nanoTime() - start) * 1e-9;
        if (!split.model().equals(oneThread)) {
            throw new IllegalStateException("The split sample of " + point.name() + " differs from one thread's");
        }
        return new SampleTiming(point, events, Runtime.getRuntime().availableProcessors(), seconds, cpuSeconds,
                oneThreadSeconds);
    }

    /** User and system CPU time of this process from /proc/self/stat (Linux), or NaN. */
    private static double processCpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // the fields after the command name in parentheses, which may hold spaces; utime and stime are 14 and 15
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / CLOCK_TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** The wall time of simulating a grid with the bundled cross sections. */
    static GridTiming grid(SimplifiedModel model, MassGrid grid, long eventsPerPoint, int threads,
            IProgressMonitor monitor) {
        List<MassPoint> points = grid.points(model);
        long start = System.nanoTime();
        SignalGrid.generate(points, eventsPerPoint, SEED, threads, monitor, point -> {
            // timing only: the models are dropped
        });
        return new GridTiming(model, points.size(), eventsPerPoint, threads, (System.nanoTime() - start) * 1e-9);
    }
}
