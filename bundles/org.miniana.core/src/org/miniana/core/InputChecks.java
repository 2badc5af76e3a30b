/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.core;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules every input of the tool obeys, whichever reader or option it comes through, so
 * that files, datacards, command-line options and editors accept exactly the same values.
 * Each check returns the accepted value or throws an {@link IllegalArgumentException} whose
 * message names {@code what} and the problem; the caller adds where it stands (FILE:LINE or
 * the option).
 */
public final class InputChecks {

    /**
     * The largest magnitude of any number read: far beyond every yield, count, mass or
     * luminosity of a search, and small enough that sums and likelihoods of such numbers stay
     * well inside double precision.
     */
    public static final double MAX_MAGNITUDE = 1e9;
    /** The largest count of events read (observed counts, control-region counts). */
    public static final long MAX_COUNT = 1_000_000_000L;
    /** The smallest log-normal kappa read: a factor 1000 down at one sigma. */
    public static final double MIN_KAPPA = 1e-3;
    /** The largest log-normal kappa read: a factor 1000 up at one sigma. */
    public static final double MAX_KAPPA = 1e3;
    /** The most events simulated for one model (one mass point): minutes of work, not days. */
    public static final long MAX_EVENTS_PER_POINT = 100_000_000L;

    /**
     * A plain decimal number: digits with an optional point and exponent; no hexadecimal,
     * no type suffix (1.5d), no NaN or Infinity, which Java's own parser would all accept.
     */
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private InputChecks() {
    }

    /** A number written as text: a plain decimal of magnitude at most {@link #MAX_MAGNITUDE}. */
    public static double number(String what, String text) {
        return number(what, plainDecimal(what, text));
    }

    private static double plainDecimal(String what, String text) {
        String trimmed = text.strip();
        if (!PLAIN_DECIMAL.matcher(trimmed).matches()) {
            throw new IllegalArgumentException(what + " must be a plain decimal number, not '" + trimmed + "'");
        }
        return Double.parseDouble(trimmed);
    }

    /** A number that is finite and of magnitude at most {@link #MAX_MAGNITUDE}. */
    public static double number(String what, double value) {
        if (!(Math.abs(value) <= MAX_MAGNITUDE)) {
            throw new IllegalArgumentException(what + " must be a finite number of magnitude at most 1e9, not "
                    + format(value));
        }
        return value;
    }

    /** A count written as text: a whole number from 0 to {@link #MAX_COUNT} (such as 12 or 12.0). */
    public static long count(String what, String text) {
        String trimmed = text.strip();
        if (!PLAIN_DECIMAL.matcher(trimmed).matches()) {
            throw new IllegalArgumentException(what + " must be a whole number from 0 to 1000000000, not '" + trimmed
                    + "'");
        }
        return count(what, Double.parseDouble(trimmed));
    }

    /** A count: a whole number from 0 to {@link #MAX_COUNT}. */
    public static long count(String what, double value) {
        if (!(value >= 0 && value <= MAX_COUNT && value == Math.rint(value))) {
            throw new IllegalArgumentException(what + " must be a whole number from 0 to 1000000000, not "
                    + format(value));
        }
        return (long) value;
    }

    /** A log-normal kappa written as text: a plain decimal from {@link #MIN_KAPPA} to {@link #MAX_KAPPA}. */
    public static double kappa(String what, String text) {
        double value = plainDecimal(what, text);
        if (!(value >= MIN_KAPPA && value <= MAX_KAPPA)) {
            throw new IllegalArgumentException(what + " must be between 0.001 and 1000, not " + text.strip());
        }
        return value;
    }

    /** Events to simulate for one model: 1 to {@link #MAX_EVENTS_PER_POINT}. */
    public static long eventsPerPoint(String what, String text) {
        String trimmed = text.strip();
        if (!trimmed.matches("\\+?\\d{1,18}")) {
            throw new IllegalArgumentException(what + " must be a whole number from 1 to 100000000, not '" + trimmed
                    + "'");
        }
        return eventsPerPoint(what, Long.parseLong(trimmed));
    }

    /** Events to simulate for one model: 1 to {@link #MAX_EVENTS_PER_POINT}. */
    public static long eventsPerPoint(String what, long events) {
        if (events < 1 || events > MAX_EVENTS_PER_POINT) {
            throw new IllegalArgumentException(what + " must be from 1 to 100000000 events per point (1e8, hours of"
                    + " simulation already), not " + events);
        }
        return events;
    }

    /**
     * A bin that is not a copy of an earlier one: two bins of one analysis with the same ranges
     * would count the same events twice.
     */
    public static SearchBin distinctBin(List<SearchBin> earlier, SearchBin bin) {
        for (SearchBin other : earlier) {
            if (other.njets().equals(bin.njets()) && other.nb().equals(bin.nb()) && other.ht().equals(bin.ht())
                    && other.mht().equals(bin.mht())) {
                throw new IllegalArgumentException("bin " + bin.index() + " has the same ranges as bin " + other.index()
                        + " (" + bin.label() + ")");
            }
        }
        return bin;
    }

    /**
     * A name (of an analysis, process, model, parameter, ...): no control characters at all and
     * no bidirectional-formatting characters, which would let a name print as another one.
     */
    public static String name(String what, String name) {
        return checkCharacters(what, name, false);
    }

    /**
     * Free text (a description, reference or provenance): line breaks and tabs are allowed,
     * other control characters and bidirectional-formatting characters are not.
     */
    public static String text(String what, String text) {
        return checkCharacters(what, text, true);
    }

    private static String checkCharacters(String what, String text, boolean layoutAllowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean layout = c == '\n' || c == '\t' || c == '\r';
            if (Character.getType(c) == Character.CONTROL && !(layoutAllowed && layout)) {
                throw new IllegalArgumentException(what + " contains the control character " + codePoint(c));
            }
            if (isBidirectionalFormatting(c)) {
                throw new IllegalArgumentException(what + " contains the bidirectional-formatting character "
                        + codePoint(c) + ", which can make text display as other text");
            }
        }
        return text;
    }

    /** The embeddings, overrides, isolates and marks of Unicode's bidirectional algorithm. */
    private static boolean isBidirectionalFormatting(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F'
                || c == '\u061C';
    }

    private static String codePoint(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
