/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.DoubleBinaryOperator;

import org.junit.jupiter.api.Test;
import org.miniana.figure.Layer.Polyline;

/** Marching squares on fields whose level lines are known. */
class ContoursTest {

    private static final double STEP = 0.1;

    private static double[] grid(double from, double to) {
        int n = (int) Math.round((to - from) / STEP) + 1;
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = from + i * STEP;
        }
        return values;
    }

    private static double[] sample(double[] xs, double[] ys, DoubleBinaryOperator f) {
        double[] z = new double[xs.length * ys.length];
        for (int iy = 0; iy < ys.length; iy++) {
            for (int ix = 0; ix < xs.length; ix++) {
                z[iy * xs.length + ix] = f.applyAsDouble(xs[ix], ys[iy]);
            }
        }
        return z;
    }

    @Test
    void circleIsOneClosedLineWithinHalfACell() {
        double[] xs = grid(-2, 2);
        double[] ys = grid(-1.5, 1.5);
        List<Polyline> lines = Contours.trace(xs, ys, sample(xs, ys, (x, y) -> x * x + y * y), 1);
        assertEquals(1, lines.size());
        Polyline circle = lines.get(0);
        assertTrue(circle.closed());
        // One crossing per cell edge cut: about 2 pi r / STEP * 4 / pi points... at least 40.
        assertTrue(circle.size() > 40, "points: " + circle.size());
        double angle = 0;
        for (int i = 0; i < circle.size(); i++) {
            double r = Math.hypot(circle.x().get(i), circle.y().get(i));
            assertEquals(1, r, STEP / 2);
            if (i > 0) {
                angle += angleBetween(circle, i - 1, i);
            }
        }
        assertEquals(2 * Math.PI, Math.abs(angle), 1e-9, "the line goes round the centre once");
    }

    private static double angleBetween(Polyline line, int i, int j) {
        double a = Math.atan2(line.y().get(i), line.x().get(i));
        double b = Math.atan2(line.y().get(j), line.x().get(j));
        double d = b - a;
        return Math.atan2(Math.sin(d), Math.cos(d));
    }

    @Test
    void unknownNodesCutTheLine() {
        double[] xs = grid(-2, 2);
        double[] ys = grid(-1.5, 1.5);
        // The circle with the right half unknown: one open arc on the left.
        double[] z = sample(xs, ys, (x, y) -> x > 0.05 ? Double.NaN : x * x + y * y);
        List<Polyline> lines = Contours.trace(xs, ys, z, 1);
        assertEquals(1, lines.size());
        Polyline arc = lines.get(0);
        assertFalse(arc.closed());
        for (int i = 0; i < arc.size(); i++) {
            assertTrue(arc.x().get(i) <= 0.05 + 1e-12);
            assertEquals(1, Math.hypot(arc.x().get(i), arc.y().get(i)), STEP / 2);
        }
    }

    @Test
    void straightLevelLineIsExactForALinearField() {
        double[] xs = grid(0, 1);
        double[] ys = grid(0, 1);
        List<Polyline> lines = Contours.trace(xs, ys, sample(xs, ys, (x, y) -> x + 2 * y), 1.234);
        assertEquals(1, lines.size());
        Polyline line = lines.get(0);
        for (int i = 0; i < line.size(); i++) {
            assertEquals(1.234, line.x().get(i) + 2 * line.y().get(i), 1e-12);
        }
    }

    @Test
    void saddleCellsGiveTwoSeparateLines() {
        double[] xs = grid(-1, 1);
        double[] ys = grid(-1, 1);
        // x y = 0.1: two hyperbola branches, in the first and third quadrants.
        List<Polyline> lines = Contours.trace(xs, ys, sample(xs, ys, (x, y) -> x * y), 0.1);
        assertEquals(2, lines.size());
        for (Polyline branch : lines) {
            double sign = Math.signum(branch.x().get(0));
            for (int i = 0; i < branch.size(); i++) {
                assertEquals(sign, Math.signum(branch.x().get(i)));
                assertEquals(sign, Math.signum(branch.y().get(i)));
            }
        }
    }
}
