/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.figure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.miniana.figure.Layer.Polyline;

/**
 * Contour lines of a field sampled on a rectangular grid, by marching squares: in each grid cell
 * whose four corners have values, the level's crossings of the cell edges are found by linear
 * interpolation and joined; saddle cells are resolved by the mean of the four corners. Cells with
 * a NaN corner are skipped, so lines end where the field is unknown. The cell segments are then
 * chained into polylines through their shared edge crossings.
 */
public final class Contours {

    private Contours() {
    }

    /**
     * The lines where the field crosses {@code level}.
     *
     * @param xs the grid's x values, ascending
     * @param ys the grid's y values, ascending
     * @param z the field at the grid nodes, row by row: z[iy * xs.length + ix]; NaN where unknown
     * @return the lines; a closed line ends with its first point
     */
    public static List<Polyline> trace(double[] xs, double[] ys, double[] z, double level) {
        if (z.length != xs.length * ys.length) {
            throw new IllegalArgumentException("A grid of " + xs.length + " x " + ys.length + " nodes needs as many values, not "
                    + z.length);
        }
        Map<Long, double[]> crossings = new HashMap<>();
        Map<Long, List<Long>> links = new LinkedHashMap<>();
        int nx = xs.length;
        for (int iy = 0; iy + 1 < ys.length; iy++) {
            for (int ix = 0; ix + 1 < nx; ix++) {
                int a = iy * nx + ix; // corners counter-clockwise from bottom left: a b c d
                int b = a + 1;
                int c = a + nx + 1;
                int d = a + nx;
                if (Double.isNaN(z[a]) || Double.isNaN(z[b]) || Double.isNaN(z[c]) || Double.isNaN(z[d])) {
                    continue;
                }
                // Edges bottom, right, top, left, each with the crossing point when the level crosses it.
                long[] edges = { horizontal(ix, iy, nx), vertical(ix + 1, iy, nx), horizontal(ix, iy + 1, nx),
                        vertical(ix, iy, nx) };
                int[][] ends = { { a, b }, { b, c }, { d, c }, { a, d } };
                List<Integer> crossed = new ArrayList<>(4);
                for (int e = 0; e < 4; e++) {
                    int p = ends[e][0];
                    int q = ends[e][1];
                    if (z[p] >= level != z[q] >= level) {
                        crossed.add(e);
                        double t = (level - z[p]) / (z[q] - z[p]);
                        crossings.computeIfAbsent(edges[e], key -> new double[] {
                                xs[p % nx] + t * (xs[q % nx] - xs[p % nx]), ys[p / nx] + t * (ys[q / nx] - ys[p / nx]) });
                    }
                }
                if (crossed.size() == 2) {
                    link(links, edges[crossed.get(0)], edges[crossed.get(1)]);
                } else if (crossed.size() == 4) {
                    boolean centreLikeA = (z[a] + z[b] + z[c] + z[d]) / 4 >= level == z[a] >= level;
                    if (centreLikeA) { // a and c joined through the centre: cut off b and d
                        link(links, edges[0], edges[1]);
                        link(links, edges[2], edges[3]);
                    } else { // cut off a and c
                        link(links, edges[3], edges[0]);
                        link(links, edges[1], edges[2]);
                    }
                }
            }
        }
        return chain(links, crossings);
    }

    private static long horizontal(int ix, int iy, int nx) {
        return 2L * ((long) iy * nx + ix);
    }

    private static long vertical(int ix, int iy, int nx) {
        return 2L * ((long) iy * nx + ix) + 1;
    }

    private static void link(Map<Long, List<Long>> links, long from, long to) {
        links.computeIfAbsent(from, key -> new ArrayList<>(2)).add(to);
        links.computeIfAbsent(to, key -> new ArrayList<>(2)).add(from);
    }

    /** Walks the crossings: open chains from their ends first, then the closed loops left. */
    private static List<Polyline> chain(Map<Long, List<Long>> links, Map<Long, double[]> crossings) {
        List<Polyline> lines = new ArrayList<>();
        java.util.Set<Long> done = new java.util.HashSet<>();
        for (boolean openPass : new boolean[] { true, false }) {
            for (Map.Entry<Long, List<Long>> start : links.entrySet()) {
                if (done.contains(start.getKey()) || (openPass && start.getValue().size() != 1)) {
                    continue;
                }
                List<Double> x = new ArrayList<>();
                List<Double> y = new ArrayList<>();
                long previous = -1;
                long current = start.getKey();
                while (true) {
                    done.add(current);
                    double[] point = crossings.get(current);
                    x.add(point[0]);
                    y.add(point[1]);
                    long next = -1;
                    for (long candidate : links.get(current)) {
                        if (candidate != previous && !done.contains(candidate)) {
                            next = candidate;
                            break;
                        }
                    }
                    if (next < 0) {
                        if (!openPass) { // close the loop
                            x.add(x.get(0));
                            y.add(y.get(0));
                        }
                        break;
                    }
                    previous = current;
                    current = next;
                }
                lines.add(new Polyline(x, y));
            }
        }
        return lines;
    }
}
