/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.optimize.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.miniana.core.Ra2Search;
import org.miniana.core.SignalModel;
import org.miniana.core.SignalYield;

/**
 * Made-up signal shapes over the 160 RA2 bins, with the typical places where new physics shows
 * up, for benchmarks and tests of the optimizers. Each bin's yield is the product of a weight per
 * jet class, b-tag class and HT-MHT box, scaled to the requested total.
 */
public enum Ra2SyntheticSignal {

    /** Gluinos decaying to top quarks: many jets and b tags, high HT (boxes with HT &gt; 1000 GeV). */
    HIGH_MULTIPLICITY("high-njets-nb-ht", 60, new double[] { 1, 3, 9, 27 }, new double[] { 1, 2, 4, 8 },
            new double[] { 0.01, 0.15, 0.5, 0.01, 0.2, 0.8, 0.3, 1, 0.6, 1 }),

    /** A compressed spectrum: little missing momentum, mostly in the lowest MHT band. */
    LOW_MHT("low-mht", 300, new double[] { 1, 0.8, 0.4, 0.1 }, new double[] { 1, 0.7, 0.3, 0.1 },
            new double[] { 1, 1, 1, 0.25, 0.25, 0.25, 0.04, 0.04, 0.005, 0.005 }),

    /** The same yield in every bin. */
    FLAT("flat", 160, new double[] { 1, 1, 1, 1 }, new double[] { 1, 1, 1, 1 },
            new double[] { 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 });

    private final String id;
    private final double typicalYield;
    private final double[] jets;
    private final double[] bTags;
    private final double[] boxes;

    Ra2SyntheticSignal(String id, double typicalYield, double[] jets, double[] bTags, double[] boxes) {
        this.id = id;
        this.typicalYield = typicalYield;
        this.jets = jets;
        this.bTags = bTags;
        this.boxes = boxes;
    }

    /** Its name in model names and benchmark rows, e.g. "low-mht". */
    public String id() {
        return id;
    }

    /** The model with a total yield that the best merged bin sees at 3-4.5 sigma over the RA2 backgrounds. */
    public SignalModel model() {
        return model(typicalYield);
    }

    /** A model named "synthetic-ID" with {@code totalYield} expected events over the 160 bins. */
    public SignalModel model(double totalYield) {
        double[] weights = new double[Ra2Search.BIN_COUNT];
        double sum = 0;
        for (int bin = 0; bin < weights.length; bin++) {
            weights[bin] = jets[Ra2Search.jetClass(bin)] * bTags[Ra2Search.bTagClass(bin)] * boxes[Ra2Search.box(bin)];
            sum += weights[bin];
        }
        List<SignalYield> yields = new ArrayList<>(weights.length);
        for (double weight : weights) {
            yields.add(new SignalYield(totalYield * weight / sum, 0));
        }
        return new SignalModel("synthetic-" + id, "synthetic", Map.of("totalYield", totalYield), 0,
                "made-up shape for benchmarks and tests", yields);
    }
}
