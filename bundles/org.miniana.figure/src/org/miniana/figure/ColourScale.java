/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.figure;

import java.util.List;
import java.util.Objects;

/**
 * How a colour map's values become colours: a palette over [min, max], linear or logarithmic;
 * values outside are clamped to the ends.
 *
 * @param label title of the colour bar (may use the {@link Markup})
 * @param min value at the palette's first colour
 * @param max value at its last
 * @param log logarithmic (then min &gt; 0)
 * @param palette the colours
 * @param ticks the colour bar's labelled ticks; empty for the renderer's own
 */
public record ColourScale(String label, double min, double max, boolean log, Palette palette, List<Axis.Tick> ticks) {

    /** The colours from min to max, each sampled at evenly spaced points and interpolated linearly between. */
    public enum Palette {
        /**
         * viridis (matplotlib's table at 9 points): perceptually uniform, readable in grey and by
         * colour-blind readers; for magnitudes.
         */
        VIRIDIS(0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21918C, 0x28AE80, 0x5EC962, 0xADDC30, 0xFDE725),
        /**
         * Moreland's cool-warm diverging map (matplotlib's coolwarm at 9 points): blue through a
         * light grey, which stays distinct from an empty white cell, to red; for a ratio or a
         * difference whose middle value means agreement.
         */
        COOL_WARM(0x3B4CC0, 0x6282EA, 0x8DB0FE, 0xB9D0F9, 0xDDDCDC, 0xF5C4AC, 0xF4987A, 0xDD5F4B, 0xB40426);

        private final int[] stops;

        Palette(int... stops) {
            this.stops = stops;
        }
    }

    public ColourScale {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(palette, "palette");
        ticks = List.copyOf(ticks);
        if (!(min < max) || Double.isInfinite(min) || Double.isInfinite(max) || (log && !(min > 0))) {
            throw new IllegalArgumentException("Bad colour scale range [" + min + ", " + max + "]" + (log ? " (log)" : ""));
        }
    }

    /** viridis with the renderer's ticks. */
    public ColourScale(String label, double min, double max, boolean log) {
        this(label, min, max, log, Palette.VIRIDIS, List.of());
    }

    /** Where {@code z} lies on the scale, 0 at min to 1 at max, clamped. */
    public double fraction(double z) {
        double f = log ? (Math.log(Math.max(z, Double.MIN_NORMAL)) - Math.log(min)) / (Math.log(max) - Math.log(min))
            : (z - min) / (max - min);
        return Math.clamp(f, 0, 1);
    }

    /** The colour 0xRRGGBB of {@code z}. */
    public int rgb(double z) {
        int[] stops = palette.stops;
        double position = fraction(z) * (stops.length - 1);
        int i = Math.min((int) position, stops.length - 2);
        double t = position - i;
        int from = stops[i];
        int to = stops[i + 1];
        int rgb = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int a = from >> shift & 0xFF;
            int b = to >> shift & 0xFF;
            rgb |= (int) Math.round(a + t * (b - a)) << shift;
        }
        return rgb;
    }
}
