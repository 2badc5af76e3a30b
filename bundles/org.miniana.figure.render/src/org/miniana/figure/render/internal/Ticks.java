/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.figure.render.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.miniana.figure.Axis;

/**
 * Tick positions and labels of an axis: labelled ticks as given; on linear axes steps of 1, 2 or
 * 5 times a power of ten with minor ticks in between; on log axes the decades labelled 10^{k}
 * (every other one when there are many), minor ticks at 2..9 times each decade, and labels at 2
 * and 5 too when the axis spans less than two decades.
 */
public final class Ticks {

    /** A tick at {@code value}, major (labelled) or minor. */
    public record Tick(double value, String label, boolean major) {
    }

    private Ticks() {
    }

    /** The ticks of an axis about {@code length} points long. */
    public static List<Tick> of(Axis axis, double length) {
        if (!axis.ticks().isEmpty()) {
            return axis.ticks().stream().map(t -> new Tick(t.position(), t.label(), true)).toList();
        }
        return axis.log() ? log(axis.min(), axis.max(), length) : linear(axis.min(), axis.max(), length);
    }

    static List<Tick> linear(double min, double max, double length) {
        double target = (max - min) / Math.max(2, Math.min(10, length / 70));
        double magnitude = Math.pow(10, Math.floor(Math.log10(target)));
        double mantissa = target / magnitude;
        double step = (mantissa < 1.5 ? 1 : mantissa < 3.5 ? 2 : mantissa < 7.5 ? 5 : 10) * magnitude;
        int minors = Math.round(step / magnitude) == 2 ? 4 : 5;
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        List<Tick> ticks = new ArrayList<>();
        double minor = step / minors;
        long first = (long) Math.ceil(min / minor - 1e-9);
        long last = (long) Math.floor(max / minor + 1e-9);
        for (long i = first; i <= last; i++) {
            double value = i * minor;
            boolean major = i % minors == 0;
            String label = major ? String.format(Locale.ROOT, "%." + decimals + "f", value).replace('-', '\u2212') : "";
            if (label.equals("\u22120") || label.matches("\u22120\\.0+")) {
                label = label.substring(1);
            }
            ticks.add(new Tick(Math.abs(value) < minor * 1e-9 ? 0 : value, label, major));
        }
        return ticks;
    }

    static List<Tick> log(double min, double max, double length) {
        int low = (int) Math.floor(Math.log10(min) + 1e-9);
        int high = (int) Math.ceil(Math.log10(max) - 1e-9);
        int decades = high - low;
        int every = decades > length / 25 ? 2 : 1;
        boolean minor = decades <= length / 18;
        boolean extra = Math.log10(max / min) < 2;
        List<Tick> ticks = new ArrayList<>();
        for (int k = low; k <= high; k++) {
            double decade = Math.pow(10, k);
            for (int m = 1; m <= 9; m++) {
                double value = m * decade;
                if (value < min * (1 - 1e-9) || value > max * (1 + 1e-9)) {
                    continue;
                }
                if (m == 1) {
                    ticks.add(new Tick(value, Math.floorMod(k, every) == 0 ? power(k) : "", true));
                } else if (extra && (m == 2 || m == 5)) {
                    ticks.add(new Tick(value, m + "\u00d7" + power(k), true));
                } else if (minor) {
                    ticks.add(new Tick(value, "", false));
                }
            }
        }
        return ticks;
    }

    private static String power(int k) {
        return "10^{" + (k < 0 ? "\u2212" + -k : Integer.toString(k)) + "}";
    }
}
