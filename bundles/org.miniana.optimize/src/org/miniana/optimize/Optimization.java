/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.optimize;

import java.time.Duration;
import java.util.BitSet;
import java.util.Set;

/** Runs one optimizer on one problem and records what it chose, how well, and at what cost. */
public final class Optimization {

    private Optimization() {
    }

    /**
     * Runs {@code optimizer} and describes its choice: S, B and errors of the merged bin are
     * computed here from the chosen bins, and the cuts are attached whenever some cuts select
     * exactly those bins, whichever optimizer chose them.
     *
     * @param optimizerId the id the result carries
     * @throws IndexOutOfBoundsException if the optimizer chose a bin the problem does not have
     */
    public static OptimizationResult run(String optimizerId, Optimizer optimizer, OptimizationProblem problem,
            FigureOfMerit figureOfMerit) {
        Objective objective = new Objective(problem, figureOfMerit);
        long start = System.nanoTime();
        Set<Integer> chosen = optimizer.choose(objective);
        Duration wallTime = Duration.ofNanos(System.nanoTime() - start);
        long evaluations = objective.evaluations();
        BitSet bins = new BitSet(problem.size());
        chosen.forEach(bins::set);
        MergedBin merged = problem.merge(bins);
        return new OptimizationResult(optimizerId, figureOfMerit.id(), problem.errors(), bins.stream().boxed().toList(),
                merged.signal(), merged.background(), merged.up(), merged.down(), objective.value(bins), evaluations,
                wallTime, CutSelection.of(problem.grid(), bins).map(CutSelection::axisCuts));
    }
}
