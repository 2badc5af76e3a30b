/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.figure;

import java.util.List;
import java.util.Objects;

/**
 * Something drawn in a panel, in the panel's data coordinates. Histogram-like layers have bin
 * edges (n + 1 ascending values for n bins); lists are copied, so layers are immutable.
 */
public sealed interface Layer {

    /**
     * Histograms stacked on each other, the first component at the bottom, each outlined.
     *
     * @param edges bin edges
     * @param components the stacked histograms, bottom first, each with one value per bin
     * @param outline the line around each component's bins
     */
    record StackedHistogram(List<Double> edges, List<Component> components, Stroke outline) implements Layer {

        public StackedHistogram {
            edges = ascending(edges);
            components = List.copyOf(components);
            for (Component component : components) {
                requireBins(component.label(), edges, component.values());
            }
            Objects.requireNonNull(outline, "outline");
        }

        /** The sum of the components below and including {@code component}, in {@code bin}. */
        public double top(int component, int bin) {
            double sum = 0;
            for (int c = 0; c <= component; c++) {
                sum += components.get(c).values().get(bin);
            }
            return sum;
        }
    }

    /** One stacked histogram: its label, fill and values. */
    record Component(String label, Fill fill, List<Double> values) {
        public Component {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(fill, "fill");
            values = List.copyOf(values);
        }
    }

    /** A histogram drawn as a step line (value constant over each bin). */
    record StepLine(String label, List<Double> edges, List<Double> values, Stroke stroke) implements Layer {
        public StepLine {
            Objects.requireNonNull(label, "label");
            edges = ascending(edges);
            values = requireBins(label, edges, values);
            Objects.requireNonNull(stroke, "stroke");
        }
    }

    /**
     * Points with asymmetric error bars, such as observed counts.
     *
     * @param size marker diameter in points
     */
    record Points(String label, List<Point> points, int rgb, double size) implements Layer {
        public Points {
            Objects.requireNonNull(label, "label");
            points = List.copyOf(points);
            Colours.requireRgb(rgb);
        }
    }

    /** A point at (x, y) with error bars reaching from x - xLow to x + xHigh and y - yLow to y + yHigh. */
    record Point(double x, double y, double xLow, double xHigh, double yLow, double yHigh) {
        public Point {
            if (!(xLow >= 0 && xHigh >= 0 && yLow >= 0 && yHigh >= 0)) {
                throw new IllegalArgumentException("Error bars must be non-negative at (" + x + ", " + y + ")");
            }
        }
    }

    /**
     * A band between two step curves, such as the background uncertainty (hatched) or a tail area.
     */
    record Band(String label, List<Double> edges, List<Double> lower, List<Double> upper, Fill fill) implements Layer {
        public Band {
            Objects.requireNonNull(label, "label");
            edges = ascending(edges);
            lower = requireBins(label, edges, lower);
            upper = requireBins(label, edges, upper);
            Objects.requireNonNull(fill, "fill");
        }

        /** The band's area, sum over bins of (upper - lower) x width. */
        public double area() {
            double area = 0;
            for (int i = 0; i < lower.size(); i++) {
                area += (upper.get(i) - lower.get(i)) * (edges.get(i + 1) - edges.get(i));
            }
            return area;
        }
    }

    /** A line across the whole panel at a constant y (horizontal) or x (vertical). */
    record ReferenceLine(String label, boolean vertical, double value, Stroke stroke) implements Layer {
        public ReferenceLine {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(stroke, "stroke");
        }

        public static ReferenceLine horizontal(double y, Stroke stroke) {
            return new ReferenceLine("", false, y, stroke);
        }
    }

    /**
     * Values on a grid of cells drawn in colour; NaN cells stay empty.
     *
     * @param xEdges cell edges along x
     * @param yEdges cell edges along y
     * @param z the values, row by row: z[iy * (xEdges.size() - 1) + ix]
     * @param scale how values map to colours
     */
    record ColourMap(List<Double> xEdges, List<Double> yEdges, List<Double> z, ColourScale scale) implements Layer {
        public ColourMap {
            xEdges = ascending(xEdges);
            yEdges = ascending(yEdges);
            z = List.copyOf(z);
            if (z.size() != (xEdges.size() - 1) * (yEdges.size() - 1)) {
                throw new IllegalArgumentException("A colour map of " + (xEdges.size() - 1) + " x "
                        + (yEdges.size() - 1) + " cells needs as many values, not " + z.size());
            }
            Objects.requireNonNull(scale, "scale");
        }

        public double z(int ix, int iy) {
            return z.get(iy * (xEdges.size() - 1) + ix);
        }
    }

    /** The lines where a field crosses a level (see {@link Contours}). */
    record Contour(String label, double level, List<Polyline> lines, Stroke stroke) implements Layer {
        public Contour {
            Objects.requireNonNull(label, "label");
            lines = List.copyOf(lines);
            Objects.requireNonNull(stroke, "stroke");
        }
    }

    /** A polyline through (x[i], y[i]); closed when its last point equals its first. */
    record Polyline(List<Double> x, List<Double> y) {
        public Polyline {
            x = List.copyOf(x);
            y = List.copyOf(y);
            if (x.size() != y.size()) {
                throw new IllegalArgumentException("A polyline needs as many x as y values");
            }
        }

        public int size() {
            return x.size();
        }

        public boolean closed() {
            return size() > 2 && x.get(0).equals(x.get(size() - 1)) && y.get(0).equals(y.get(size() - 1));
        }
    }

    /** Rectangles outlined, such as highlighted cells of a colour map. */
    record Outlines(String label, List<Box> boxes, Stroke stroke) implements Layer {
        public Outlines {
            Objects.requireNonNull(label, "label");
            boxes = List.copyOf(boxes);
            Objects.requireNonNull(stroke, "stroke");
        }
    }

    /** The rectangle [x0, x1] x [y0, y1]. */
    record Box(double x0, double y0, double x1, double y1) {
    }

    private static List<Double> ascending(List<Double> edges) {
        List<Double> copy = List.copyOf(edges);
        for (int i = 1; i < copy.size(); i++) {
            if (!(copy.get(i) > copy.get(i - 1))) {
                throw new IllegalArgumentException("Bin edges must ascend: " + copy);
            }
        }
        if (copy.size() < 2) {
            throw new IllegalArgumentException("Need at least two bin edges, not " + copy);
        }
        return copy;
    }

    private static List<Double> requireBins(String label, List<Double> edges, List<Double> values) {
        List<Double> copy = List.copyOf(values);
        if (copy.size() != edges.size() - 1) {
            throw new IllegalArgumentException("'" + label + "' has " + copy.size() + " values for "
                    + (edges.size() - 1) + " bins");
        }
        return copy;
    }
}
