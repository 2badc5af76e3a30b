/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.core;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The range a selection keeps on one axis of a search, e.g. Njets in [7, +inf): an infinite edge
 * means no cut on that side. A stored run keeps its cuts this way, so that reports write them
 * without reading text back.
 *
 * @param axis the axis's name, e.g. "Njets" or "MHT"
 * @param unit the axis's unit, e.g. "GeV"; empty for a count of objects, whose cuts are written
 *        with whole, inclusive limits
 * @param range the values kept, half-open as every {@link Interval}
 */
public record AxisCut(String axis, String unit, Interval range) {

    /** What a selection that cuts on no axis is called. */
    public static final String NO_CUTS = "no cuts beyond the baseline";

    /** Plain text: "Njets &gt;= 7", "500 &lt; MHT &lt; 750 GeV". */
    public static final Notation TEXT = new Notation(">=", "<=", unit -> " " + unit);

    /**
     * How cuts are written: the relations "at least" and "at most" (the others are "=", "&gt;" and
     * "&lt;" in every notation) and how a unit follows a number.
     */
    public record Notation(String atLeast, String atMost, UnaryOperator<String> unit) {
        public Notation {
            Objects.requireNonNull(atLeast, "atLeast");
            Objects.requireNonNull(atMost, "atMost");
            Objects.requireNonNull(unit, "unit");
        }
    }

    public AxisCut {
        Objects.requireNonNull(axis, "axis");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(range, "range");
        if (axis.isBlank()) {
            throw new IllegalArgumentException("A cut needs the name of its axis");
        }
    }

    /** Whether the axis counts objects (jets, b tags) rather than measuring a quantity with a unit. */
    public boolean isCount() {
        return unit.isEmpty();
    }

    /** Whether the range cuts at all: at least one of its edges is finite. */
    public boolean cuts() {
        return range.lower() != Double.NEGATIVE_INFINITY || range.upper() != Double.POSITIVE_INFINITY;
    }

    /**
     * The cuts as a theorist writes them, e.g. "Njets &gt;= 7, Nb &gt;= 2, MHT &gt; 500 GeV", leaving out
     * the axes without a cut ({@value #NO_CUTS} when none is cut).
     */
    public static String text(List<AxisCut> cuts) {
        List<String> written = cuts.stream().filter(AxisCut::cuts).map(cut -> cut.write(cut.axis(), TEXT)).toList();
        return written.isEmpty() ? NO_CUTS : String.join(", ", written);
    }

    /**
     * This cut in a notation, the axis written as {@code symbol}. Counts are written with their
     * inclusive limits ("1 &lt;= Nb &lt;= 2", "Nb = 0"), quantities with their edges and unit.
     */
    public String write(String symbol, Notation notation) {
        boolean lower = range.lower() != Double.NEGATIVE_INFINITY;
        boolean upper = range.upper() != Double.POSITIVE_INFINITY;
        if (isCount()) {
            // Counts are whole and never negative: [lo, hi) holds ceil(lo) .. ceil(hi) - 1, and 0 at the least.
            long first = lower ? Math.max(0, (long) Math.ceil(range.lower())) : 0;
            long last = (long) Math.ceil(range.upper()) - 1;
            if (!upper) {
                return symbol + " " + notation.atLeast() + " " + first;
            }
            if (first == last) {
                return symbol + " = " + first;
            }
            return first > 0 ? first + " " + notation.atMost() + " " + symbol + " " + notation.atMost() + " " + last
                    : symbol + " " + notation.atMost() + " " + last;
        }
        String unitText = notation.unit().apply(unit);
        if (!upper) {
            return symbol + " > " + number(range.lower()) + unitText;
        }
        if (!lower) {
            return symbol + " < " + number(range.upper()) + unitText;
        }
        return number(range.lower()) + " < " + symbol + " < " + number(range.upper()) + unitText;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
