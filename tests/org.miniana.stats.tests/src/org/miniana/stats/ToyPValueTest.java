/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ToyPValueTest {

    private static final long MAX_TOYS = 20_000_000;

    /** Toys and the exact integration estimate the same p: within 4 of the toys' standard errors. */
    @ParameterizedTest(name = "n={0} b={1} +{2} -{3}")
    @CsvSource({
        "40, 25, 5, 5",
        "3, 1, 0.3, 0.3",
        "0, 3, 1, 1",
        "5, 2, 1, 3",
        "8, 3, 1.5, 2.5",
        "3, 0, 1, 0",
        "45.3, 25, 5, 5",
        "12.7, 4, 1, 1",
        "1, 0.001, 0.0005, 0.0005",
        "10100, 10000, 100, 100"})
    void agreesWithTheExactMethod(double n, double b, double up, double down) {
        ToyPValue toys = ToyPValue.compute(n, b, up, down, 20260101, MAX_TOYS);
        double exact = PValue.hybrid(n, b, up, down).p();
        assertTrue(toys.standardError() < ToyPValue.TARGET_PRECISION * toys.p(), toys.toString());
        assertEquals(exact, toys.p(), 4 * toys.standardError(), toys.toString());
    }

    @Test
    void originalToolExample() {
        ToyPValue toys = ToyPValue.compute(40, 25, 5, 5, 7, MAX_TOYS);
        PValue exact = PValue.hybrid(40, 25, 5, 5);
        assertEquals(1.925, exact.z(), 0.001);
        assertEquals(exact.p(), toys.p(), 4 * toys.standardError(), toys.toString());
        // The 3 % stopping rule: about (1 - p) / (p 0.03^2) = 40,000 toys, thrown in batches.
        assertEquals(40_000, toys.toys(), 10_000);
    }

    @Test
    void sameSeedSameResult() {
        ToyPValue first = ToyPValue.compute(40, 25, 5, 5, 42, MAX_TOYS);
        assertEquals(first, ToyPValue.compute(40, 25, 5, 5, 42, MAX_TOYS));
        assertNotEquals(first, ToyPValue.compute(40, 25, 5, 5, 43, MAX_TOYS));
    }

    @Test
    void stopsAtTheMaximumNumberOfToys() {
        // p ~ 2e-11 cannot reach 3 % precision with 25,000 toys.
        ToyPValue toys = ToyPValue.compute(100, 25, 5, 5, 1, 25_000);
        assertEquals(25_000, toys.toys());
        assertEquals(0, toys.p());
        assertEquals(0, toys.standardError());
        assertEquals(Math.sqrt(toys.p() * (1 - toys.p()) / toys.toys()), toys.standardError());
    }

    @Test
    void countsHalfForTiesOnlyWithIntegerCounts() {
        // With b = 0 and no error every toy gives N = 0: a tie for n = 0, below any n > 0.
        assertEquals(0.5, ToyPValue.compute(0, 0, 0, 0, 1, 10_000).p());
        assertEquals(0, ToyPValue.compute(0.5, 0, 0, 0, 1, 10_000).p());
    }

    @Test
    void rejectsInvalidInput() {
        assertThrows(IllegalArgumentException.class, () -> ToyPValue.compute(3, 1, 1, 1, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> ToyPValue.compute(-3, 1, 1, 1, 1, 10));
    }
}
