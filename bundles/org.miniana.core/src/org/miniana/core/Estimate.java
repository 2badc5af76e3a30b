/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.core;

/**
 * A predicted yield with asymmetric statistical and systematic errors (all absolute, all
 * non-negative). The total error combines statistical and systematic parts in quadrature.
 */
public record Estimate(double value, double statUp, double statDown, double systUp, double systDown) {

    public static final Estimate ZERO = new Estimate(0, 0, 0, 0, 0);

    public Estimate {
        requireNonNegative("value", value);
        requireNonNegative("statUp", statUp);
        requireNonNegative("statDown", statDown);
        requireNonNegative("systUp", systUp);
        requireNonNegative("systDown", systDown);
    }

    public static Estimate central(double value) {
        return new Estimate(value, 0, 0, 0, 0);
    }

    /** The sum of two estimates whose errors are independent: values add, errors add in quadrature. */
    public Estimate plusUncorrelated(Estimate other) {
        return new Estimate(value + other.value, Math.hypot(statUp, other.statUp), Math.hypot(statDown, other.statDown),
                Math.hypot(systUp, other.systUp), Math.hypot(systDown, other.systDown));
    }

    public double totalUp() {
        return Math.hypot(statUp, systUp);
    }

    public double totalDown() {
        return Math.hypot(statDown, systDown);
    }

    private static void requireNonNegative(String what, double number) {
        if (!(number >= 0) || Double.isInfinite(number)) {
            throw new IllegalArgumentException(what + " must be a finite non-negative number, not " + number);
        }
    }
}
