/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A signal model's variations stay consistent with its yields. */
class SignalModelTest {

    private static SignalModel twoBins() {
        return new SignalModel("m", "T1bbbb", Map.of(), 1, "", List.of(new SignalYield(2, 0.1), SignalYield.ZERO),
                List.of(SignalVariation.of("JECUnc", new double[] {2.5, 0}, new double[] {1.5, 0})));
    }

    @Test
    void anEditedYieldKeepsItsVariationsFactors() {
        SignalModel edited = twoBins().withYield(0, new SignalYield(4, 0.2)).withYield(1, new SignalYield(1, 0));
        assertEquals(List.of(new SignalYield(4, 0.2), new SignalYield(1, 0)), edited.yields());
        // bin 0: +25% / -25% stay; bin 1 had no yield, so its variation is the new yield (no effect)
        assertEquals(List.of(SignalVariation.of("JECUnc", new double[] {5, 1}, new double[] {3, 1})),
                edited.variations());
    }

    @Test
    void variationsMustFitTheBinsAndHaveOneNameEach() {
        SignalVariation oneBin = SignalVariation.of("JECUnc", new double[] {1}, new double[] {1});
        assertThrows(IllegalArgumentException.class, () -> new SignalModel("m", "", Map.of(), 1, "",
                List.of(SignalYield.ZERO, SignalYield.ZERO), List.of(oneBin)));
        SignalVariation twoBins = SignalVariation.of("JECUnc", new double[] {1, 1}, new double[] {1, 1});
        assertThrows(IllegalArgumentException.class, () -> new SignalModel("m", "", Map.of(), 1, "",
                List.of(SignalYield.ZERO, SignalYield.ZERO), List.of(twoBins, twoBins)));
        assertThrows(IllegalArgumentException.class,
                () -> SignalVariation.of("JECUnc", new double[] {1, Double.NaN}, new double[] {1, 1}));
    }
}
