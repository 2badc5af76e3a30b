/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.analysis;

import java.util.Objects;
import java.util.Optional;

import org.miniana.core.AnalysisRun;
import org.miniana.core.LikelihoodResult;
import org.miniana.signal.FastSimulation;
import org.miniana.signal.MassPoint;
import org.miniana.stats.ExpectedLimits;

/**
 * One finished point of a mass scan.
 *
 * @param point the masses
 * @param run the analysis of the point's model
 * @param crossSectionPb the model's cross section, in pb: limits on mu times it are cross-section limits
 * @param modelProvenance where the model's yields come from (e.g. the fast simulation and its version)
 */
public record ScanPoint(MassPoint point, AnalysisRun run, double crossSectionPb, String modelProvenance) {

    public ScanPoint {
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(run, "run");
        modelProvenance = Objects.requireNonNullElse(modelProvenance, "");
    }

    /** The point of a model whose provenance does not matter (made for the purpose, e.g. in a test). */
    public ScanPoint(MassPoint point, AnalysisRun run, double crossSectionPb) {
        this(point, run, crossSectionPb, "");
    }

    /** Whether another version of the fast simulation made the point's model (see {@link FastSimulation#byOtherVersion}). */
    public boolean simulatedByOtherVersion() {
        return FastSimulation.byOtherVersion(modelProvenance);
    }

    /** The observed 95% CL upper limit on the signal strength: the point is excluded below 1. */
    public double observedStrengthLimit() {
        return run.signalStrengthLimit();
    }

    /** The median expected 95% CL upper limit on the signal strength. */
    public double expectedStrengthLimit() {
        return run.expectedSignalLimit() / run.signal();
    }

    /** The expected 95% CL upper limits on the signal strength with their bands (NaN where not stored). */
    public ExpectedLimits expectedStrengthLimits() {
        return run.expectedSignalLimits().signalStrength(run.signal());
    }

    /** The full likelihood's result for the point, when it was computed. */
    public Optional<LikelihoodResult> full() {
        return run.full();
    }
}
