/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IntervalTest {

    @Test
    void labelsCountsAndRanges() {
        assertEquals("3-4", Interval.of(3, 5).countLabel());
        assertEquals("2", Interval.of(2, 3).countLabel());
        assertEquals(">=9", Interval.atLeast(9).countLabel());
        assertEquals("300-350", Interval.of(300, 350).rangeLabel());
        assertEquals(">1000", Interval.atLeast(1000).rangeLabel());
        assertEquals("12.5-20", Interval.of(12.5, 20).rangeLabel());
    }

    @Test
    void openIntervalContainsEverythingAbove() {
        Interval open = Interval.atLeast(750);
        assertTrue(open.isOpen());
        assertTrue(open.contains(750));
        assertTrue(open.contains(1e9));
        assertFalse(open.contains(749.9));
    }

    @Test
    void rejectsEmptyOrInvertedRanges() {
        assertThrows(IllegalArgumentException.class, () -> Interval.of(5, 5));
        assertThrows(IllegalArgumentException.class, () -> Interval.of(5, 3));
        assertThrows(IllegalArgumentException.class, () -> Interval.of(Double.NaN, 3));
    }
}
