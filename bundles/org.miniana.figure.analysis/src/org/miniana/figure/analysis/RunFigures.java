/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.figure.analysis;

import java.util.ArrayList;
import java.util.List;

import org.miniana.analysis.AnalysisOutcome;
import org.miniana.analysis.ScanResult;
import org.miniana.figure.Figure;
import org.miniana.figure.NamedFigure;

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
     * The figures of a mass scan over (m_gluino, m_LSP): the significance maps "scan-expected" and
     * "scan-observed" with the merged bins' 95% CL exclusion contours, and the limit maps in the
     * field's convention, "scan-limits-one-bin" (the merged bins') and, when every point has the
     * full likelihood's result, "scan-limits".
     *
     * @throws IllegalArgumentException when the scan has no finished point
     */
    public static List<NamedFigure> of(ScanResult scan) {
        return ScanFigures.of(scan);
    }

    /**
     * The scan's limit map in the field's convention: the full likelihood's when every point has
     * it, else the merged bins'.
     *
     * @throws IllegalArgumentException when the scan has no finished point
     */
    public static NamedFigure limitMap(ScanResult scan) {
        List<NamedFigure> figures = of(scan);
        return figures.stream().filter(figure -> figure.id().equals(ScanFigures.FULL_LIMITS)).findFirst()
                .or(() -> figures.stream().filter(figure -> figure.id().equals(ScanFigures.ONE_BIN_LIMITS)).findFirst())
                .orElseThrow();
    }
}
