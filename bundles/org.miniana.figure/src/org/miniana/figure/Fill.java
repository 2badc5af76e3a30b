/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.figure;

import java.util.Objects;

/**
 * How an area is filled: a colour with an opacity, or hatching in that colour.
 *
 * @param rgb colour 0xRRGGBB
 * @param opacity 0 (transparent) to 1
 * @param hatch hatching instead of a solid fill
 */
public record Fill(int rgb, double opacity, Hatch hatch) {

    public Fill {
        Colours.requireRgb(rgb);
        if (!(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException("Opacity must be in [0, 1]: " + opacity);
        }
        Objects.requireNonNull(hatch, "hatch");
    }

    public static Fill solid(int rgb) {
        return new Fill(rgb, 1, Hatch.NONE);
    }

    public static Fill hatched(int rgb) {
        return new Fill(rgb, 1, Hatch.DIAGONAL);
    }

    /** Hatching patterns. */
    public enum Hatch {
        /** A solid fill. */
        NONE,
        /** Lines rising to the right, as ROOT's 3354 / matplotlib's "///". */
        DIAGONAL
    }
}
