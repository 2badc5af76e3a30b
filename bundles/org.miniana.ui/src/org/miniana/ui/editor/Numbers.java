/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.editor;

import java.util.Locale;

/** Reads the numbers users type into the editor, with one clear message for what is refused. */
final class Numbers {

    private Numbers() {
    }

    /** The message for text that is no finite, non-negative number, or null when it is one. */
    static String nonNegativeProblem(String what, String text) {
        String problem = finiteProblem(what, text);
        if (problem == null && Double.parseDouble(text.strip()) < 0) {
            return what + " must not be negative: " + text.strip();
        }
        return problem;
    }

    /** The message for text that is no finite number, or null when it is one. */
    static String finiteProblem(String what, String text) {
        try {
            double value = Double.parseDouble(text.strip());
            return Double.isFinite(value) ? null : what + " must be a finite number, not " + text.strip();
        } catch (NumberFormatException e) {
            return what + " must be a number, not '" + text.strip() + "'";
        }
    }

    static double parse(String text) {
        return Double.parseDouble(text.strip());
    }

    /** A yield as the table shows it: enough digits to survive a round trip, none padded. */
    static String format(double value) {
        return value == 0 ? "0" : String.format(Locale.ROOT, "%.6g", value).replaceFirst("\\.?0+(e|$)", "$1");
    }
}
