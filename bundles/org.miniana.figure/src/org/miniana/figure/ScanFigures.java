/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import org.miniana.analysis.ScanPoint;
import org.miniana.analysis.ScanResult;
import org.miniana.core.Ra2Search;
import org.miniana.figure.Layer.ColourMap;
import org.miniana.figure.Layer.Contour;
import org.miniana.figure.Legend.Entry;
import org.miniana.figure.Legend.LineSwatch;

/**
 * Significance maps of a mass scan over (m_gluino, m_LSP) with the 95% CL exclusion contours:
 * the lines where the upper limit on the signal strength is 1. The limit is interpolated in its
 * logarithm (it varies over decades), by marching squares between the scanned points; grid
 * nodes that were not scanned or failed are unknown, so contours stop at them.
 */
final class ScanFigures {

    static final Stroke EXPECTED = new Stroke(Colours.EXPECTED, 2.5, true);
    static final Stroke OBSERVED = new Stroke(Colours.OBSERVED, 2.5, false);
    static final String EXPECTED_LABEL = "Expected 95% CL exclusion";
    static final String OBSERVED_LABEL = "Observed 95% CL exclusion";
    /** Significances above this share the brightest colour. */
    private static final double MAX_Z = 8;

    /** The scanned masses as a grid: node values row by row, NaN where no point was scanned. */
    record Grid(double[] xs, double[] ys, List<ScanPoint> points) {

        static Grid of(List<ScanPoint> points) {
            double[] xs = points.stream().mapToDouble(p -> p.point().mGluino()).distinct().sorted().toArray();
            double[] ys = points.stream().mapToDouble(p -> p.point().mLsp()).distinct().sorted().toArray();
            return new Grid(xs, ys, points);
        }

        double[] values(ToDoubleFunction<ScanPoint> value) {
            double[] z = new double[xs.length * ys.length];
            java.util.Arrays.fill(z, Double.NaN);
            for (ScanPoint point : points) {
                int ix = java.util.Arrays.binarySearch(xs, point.point().mGluino());
                int iy = java.util.Arrays.binarySearch(ys, point.point().mLsp());
                z[iy * xs.length + ix] = value.applyAsDouble(point);
            }
            return z;
        }

        /** The cell edges: half-way between nodes, half a step beyond the ends. */
        static List<Double> edges(double[] nodes) {
            List<Double> edges = new ArrayList<>(nodes.length + 1);
            if (nodes.length == 1) {
                return List.of(nodes[0] - 25, nodes[0] + 25);
            }
            edges.add(nodes[0] - (nodes[1] - nodes[0]) / 2);
            for (int i = 0; i + 1 < nodes.length; i++) {
                edges.add((nodes[i] + nodes[i + 1]) / 2);
            }
            edges.add(nodes[nodes.length - 1] + (nodes[nodes.length - 1] - nodes[nodes.length - 2]) / 2);
            return edges;
        }
    }

    private ScanFigures() {
    }

    static List<NamedFigure> of(ScanResult scan) {
        if (scan.points().isEmpty()) {
            throw new IllegalArgumentException("The scan of " + scan.family().family() + " has no finished point to draw");
        }
        Grid grid = Grid.of(scan.points());
        Contour expected = contour(grid, EXPECTED_LABEL, ScanPoint::expectedStrengthLimit, EXPECTED);
        Contour observed = contour(grid, OBSERVED_LABEL, ScanPoint::observedStrengthLimit, OBSERVED);
        return List.of(
                figure(scan, grid, "scan-expected", "Expected", p -> p.run().expectedSignificance(), List.of(expected)),
                figure(scan, grid, "scan-observed", "Observed", p -> p.run().observedSignificance(),
                        List.of(expected, observed)));
    }

    /** The contour of signal-strength limit 1, traced in log(limit) = 0. */
    static Contour contour(Grid grid, String label, ToDoubleFunction<ScanPoint> limit, Stroke stroke) {
        double[] z = grid.values(p -> {
            double mu = limit.applyAsDouble(p);
            return mu > 0 && Double.isFinite(mu) ? Math.log(mu) : Double.NaN;
        });
        return new Contour(label, 1, Contours.trace(grid.xs(), grid.ys(), z, 0), stroke);
    }

    private static NamedFigure figure(ScanResult scan, Grid grid, String id, String kind,
            ToDoubleFunction<ScanPoint> significance, List<Contour> contours) {
        double[] z = grid.values(significance);
        double max = 0;
        List<Double> values = new ArrayList<>(z.length);
        for (double value : z) {
            values.add(value);
            if (value > max) {
                max = value;
            }
        }
        ColourScale scale = new ColourScale(kind + " significance Z", 0, Math.min(MAX_Z, Math.max(1, Math.ceil(max))), false);
        List<Layer> layers = new ArrayList<>();
        layers.add(new ColourMap(Grid.edges(grid.xs()), Grid.edges(grid.ys()), values, scale));
        layers.addAll(contours);
        List<Entry> entries = contours.stream().map(c -> new Entry(c.label(), new LineSwatch(c.stroke()))).toList();
        List<Double> xEdges = Grid.edges(grid.xs());
        List<Double> yEdges = Grid.edges(grid.ys());
        double yMax = yEdges.get(yEdges.size() - 1);
        double yMin = yEdges.get(0);
        String title = scan.family().family() + ": " + scan.family().decay().replace("->", "\u2192");
        Panel panel = new Panel(1, Axis.linear("m(\u03c7\u0303^{0}_{1}) [GeV]", yMin, yMin + (yMax - yMin) * 1.3),
                layers, List.of(), Optional.of(new Legend(title, entries, Legend.Corner.TOP_LEFT, 1)));
        Figure figure = new Figure(Axis.linear("m(g\u0303) [GeV]", xEdges.get(0), xEdges.get(xEdges.size() - 1)),
                List.of(panel), Styles.header(Ra2Search.ANALYSIS), 1.15);
        String caption = kind + " significance of the single-bin analysis of each " + scan.family().family()
                + " mass point (" + scan.points().size() + " points, optimizer " + scan.options().optimizer()
                + ", p-values " + scan.options().pValueMethod().label() + "), with the "
                + (contours.size() > 1 ? "expected (dashed) and observed (solid)" : "expected")
                + " 95% CL exclusion contours: where the CLs upper limit on the signal strength is 1,"
                + " interpolated in log(limit) between scanned points (marching squares)."
                + (scan.failures().isEmpty() ? "" : " " + scan.failures().size() + " points failed and are left empty.");
        return new NamedFigure(id, caption, figure);
    }
}
