/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.likelihood;

import java.util.List;

/**
 * The background-only fit of a model: the fit, the post-fit expectations per channel (model
 * order) and per sample ([channel][sample in card order]), and the nuisances' pulls (model order).
 */
public record BackgroundFit(FitResult fit, double[] channelYields, double[][] sampleYields, List<Pull> pulls) {

    public BackgroundFit {
        channelYields = channelYields.clone();
        sampleYields = sampleYields.clone();
        pulls = List.copyOf(pulls);
    }

    @Override
    public double[] channelYields() {
        return channelYields.clone();
    }

    @Override
    public double[][] sampleYields() {
        double[][] copy = new double[sampleYields.length][];
        for (int c = 0; c < copy.length; c++) {
            copy[c] = sampleYields[c].clone();
        }
        return copy;
    }

    /** The post-fit expectation of channel c. */
    public double channelYield(int c) {
        return channelYields[c];
    }

    /** The post-fit expectation of sample s of channel c. */
    public double sampleYield(int c, int s) {
        return sampleYields[c][s];
    }
}
