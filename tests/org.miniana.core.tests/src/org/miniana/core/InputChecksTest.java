/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputChecksTest {

    @Test
    void acceptsPlainDecimals() {
        assertEquals(1.5, InputChecks.number("x", "1.5"));
        assertEquals(-2e3, InputChecks.number("x", " -2E3 "));
        assertEquals(0.5, InputChecks.number("x", ".5"));
        assertEquals(1e9, InputChecks.number("x", "1e9"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "0x1p3", "1.5d", "1.5f", "NaN", "Infinity", "-Infinity", "1.2.3", "", "1e", "lots" })
    void refusesWhatJavaWouldParseButIsNoPlainDecimal(String text) {
        var error = assertThrows(IllegalArgumentException.class, () -> InputChecks.number("rate", text));
        assertEquals("rate must be a plain decimal number, not '" + text + "'", error.getMessage());
    }

    @Test
    void refusesAbsurdMagnitudes() {
        var error = assertThrows(IllegalArgumentException.class, () -> InputChecks.number("yield", "1e300"));
        assertEquals("yield must be a finite number of magnitude at most 1e9, not 1.0E300", error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> InputChecks.number("yield", -1.000001e9));
        assertThrows(IllegalArgumentException.class, () -> InputChecks.number("yield", Double.NaN));
    }

    @Test
    void countsAreWholeNumbersUpToOneBillion() {
        assertEquals(12, InputChecks.count("observation", "12.0"));
        assertEquals(1_000_000_000L, InputChecks.count("observation", "1e9"));
        assertEquals("observation must be a whole number from 0 to 1000000000, not 2.5",
                assertThrows(IllegalArgumentException.class, () -> InputChecks.count("observation", 2.5)).getMessage());
        assertEquals("observation must be a whole number from 0 to 1000000000, not 1.0E30",
                assertThrows(IllegalArgumentException.class, () -> InputChecks.count("observation", "1e30"))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> InputChecks.count("observation", "-1"));
        assertThrows(IllegalArgumentException.class, () -> InputChecks.count("observation", "0x10"));
    }

    @Test
    void kappasStayWithinAFactorOfAThousand() {
        assertEquals(1.05, InputChecks.kappa("kappa", "1.05"));
        assertEquals(0.001, InputChecks.kappa("kappa", "0.001"));
        assertEquals("kappa of 'lumi' must be between 0.001 and 1000, not 1e308",
                assertThrows(IllegalArgumentException.class, () -> InputChecks.kappa("kappa of 'lumi'", "1e308"))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> InputChecks.kappa("kappa", "0.0009"));
        assertThrows(IllegalArgumentException.class, () -> InputChecks.kappa("kappa", "0"));
    }

    @Test
    void eventsPerPointAreBounded() {
        assertEquals(20000, InputChecks.eventsPerPoint("--events", "20000"));
        assertEquals(100_000_000L, InputChecks.eventsPerPoint("--events", 100_000_000L));
        assertEquals("events must be a whole number from 1 to 100000000, not '1e12'",
                assertThrows(IllegalArgumentException.class, () -> InputChecks.eventsPerPoint("events", "1e12"))
                        .getMessage());
        assertEquals("--events must be from 1 to 100000000 events per point (1e8, hours of simulation already), not"
                + " 2147483648", assertThrows(IllegalArgumentException.class,
                        () -> InputChecks.eventsPerPoint("--events", 2147483648L)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> InputChecks.eventsPerPoint("events", "1000000000000"));
        assertThrows(IllegalArgumentException.class, () -> InputChecks.eventsPerPoint("events", "0"));
        assertThrows(IllegalArgumentException.class, () -> InputChecks.eventsPerPoint("events", "99999999999999999999"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "a\nb", "a\u0000b", "a\u001b[31mb", "a\u007fb", "a\u0085b" })
    void namesHoldNoControlCharacters(String name) {
        var error = assertThrows(IllegalArgumentException.class, () -> InputChecks.name("model name", name));
        assertEquals("model name contains the control character "
                + String.format("U+%04X", (int) name.charAt(1)), error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "\u202Eevil", "x\u2066y", "x\u200Fy" })
    void namesAndTextsHoldNoBidirectionalFormatting(String name) {
        assertThrows(IllegalArgumentException.class, () -> InputChecks.name("name", name));
        var error = assertThrows(IllegalArgumentException.class, () -> InputChecks.text("description", name));
        assertEquals(true, error.getMessage().startsWith("description contains the bidirectional-formatting character"),
                error.getMessage());
    }

    @Test
    void freeTextMayHoldLineBreaksAndTabs() {
        assertEquals("line 1\n\tline 2", InputChecks.text("description", "line 1\n\tline 2"));
        assertEquals("T1tttt σ=0.3 pb", InputChecks.name("name", "T1tttt σ=0.3 pb"));
        assertThrows(IllegalArgumentException.class, () -> InputChecks.text("description", "bell\u0007"));
    }
}
