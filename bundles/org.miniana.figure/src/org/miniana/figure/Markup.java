/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * The little markup figure texts may use, after ROOT's TLatex and LaTeX: {@code ^{...}} raises,
 * {@code _{...}} lowers (one level, not nested), e.g. {@code "H_{T}^{miss} [GeV]"} or
 * {@code "12.9 fb^{-1}"}. Everything else is literal Unicode text.
 */
public final class Markup {

    private Markup() {
    }

    /** A piece of text on the baseline (0), raised (1) or lowered (-1). */
    public record Run(String text, int shift) {
    }

    /** The runs of a text, in order; unmatched braces are kept literally. */
    public static List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = text.indexOf('}', i);
            if ((c == '^' || c == '_') && i + 1 < text.length() && text.charAt(i + 1) == '{' && close > i) {
                if (!plain.isEmpty()) {
                    runs.add(new Run(plain.toString(), 0));
                    plain.setLength(0);
                }
                runs.add(new Run(text.substring(i + 2, close), c == '^' ? 1 : -1));
                i = close + 1;
            } else {
                plain.append(c);
                i++;
            }
        }
        if (!plain.isEmpty() || runs.isEmpty()) {
            runs.add(new Run(plain.toString(), 0));
        }
        return runs;
    }

    /** The text without markup, for renderers that draw plain strings: "H_{T}^{miss}" gives "HTmiss". */
    public static String plain(String text) {
        StringBuilder plain = new StringBuilder();
        runs(text).forEach(run -> plain.append(run.text()));
        return plain.toString();
    }
}
