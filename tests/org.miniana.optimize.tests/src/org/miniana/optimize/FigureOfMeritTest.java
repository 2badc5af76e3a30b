/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.miniana.stats.HybridBound;
import org.miniana.stats.OnOff;
import org.miniana.stats.PValue;

/** The figures of merit, and the hybrid one's upper bound that lets searches skip selections. */
class FigureOfMeritTest {

    @Test
    void selectableById() {
        assertEquals(List.of("hybrid", "asimov", "binomial", "exclusion"), FigureOfMerit.standard().stream().map(FigureOfMerit::id)
                .toList());
        for (FigureOfMerit figureOfMerit : FigureOfMerit.standard()) {
            assertEquals(figureOfMerit, FigureOfMerit.byId(figureOfMerit.id()));
        }
        assertEquals(StandardFigureOfMerit.HYBRID, FigureOfMerit.defaultFigure());
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> FigureOfMerit.byId("zpl"));
        assertEquals("Unknown figure of merit 'zpl'; known: hybrid, asimov, binomial, exclusion", error.getMessage());
    }

    @Test
    void valuesAreTheStatisticsEnginesSignificances() {
        assertEquals(PValue.hybrid(12.5, 4.5, 1.5, 1.0).z(), StandardFigureOfMerit.HYBRID.value(8, 4.5, 1.5, 1.0));
        // Cowan, Cranmer, Gross, Vitells: Z_A(s=50, b=100, sigma_b=7) = 3.72.
        assertEquals(3.72, StandardFigureOfMerit.ASIMOV.value(50, 100, 7, 3), 0.005);
        assertEquals(OnOff.binomialExpected(8, 4.5, 1.5 / 4.5).z(), StandardFigureOfMerit.BINOMIAL.value(8, 4.5, 1.5,
                1.0));
    }

    @Test
    void binomialWithoutBackgroundErrorIsItsPoissonLimit() {
        double limit = StandardFigureOfMerit.BINOMIAL.value(8, 4.5, 0, 0);
        assertEquals(StandardFigureOfMerit.BINOMIAL.value(8, 4.5, 4.5e-3, 0), limit, 1e-3);
        assertTrue(limit > StandardFigureOfMerit.BINOMIAL.value(8, 4.5, 0.5, 0));
    }

    @Test
    void withoutBackgroundTheAsymptoticFiguresAreInfiniteNotNaN() {
        assertEquals(Double.POSITIVE_INFINITY, StandardFigureOfMerit.ASIMOV.value(1, 0, 0, 0));
        assertEquals(Double.POSITIVE_INFINITY, StandardFigureOfMerit.BINOMIAL.value(1, 0, 0, 0));
    }

    @Test
    void theHybridUpperBoundIsTheStatisticsEnginesBound() {
        assertEquals(HybridBound.significance(8, 4.5, 1.5, 1.0, 2), StandardFigureOfMerit.HYBRID.upperBound(8, 4.5, 1.5,
                1.0, 2));
        assertTrue(StandardFigureOfMerit.HYBRID.upperBound(8, 4.5, 1.5, 1.0, 0) >= StandardFigureOfMerit.HYBRID.value(8,
                4.5, 1.5, 1.0));
    }
}
