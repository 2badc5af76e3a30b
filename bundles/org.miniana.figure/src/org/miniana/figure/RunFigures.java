/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.figure;

import java.util.ArrayList;
import java.util.List;

import org.miniana.analysis.AnalysisOutcome;
import org.miniana.analysis.ScanResult;

/**
 * The figures of an analysis run and of a mass scan, as plain {@link Figure} models that the
 * headless renderer and the workbench draw alike.
 */
public final class RunFigures {

    private RunFigures() {
    }

    /**
     * The figures of one designed and tested single-bin analysis, with ids "njets", "nb", "mht",
     * "ht" (projections around the chosen bin), "bin-map" and "p-value".
     */
    public static List<NamedFigure> of(AnalysisOutcome outcome) {
        List<NamedFigure> figures = new ArrayList<>();
        for (Projection.Variable variable : Projection.Variable.values()) {
            figures.add(ProjectionFigure.of(outcome, variable));
        }
        figures.add(BinMapFigure.of(outcome));
        figures.add(PValueFigure.of(outcome));
        return List.copyOf(figures);
    }

    /**
     * The figures of a mass scan, with ids "scan-expected" and "scan-observed": significance maps
     * over (m_gluino, m_LSP) with the 95% CL exclusion contours.
     *
     * @throws IllegalArgumentException when the scan has no finished point
     */
    public static List<NamedFigure> of(ScanResult scan) {
        return ScanFigures.of(scan);
    }
}
