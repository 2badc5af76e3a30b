/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.core;

/**
 * A half-open range [lower, upper) of one kinematic variable. An open upper edge is
 * {@link Double#POSITIVE_INFINITY}. Counts (jets, b-tags) use the same type: "3-4 jets" is
 * [3, 5).
 */
public record Interval(double lower, double upper) {

    public Interval {
        if (Double.isNaN(lower) || Double.isNaN(upper) || lower >= upper) {
            throw new IllegalArgumentException("Not an interval: [" + lower + ", " + upper + ")");
        }
    }

    public static Interval of(double lower, double upper) {
        return new Interval(lower, upper);
    }

    public static Interval atLeast(double lower) {
        return new Interval(lower, Double.POSITIVE_INFINITY);
    }

    public boolean isOpen() {
        return upper == Double.POSITIVE_INFINITY;
    }

    public boolean contains(double value) {
        return value >= lower && value < upper;
    }

    /** Label for a count such as Njets: "3-4", "0", "&gt;=9". */
    public String countLabel() {
        long first = (long) lower;
        if (isOpen()) {
            return ">=" + first;
        }
        long last = (long) Math.ceil(upper) - 1;
        return first == last ? Long.toString(first) : first + "-" + last;
    }

    /** Label for a continuous variable in GeV such as HT: "300-500", "&gt;1000". */
    public String rangeLabel() {
        return isOpen() ? ">" + format(lower) : format(lower) + "-" + format(upper);
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
