/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.figure;

/**
 * How a line is drawn.
 *
 * @param rgb colour 0xRRGGBB
 * @param width width in points (1/72 inch at the figure's design width of 600 points)
 * @param dashed dashed rather than solid
 */
public record Stroke(int rgb, double width, boolean dashed) {

    public Stroke {
        Colours.requireRgb(rgb);
        if (!(width > 0)) {
            throw new IllegalArgumentException("Line width must be positive: " + width);
        }
    }

    public static Stroke solid(int rgb, double width) {
        return new Stroke(rgb, width, false);
    }

    public static Stroke dashed(int rgb, double width) {
        return new Stroke(rgb, width, true);
    }
}
