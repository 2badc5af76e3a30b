/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.optimize;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.miniana.core.AxisCut;

/**
 * The single aggregate bin an optimizer chose, and what it took to choose it.
 *
 * @param optimizer id of the optimizer
 * @param figureOfMerit id of the figure of merit it maximised
 * @param errors how the background errors were combined
 * @param bins the merged bins, ascending; empty when no selection has sensitivity
 * @param signal expected signal in the merged bin
 * @param background predicted background in the merged bin
 * @param backgroundUp its upward error
 * @param backgroundDown its downward error
 * @param value the figure of merit of the merged bin (0 without sensitivity)
 * @param evaluations distinct selections the optimizer evaluated
 * @param wallTime how long the optimizer took
 * @param cuts the cuts that select exactly these bins, one range per axis, when there are such cuts
 */
public record OptimizationResult(String optimizer, String figureOfMerit, ErrorCombination errors, List<Integer> bins,
        double signal, double background, double backgroundUp, double backgroundDown, double value, long evaluations,
        Duration wallTime, Optional<List<AxisCut>> cuts) {

    public OptimizationResult {
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(figureOfMerit, "figureOfMerit");
        Objects.requireNonNull(errors, "errors");
        bins = List.copyOf(bins);
        Objects.requireNonNull(wallTime, "wallTime");
        cuts = cuts.map(List::copyOf);
    }

    /** Whether the chosen bin has any expected sensitivity; without it there is nothing to test. */
    public boolean sensitive() {
        return value > 0;
    }

    /** The cuts as text, or "" when the bins do not form a cut-based selection. */
    public String selection() {
        return cuts.map(AxisCut::text).orElse("");
    }
}
