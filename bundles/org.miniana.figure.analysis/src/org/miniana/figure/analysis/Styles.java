/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.figure.analysis;

import java.util.Locale;

import org.miniana.core.Analysis;
import org.miniana.figure.Header;

/** What the run figures share: the header, number formats, log ranges with room for a legend. */
final class Styles {

    /** Size of annotation text relative to the base size. */
    static final double SMALL = 0.8;

    private Styles() {
    }

    /** "CMS-PAS-SUS-16-014 data" on the left, "12.9 fb^{-1} (13 TeV)" on the right. */
    static Header header(Analysis analysis) {
        return new Header(analysis.name(), "data", String.format(Locale.ROOT, "%.1f fb^{-1} (%s TeV)",
                analysis.luminosityInvFb(), number(analysis.sqrtSTeV())));
    }

    /** Three significant digits, in plain or scientific notation as suits the magnitude. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e6) {
            return Long.toString((long) value);
        }
        double magnitude = Math.abs(value);
        if (magnitude != 0 && (magnitude < 1e-3 || magnitude >= 1e6)) {
            String[] parts = String.format(Locale.ROOT, "%.2e", value).split("e");
            return parts[0] + "\u00d710^{" + Integer.parseInt(parts[1]) + "}";
        }
        return String.format(Locale.ROOT, magnitude >= 100 ? "%.0f" : magnitude >= 10 ? "%.1f" : "%.2f", value);
    }

    /**
     * The upper end of a log axis from {@code min} such that {@code top} sits at {@code fraction}
     * of the axis height, leaving the rest for the legend and the texts.
     */
    static double logHeadroom(double min, double top, double fraction) {
        return Math.pow(10, Math.log10(min) + (Math.log10(top) - Math.log10(min)) / fraction);
    }

    /** The largest power of ten at or below {@code value}. */
    static double decadeBelow(double value) {
        return Math.pow(10, Math.floor(Math.log10(value)));
    }

    /** The smallest power of ten at or above {@code value}. */
    static double decadeAbove(double value) {
        return Math.pow(10, Math.ceil(Math.log10(value)));
    }
}
