/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.miniana.figure.ColourScale.Palette;

class ColourScaleTest {

    @Test
    void viridisIsTheDefaultPaletteFromDarkToBright() {
        ColourScale scale = new ColourScale("Z", 0, 4, false);
        assertEquals(Palette.VIRIDIS, scale.palette());
        assertEquals(0x440154, scale.rgb(0));
        assertEquals(0xFDE725, scale.rgb(4));
        assertEquals(0x21918C, scale.rgb(2), "the middle stop");
        assertEquals(0x440154, scale.rgb(-1), "clamped");
        assertEquals(List.of(), scale.ticks());
    }

    @Test
    void aLogRatioScaleHasItsGreyMiddleAtOneAndEqualFactorsEquallyFar() {
        ColourScale scale = new ColourScale("ratio", 0.2, 5, true, Palette.COOL_WARM, List.of());
        assertEquals(0xDDDCDC, scale.rgb(1));
        assertEquals(0x3B4CC0, scale.rgb(0.2));
        assertEquals(0xB40426, scale.rgb(5));
        assertEquals(0.5 - scale.fraction(0.5), scale.fraction(2) - 0.5, 1e-12);
        assertEquals(0xB40426, scale.rgb(100), "clamped");
    }

    @Test
    void ticksAreKeptAndTheRangeChecked() {
        List<Axis.Tick> ticks = List.of(new Axis.Tick(1, "1"));
        assertEquals(ticks, new ColourScale("r", 0.5, 2, true, Palette.COOL_WARM, ticks).ticks());
        assertThrows(IllegalArgumentException.class, () -> new ColourScale("r", 0, 2, true));
        assertThrows(IllegalArgumentException.class, () -> new ColourScale("r", 2, 2, false));
    }
}
