/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.likelihood;

import java.util.Arrays;

/**
 * What a likelihood is evaluated on: a count per channel (observed counts, or any non-negative
 * real numbers, as in an Asimov dataset) and the global observables of the constraints, one per
 * nuisance parameter in model order: the centre of an lnN's unit Gaussian (0 for the real data),
 * the control count N of a gmN's Poisson term (the card's N for the real data), unused (0) for
 * an lnU. Toys re-sample both.
 */
public record Data(double[] counts, double[] globals) {

    public Data {
        counts = counts.clone();
        globals = globals.clone();
        for (double count : counts) {
            if (!(count >= 0) || Double.isInfinite(count)) {
                throw new IllegalArgumentException("counts must be finite and non-negative: " + Arrays.toString(counts));
            }
        }
        for (double global : globals) {
            if (!Double.isFinite(global)) {
                throw new IllegalArgumentException("global observables must be finite: " + Arrays.toString(globals));
            }
        }
    }

    @Override
    public double[] counts() {
        return counts.clone();
    }

    @Override
    public double[] globals() {
        return globals.clone();
    }

    /** The same global observables with other counts (an Asimov or hand-made dataset). */
    public Data withCounts(double[] newCounts) {
        return new Data(newCounts, globals);
    }

    double count(int channel) {
        return counts[channel];
    }

    double global(int parameter) {
        return globals[parameter];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Data data && Arrays.equals(counts, data.counts) && Arrays.equals(globals, data.globals);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(counts) + Arrays.hashCode(globals);
    }

    @Override
    public String toString() {
        return "Data[counts=" + Arrays.toString(counts) + ", globals=" + Arrays.toString(globals) + "]";
    }
}
