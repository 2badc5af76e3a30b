/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.figure;

import java.util.Objects;

/**
 * How a colour map's values become colours: the viridis palette (perceptually uniform, readable
 * in grey and by colour-blind readers) over [min, max], linear or logarithmic; values outside are
 * clamped to the ends.
 *
 * @param label title of the colour bar (may use the {@link Markup})
 * @param min value at the dark end
 * @param max value at the bright end
 * @param log logarithmic (then min &gt; 0)
 */
public record ColourScale(String label, double min, double max, boolean log) {

    /** viridis, sampled at 9 evenly spaced points (matplotlib's table). */
    private static final int[] VIRIDIS = { 0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21918C, 0x28AE80, 0x5EC962,
            0xADDC30, 0xFDE725 };

    public ColourScale {
        Objects.requireNonNull(label, "label");
        if (!(min < max) || Double.isInfinite(min) || Double.isInfinite(max) || (log && !(min > 0))) {
            throw new IllegalArgumentException("Bad colour scale range [" + min + ", " + max + "]" + (log ? " (log)" : ""));
        }
    }

    /** Where {@code z} lies on the scale, 0 at min to 1 at max, clamped. */
    public double fraction(double z) {
        double f = log ? (Math.log(Math.max(z, Double.MIN_NORMAL)) - Math.log(min)) / (Math.log(max) - Math.log(min))
            : (z - min) / (max - min);
        return Math.clamp(f, 0, 1);
    }

    /** The colour 0xRRGGBB of {@code z}. */
    public int rgb(double z) {
        double position = fraction(z) * (VIRIDIS.length - 1);
        int i = Math.min((int) position, VIRIDIS.length - 2);
        double t = position - i;
        int from = VIRIDIS[i];
        int to = VIRIDIS[i + 1];
        int rgb = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int a = from >> shift & 0xFF;
            int b = to >> shift & 0xFF;
            rgb |= (int) Math.round(a + t * (b - a)) << shift;
        }
        return rgb;
    }
}
