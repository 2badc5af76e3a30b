/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.figure.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.miniana.analysis.ScanPoint;

/** The scanned masses as a grid: node values row by row, NaN where no point was scanned. */
record ScanGrid(double[] xs, double[] ys, List<ScanPoint> points) {

    static ScanGrid of(List<ScanPoint> points) {
        double[] xs = points.stream().mapToDouble(p -> p.point().mGluino()).distinct().sorted().toArray();
        double[] ys = points.stream().mapToDouble(p -> p.point().mLsp()).distinct().sorted().toArray();
        return new ScanGrid(xs, ys, points);
    }

    double[] values(ToDoubleFunction<ScanPoint> value) {
        double[] z = new double[xs.length * ys.length];
        Arrays.fill(z, Double.NaN);
        for (ScanPoint point : points) {
            int ix = Arrays.binarySearch(xs, point.point().mGluino());
            int iy = Arrays.binarySearch(ys, point.point().mLsp());
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
