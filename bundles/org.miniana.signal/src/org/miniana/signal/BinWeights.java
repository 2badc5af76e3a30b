/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal;

import java.util.Arrays;

/**
 * Per weight set (the nominal simulation and its systematic variations) and search bin, the sum of
 * the selected events' weights, and for the nominal set the sum of their squares. Floating-point
 * addition is not associative, so a sample split into chunks gives the doubles of one thread only
 * when the weights are added in event order: on one thread the events add their weights here
 * directly; the events of a split sample write their (set, bin, weight) triples into a {@link Log}
 * per chunk, and the logs are added here one after the other, in chunk order.
 */
final class BinWeights implements WeightSink {

    private final double[][] sums;
    private final double[] squares;
    private double selectedWeight;

    BinWeights(int bins) {
        sums = new double[Systematic.WEIGHT_SETS][bins];
        squares = new double[bins];
    }

    @Override
    public void add(int set, int bin, double weight) {
        sums[set][bin] += weight;
        if (set == Systematic.NOMINAL) {
            squares[bin] += weight * weight;
            selectedWeight += weight;
        }
    }

    /** Adds a chunk's weights, in the order its events wrote them. */
    void add(Log log) {
        for (int i = 0; i < log.size; i++) {
            add(log.sets[i], log.bins[i], log.weights[i]);
        }
    }

    /** Per bin: the sum of the event weights of a weight set (each event counts at most 1 in all). */
    double[] sums(int set) {
        return sums[set].clone();
    }

    /** Per bin: the sum of the squared event weights of the nominal simulation. */
    double[] squares() {
        return squares.clone();
    }

    /** The summed weight of all selected events of the nominal simulation. */
    double selectedWeight() {
        return selectedWeight;
    }

    /** The (set, bin, weight) triples of a chunk of events, in the order the events wrote them. */
    static final class Log implements WeightSink {

        private byte[] sets = new byte[1024];
        private int[] bins = new int[1024];
        private double[] weights = new double[1024];
        private int size;

        @Override
        public void add(int set, int bin, double weight) {
            if (size == bins.length) {
                sets = Arrays.copyOf(sets, 2 * size);
                bins = Arrays.copyOf(bins, 2 * size);
                weights = Arrays.copyOf(weights, 2 * size);
            }
            sets[size] = (byte) set;
            bins[size] = bin;
            weights[size] = weight;
            size++;
        }
    }
}
