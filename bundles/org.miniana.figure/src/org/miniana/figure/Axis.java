/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.figure;

import java.util.List;
import java.util.Objects;

/**
 * An axis: label, range, linear or logarithmic, and either automatic numeric ticks or the given
 * labelled ticks (categories such as the Njets classes, each usually at the centre of its unit
 * interval [k, k + 1)).
 *
 * @param label axis title (may use the {@link Markup})
 * @param min lower end
 * @param max upper end
 * @param log logarithmic scale (then min &gt; 0)
 * @param ticks labelled ticks; empty for automatic numeric ticks
 */
public record Axis(String label, double min, double max, boolean log, List<Tick> ticks) {

    public Axis {
        Objects.requireNonNull(label, "label");
        if (!(min < max) || Double.isInfinite(min) || Double.isInfinite(max) || (log && !(min > 0))) {
            throw new IllegalArgumentException("Bad range of axis '" + label + "': [" + min + ", " + max + "]"
                    + (log ? " (log)" : ""));
        }
        ticks = List.copyOf(ticks);
    }

    /** A linear axis with automatic ticks. */
    public static Axis linear(String label, double min, double max) {
        return new Axis(label, min, max, false, List.of());
    }

    /** A logarithmic axis with automatic ticks (decades). */
    public static Axis log(String label, double min, double max) {
        return new Axis(label, min, max, true, List.of());
    }

    /** Categories at [0, 1), [1, 2), ...: one labelled tick at the centre of each. */
    public static Axis categories(String label, List<String> categories) {
        List<Tick> ticks = java.util.stream.IntStream.range(0, categories.size())
                .mapToObj(k -> new Tick(k + 0.5, categories.get(k))).toList();
        return new Axis(label, 0, Math.max(1, categories.size()), false, ticks);
    }

    /** A labelled tick. */
    public record Tick(double position, String label) {
        public Tick {
            Objects.requireNonNull(label, "label");
        }
    }
}
