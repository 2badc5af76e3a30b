/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.core;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored mass scan: which grid of a simplified model family was scanned on which search, and
 * how its points were analysed. Its points are not copied: they are the stored runs of the grid's
 * models made that way, so a scan reopens as it was and a re-run of the same scan resumes it.
 *
 * @param id the database's id, 0 before it is stored
 * @param analysis the search's name
 * @param family the simplified model family, e.g. "T1bbbb"
 * @param grid the mass grid
 * @param optimizer id of the optimizer
 * @param figureOfMerit id of the figure of merit
 * @param method how the points' runs were computed
 * @param statistics id of which tests were made ("one-bin", "full", "both")
 * @param eventsPerPoint events simulated for a point whose model was not stored
 * @param simulationSeed seed of those simulations
 * @param started when the scan (or its last resumption) started
 * @param finished when it ended, or null while it runs or when its process was killed
 * @param analysedPoints points with a run when it ended
 * @param failedPoints points that failed
 * @param cancelled whether it was stopped before every point was analysed
 */
public record ScanRecord(long id, String analysis, String family, Grid grid, String optimizer, String figureOfMerit,
        RunMethod method, String statistics, long eventsPerPoint, long simulationSeed, Instant started,
        Instant finished, int analysedPoints, int failedPoints, boolean cancelled) {

    /**
     * The masses scanned, in GeV: m_gluino from, to, step; m_LSP from, step and up to
     * {@code lspTo} (infinite: up to each gluino mass's kinematic limit).
     */
    public record Grid(double motherFrom, double motherTo, double motherStep, double lspFrom, double lspStep,
            double lspTo) {
    }

    public ScanRecord {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(figureOfMerit, "figureOfMerit");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(statistics, "statistics");
        Objects.requireNonNull(started, "started");
    }

    /** Whether {@code other} scans the same grid of the same search the same way (then it resumes this one). */
    public boolean sameScanAs(ScanRecord other) {
        return analysis.equals(other.analysis) && family.equals(other.family) && grid.equals(other.grid)
                && optimizer.equals(other.optimizer) && figureOfMerit.equals(other.figureOfMerit)
                && method.equals(other.method) && statistics.equals(other.statistics);
    }
}
