/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.stats.benchmark;

import java.util.concurrent.TimeUnit;

import org.miniana.stats.Limits;
import org.miniana.stats.PValue;
import org.miniana.stats.ToyPValue;
import org.miniana.stats.UpperLimit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-call cost of the statistics engine (JMH; kept out of the bundle's source folder). Each
 * background B has a 20 % error (10 % at 1e4) and is observed as B, B + 2 sigma and B + 6 sigma,
 * so both central and tail p-values are timed. Goals: hybrid p-value &lt;= 20 us, CLs limit
 * &lt;= 2 ms. See the bundle's README for how to run it and the recorded numbers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StatisticsBenchmark {

    @Param({"1", "25", "10000"})
    public double background;

    private double error;
    private final double[] counts = new double[3];
    private int next;

    @Setup
    public void setUp() {
        error = (background >= 1e4 ? 0.1 : 0.2) * background;
        double sigma = Math.sqrt(background + error * error);
        counts[0] = Math.rint(background);
        counts[1] = Math.rint(background + 2 * sigma);
        counts[2] = Math.rint(background + 6 * sigma);
    }

    private double count() {
        next = (next + 1) % counts.length;
        return counts[next];
    }

    /** The exact (integrated) hybrid p-value. */
    @Benchmark
    public PValue hybridPValue() {
        return PValue.hybrid(count(), background, error, error);
    }

    /** The observed 95 % CL CLs limit for n = B + 2 sigma. */
    @Benchmark
    public UpperLimit clsLimit() {
        return Limits.cls95(background, error, error, (int) counts[1]);
    }

    /** The toy p-value for n = B + 2 sigma to 3 % precision (about 20,000 toys), for comparison. */
    @Benchmark
    public ToyPValue toyPValue() {
        return ToyPValue.compute(counts[1], background, error, error, 1234, 10_000_000);
    }
}
