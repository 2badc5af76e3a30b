/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal;

import java.util.Arrays;

/**
 * Per search bin, the sum of the selected events' weights and of their squares. Floating-point
 * addition is not associative, so a sample split into chunks gives the doubles of one thread only
 * when the weights are added in event order: on one thread the events add their weights here
 * directly; the events of a split sample write their (bin, weight) pairs into a {@link Log} per
 * chunk, and the logs are added here one after the other, in chunk order.
 */
final class BinWeights implements WeightSink {

    private final double[] sums;
    private final double[] squares;
    private double selectedWeight;

    BinWeights(int bins) {
        sums = new double[bins];
        squares = new double[bins];
    }

    @Override
    public void add(int bin, double weight) {
        sums[bin] += weight;
        squares[bin] += weight * weight;
        selectedWeight += weight;
    }

    /** Adds a chunk's weights, in the order its events wrote them. */
    void add(Log log) {
        for (int i = 0; i < log.size; i++) {
            add(log.bins[i], log.weights[i]);
        }
    }

    /** Per bin: the sum of the event weights (each event counts at most 1 in all). */
    double[] sums() {
        return sums.clone();
    }

    /** Per bin: the sum of the squared event weights. */
    double[] squares() {
        return squares.clone();
    }

    /** The summed weight of all selected events. */
    double selectedWeight() {
        return selectedWeight;
    }

    /** The (bin, weight) pairs of a chunk of events, in the order the events wrote them. */
    static final class Log implements WeightSink {

        private int[] bins = new int[1024];
        private double[] weights = new double[1024];
        private int size;

        @Override
        public void add(int bin, double weight) {
            if (size == bins.length) {
                bins = Arrays.copyOf(bins, 2 * size);
                weights = Arrays.copyOf(weights, 2 * size);
            }
            bins[size] = bin;
            weights[size] = weight;
            size++;
        }
    }
}
