/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.figure.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.miniana.analysis.ScanPoint;
import org.miniana.analysis.ScanResult;
import org.miniana.figure.Contours;
import org.miniana.figure.Layer.Polyline;
import org.miniana.signal.CrossSectionTable;

/**
 * The 95% CL exclusion contours of a mass scan in the (m_gluino, m_LSP) plane, as the field
 * publishes them: where a signal-strength upper limit is 1, traced in log(limit) (limits vary over
 * decades) by marching squares between the scanned points; unscanned or failed grid nodes are
 * unknown, so lines stop at them. The merged bin's expected and observed contours always, and
 * the expected contour's +-1 sigma experimental band when every point stored it (runs stored
 * before schema version 4 did not); with the full likelihood at every point also its expected
 * contour with its band and its observed contour. Each observed contour has +-1 sigma theory lines (the observed
 * limit against the cross section moved by its relative uncertainty) where the points' cross
 * sections come from the bundled table. The scan figures draw them; summary.json and the HEPData tables carry them.
 */
public final class ExclusionContours {

    /** One contour: an id for files and documents, what it is, and its lines in GeV. */
    public record Line(String id, String description, List<Polyline> lines) {

        public Line {
            lines = List.copyOf(lines);
        }
    }

    public static final String ONE_BIN_EXPECTED = "oneBin.expected";
    public static final String ONE_BIN_EXPECTED_MINUS_1 = "oneBin.expectedMinus1Sigma";
    public static final String ONE_BIN_EXPECTED_PLUS_1 = "oneBin.expectedPlus1Sigma";
    public static final String ONE_BIN_OBSERVED = "oneBin.observed";
    public static final String ONE_BIN_OBSERVED_THEORY_UP = "oneBin.observedTheoryPlus1Sigma";
    public static final String ONE_BIN_OBSERVED_THEORY_DOWN = "oneBin.observedTheoryMinus1Sigma";
    public static final String FULL_EXPECTED = "full.expected";
    public static final String FULL_EXPECTED_MINUS_1 = "full.expectedMinus1Sigma";
    public static final String FULL_EXPECTED_PLUS_1 = "full.expectedPlus1Sigma";
    public static final String FULL_OBSERVED = "full.observed";
    public static final String FULL_OBSERVED_THEORY_UP = "full.observedTheoryPlus1Sigma";
    public static final String FULL_OBSERVED_THEORY_DOWN = "full.observedTheoryMinus1Sigma";

    private ExclusionContours() {
    }

    /** The contours of a scan with at least one finished point, in the order above. */
    public static List<Line> of(ScanResult scan) {
        if (scan.points().isEmpty()) {
            throw new IllegalArgumentException("The scan of " + scan.family().family() + " has no finished point");
        }
        ScanGrid grid = ScanGrid.of(scan.points());
        List<Line> lines = new ArrayList<>();
        lines.add(line(grid, ONE_BIN_EXPECTED, "merged bin, median expected", ScanPoint::expectedStrengthLimit));
        if (scan.points().stream().noneMatch(p -> Double.isNaN(p.expectedStrengthLimits().minus1()))) {
            lines.add(line(grid, ONE_BIN_EXPECTED_MINUS_1, "merged bin, expected -1 standard deviation (experimental)",
                    p -> p.expectedStrengthLimits().minus1()));
            lines.add(line(grid, ONE_BIN_EXPECTED_PLUS_1, "merged bin, expected +1 standard deviation (experimental)",
                    p -> p.expectedStrengthLimits().plus1()));
        }
        lines.add(line(grid, ONE_BIN_OBSERVED, "merged bin, observed", ScanPoint::observedStrengthLimit));
        boolean theory = scan.points().stream().anyMatch(p -> !Double.isNaN(theoryUncertainty(p)));
        if (theory) {
            lines.addAll(theoryLines(grid, ONE_BIN_OBSERVED_THEORY_UP, ONE_BIN_OBSERVED_THEORY_DOWN, "merged bin",
                    ScanPoint::observedStrengthLimit));
        }
        if (scan.points().stream().allMatch(point -> point.full().isPresent())) {
            lines.add(line(grid, FULL_EXPECTED, "full likelihood, median expected",
                    p -> p.full().get().expectedMedian()));
            // the -1 sigma expected limit is the lower one: its contour lies further out
            lines.add(line(grid, FULL_EXPECTED_MINUS_1, "full likelihood, expected -1 standard deviation (experimental)",
                    p -> p.full().get().expectedMinus1()));
            lines.add(line(grid, FULL_EXPECTED_PLUS_1, "full likelihood, expected +1 standard deviation (experimental)",
                    p -> p.full().get().expectedPlus1()));
            lines.add(line(grid, FULL_OBSERVED, "full likelihood, observed", p -> p.full().get().observedLimit()));
            if (theory) {
                lines.addAll(theoryLines(grid, FULL_OBSERVED_THEORY_UP, FULL_OBSERVED_THEORY_DOWN, "full likelihood",
                        p -> p.full().get().observedLimit()));
            }
        }
        return lines;
    }

    /**
     * The observed contour were the cross section one standard deviation higher or lower: a point
     * is excluded while the limit on sigma is below sigma (1 +- delta), so mu_up / (1 +- delta) = 1.
     */
    private static List<Line> theoryLines(ScanGrid grid, String up, String down, String what,
            ToDoubleFunction<ScanPoint> observed) {
        return List.of(
                line(grid, up, what + ", observed, cross section +1 standard deviation (theory)",
                        p -> observed.applyAsDouble(p) / (1 + theoryUncertainty(p))),
                line(grid, down, what + ", observed, cross section -1 standard deviation (theory)",
                        p -> observed.applyAsDouble(p) / (1 - theoryUncertainty(p))));
    }

    /**
     * The relative theory uncertainty of a point's cross section: the bundled table's where the
     * point's cross section is the table's, else NaN (a cross section given by hand has none).
     */
    static double theoryUncertainty(ScanPoint point) {
        CrossSectionTable table = CrossSectionTable.gluinoPair13TeV();
        double mass = point.point().mGluino();
        if (!(mass >= table.minimumMass() && mass <= table.maximumMass()) || !table.hasUncertainties()
                || Math.abs(point.crossSectionPb() / table.crossSectionPb(mass) - 1) > 1e-9) {
            return Double.NaN;
        }
        return table.relativeUncertainty(mass);
    }

    private static Line line(ScanGrid grid, String id, String description, ToDoubleFunction<ScanPoint> limit) {
        double[] z = grid.values(p -> {
            double mu = limit.applyAsDouble(p);
            return mu > 0 && Double.isFinite(mu) ? Math.log(mu) : Double.NaN;
        });
        return new Line(id, description, Contours.trace(grid.xs(), grid.ys(), z, 0));
    }
}
