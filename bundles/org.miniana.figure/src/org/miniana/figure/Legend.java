/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.figure;

import java.util.List;
import java.util.Objects;

/**
 * A legend drawn inside the plot frame, in a corner. The builders leave room for it above the
 * data, so that it covers nothing.
 *
 * @param title a line above the entries (may use the {@link Markup}), or ""
 * @param entries the entries, in reading order
 * @param corner where it sits
 * @param columns number of columns, filled row by row
 */
public record Legend(String title, List<Entry> entries, Corner corner, int columns) {

    public Legend {
        Objects.requireNonNull(title, "title");
        entries = List.copyOf(entries);
        Objects.requireNonNull(corner, "corner");
        if (columns < 1) {
            throw new IllegalArgumentException("A legend needs at least one column");
        }
    }

    /** A legend without a title. */
    public static Legend of(List<Entry> entries, Corner corner, int columns) {
        return new Legend("", entries, corner, columns);
    }

    /** One entry: a sample of how something is drawn, and its label. */
    public record Entry(String label, Swatch swatch) {
        public Entry {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(swatch, "swatch");
        }
    }

    /** What the entry's sample shows. */
    public sealed interface Swatch {
    }

    /** A filled box, outlined when the stroke is given. */
    public record FillSwatch(Fill fill, java.util.Optional<Stroke> outline) implements Swatch {
    }

    /** A horizontal line. */
    public record LineSwatch(Stroke stroke) implements Swatch {
    }

    /** A marker with error bars, as data points are drawn. */
    public record MarkerSwatch(int rgb, double size) implements Swatch {
    }

    /** Corners of the frame. */
    public enum Corner {
        TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT
    }
}
