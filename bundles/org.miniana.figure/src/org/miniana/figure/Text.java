/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.figure;

import java.util.Objects;

/**
 * A text annotation.
 *
 * @param text the text (may use the {@link Markup})
 * @param coordinates whether x and y are data values or fractions of the plot frame (0..1 from the
 *        bottom-left corner)
 * @param x horizontal position
 * @param y vertical position
 * @param align which point of the text sits at (x, y)
 * @param size font size relative to the figure's base size (1 = normal)
 * @param bold bold type
 * @param rgb colour 0xRRGGBB
 */
public record Text(String text, Coordinates coordinates, double x, double y, Align align, double size, boolean bold,
        int rgb) {

    public Text {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(coordinates, "coordinates");
        Objects.requireNonNull(align, "align");
        if (!(size > 0)) {
            throw new IllegalArgumentException("Text size must be positive: " + size);
        }
        Colours.requireRgb(rgb);
    }

    /** Black text at a fraction of the frame. */
    public static Text inFrame(String text, double x, double y, Align align, double size) {
        return new Text(text, Coordinates.FRAME, x, y, align, size, false, Colours.BLACK);
    }

    /** Where a position is measured. */
    public enum Coordinates {
        /** In the axes' values. */
        DATA,
        /** Fractions of the plot frame, (0, 0) bottom left, (1, 1) top right. */
        FRAME
    }

    /** Which point of the text's box sits at the position. */
    public enum Align {
        TOP_LEFT, TOP_CENTER, TOP_RIGHT, CENTER_LEFT, CENTER, CENTER_RIGHT, BOTTOM_LEFT, BOTTOM_CENTER, BOTTOM_RIGHT;

        /** 0 left, 0.5 centre, 1 right. */
        public double horizontal() {
            return ordinal() % 3 / 2.0;
        }

        /** 0 top, 0.5 centre, 1 bottom. */
        public double vertical() {
            return ordinal() / 3 / 2.0;
        }
    }
}
