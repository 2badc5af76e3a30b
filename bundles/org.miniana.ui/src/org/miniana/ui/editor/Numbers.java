/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.editor;

import java.util.Locale;

import org.miniana.core.InputChecks;

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

    /**
     * The message for text that is no number every reader of the tool accepts (a plain decimal
     * of magnitude at most 1e9), or null when it is one.
     */
    static String finiteProblem(String what, String text) {
        try {
            InputChecks.number(what, text);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
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
