/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.report.latex;

import java.util.Locale;
import java.util.Map;

import org.miniana.report.ReportNumbers;

/**
 * Text and numbers for LaTeX documents typeset with T1-encoded Latin Modern fonts and UTF-8
 * input. {@link #text(String)} is the one way user-supplied strings get into a document.
 */
public final class Latex {

    /** Non-ASCII characters that UTF-8 input with T1 fonts does not typeset by itself, as math. */
    private static final Map<Integer, String> SYMBOLS = Map.ofEntries(
            Map.entry(0x03b1, "\\alpha"), Map.entry(0x03b2, "\\beta"), Map.entry(0x03b3, "\\gamma"),
            Map.entry(0x03b4, "\\delta"), Map.entry(0x03b5, "\\epsilon"), Map.entry(0x03b6, "\\zeta"),
            Map.entry(0x03b7, "\\eta"), Map.entry(0x03b8, "\\theta"), Map.entry(0x03b9, "\\iota"),
            Map.entry(0x03ba, "\\kappa"), Map.entry(0x03bb, "\\lambda"), Map.entry(0x03bc, "\\mu"),
            Map.entry(0x03bd, "\\nu"), Map.entry(0x03be, "\\xi"), Map.entry(0x03c0, "\\pi"),
            Map.entry(0x03c1, "\\rho"), Map.entry(0x03c3, "\\sigma"), Map.entry(0x03c4, "\\tau"),
            Map.entry(0x03c5, "\\upsilon"), Map.entry(0x03c6, "\\phi"), Map.entry(0x03c7, "\\chi"),
            Map.entry(0x03c8, "\\psi"), Map.entry(0x03c9, "\\omega"), Map.entry(0x0393, "\\Gamma"),
            Map.entry(0x0394, "\\Delta"), Map.entry(0x0398, "\\Theta"), Map.entry(0x039b, "\\Lambda"),
            Map.entry(0x03a3, "\\Sigma"), Map.entry(0x03a6, "\\Phi"), Map.entry(0x03a9, "\\Omega"),
            Map.entry(0x00b5, "\\mu"), Map.entry(0x2192, "\\rightarrow"), Map.entry(0x2190, "\\leftarrow"),
            Map.entry(0x2194, "\\leftrightarrow"), Map.entry(0x00b1, "\\pm"), Map.entry(0x00d7, "\\times"),
            Map.entry(0x2264, "\\leq"), Map.entry(0x2265, "\\geq"), Map.entry(0x2260, "\\neq"),
            Map.entry(0x221a, "\\surd"), Map.entry(0x221e, "\\infty"), Map.entry(0x2212, "-"),
            Map.entry(0x00b7, "\\cdot"));

    private Latex() {
    }

    /**
     * The text as a LaTeX text-mode string that prints exactly these characters: every character
     * special to TeX is replaced by the command that prints it, so nothing in the text can run a
     * command ("\\input{/etc/passwd}" prints as it reads). Line breaks and tabs become spaces.
     * Latin-1 letters are kept (UTF-8 input, T1 fonts); Greek letters, arrows and a few math signs
     * are set as math; typographic dashes and quotes get their text commands; any other character
     * is printed as its code point, e.g. "[U+2603]".
     */
    public static String text(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int[] characters = text.codePoints().toArray();
        for (int i = 0; i < characters.length; i++) {
            out.append(character(characters[i]));
            // ",," is a ligature (a low double quote) in T1 fonts, like "--" below
            if (characters[i] == ',' && i + 1 < characters.length && characters[i + 1] == ',') {
                out.append("{}");
            }
        }
        return out.toString();
    }

    private static String character(int c) {
        return switch (c) {
            case '\\' -> "\\textbackslash{}";
            case '{' -> "\\{";
            case '}' -> "\\}";
            case '$' -> "\\$";
            case '&' -> "\\&";
            case '#' -> "\\#";
            case '%' -> "\\%";
            case '_' -> "\\_";
            case '^' -> "\\textasciicircum{}";
            case '~' -> "\\textasciitilde{}";
            case '<' -> "\\textless{}";
            case '>' -> "\\textgreater{}";
            case '|' -> "\\textbar{}";
            case '"' -> "\\textquotedbl{}";
            case '\'' -> "\\textquotesingle{}";
            case '`' -> "\\textasciigrave{}";
            // "--" and "---" are ligatures (dashes) in T1 fonts; "[" starts optional arguments
            case '-' -> "-{}";
            case '[' -> "{[}";
            case ']' -> "{]}";
            case '\n', '\r', '\t', '\f' -> " ";
            // typographic dashes and quotes, which outputs use (e.g. "\u2013" for "not applicable")
            case '\u2013' -> "\\textendash{}";
            case '\u2014' -> "\\textemdash{}";
            case '\u2018' -> "\\textquoteleft{}";
            case '\u2019' -> "\\textquoteright{}";
            case '\u201c' -> "\\textquotedblleft{}";
            case '\u201d' -> "\\textquotedblright{}";
            default -> other(c);
        };
    }

    private static String other(int c) {
        if (c >= 0x20 && c < 0x7f || c >= 0xa0 && c <= 0xff && c != 0xb5 && c != 0xb1 && c != 0xd7 && c != 0xb7) {
            return c == 0xa0 ? "~" : Character.toString(c);
        }
        String symbol = SYMBOLS.get(c);
        if (symbol != null) {
            return "\\ensuremath{" + symbol + "}";
        }
        return Character.isISOControl(c) ? " " : String.format(Locale.ROOT, "[U+%04X]", c);
    }

    /** Text in typewriter type, for names of things (models, optimizers); escaped like {@link #text}. */
    public static String code(String text) {
        return "\\texttt{" + text(text) + "}";
    }

    /** A number for math mode with this many decimals; infinities as \infty. */
    public static String number(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "\\text{n/a}";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "\\infty" : "-\\infty";
        }
        return ReportNumbers.fixed(value, decimals);
    }

    /** A significance for math mode, with the digits {@link ReportNumbers#significance} prints. */
    public static String significance(double z) {
        return Double.isFinite(z) ? ReportNumbers.significance(z) : number(z, 2);
    }

    /** A yield with asymmetric errors for math mode, e.g. 12.3^{+4.5}_{-3.2}, all to the same decimals. */
    public static String withErrors(double value, double up, double down) {
        int decimals = ReportNumbers.decimals(up, down);
        return number(value, decimals) + "^{+" + number(up, decimals) + "}_{-" + number(down, decimals) + "}";
    }

    /** A p-value for math mode: 0.0512, or 1.2\times10^{-5} when small. */
    public static String pValue(double p) {
        if (ReportNumbers.isSmall(p)) {
            ReportNumbers.Scientific scientific = ReportNumbers.scientific(p, 2);
            return scientific.mantissa() + "\\times10^{" + scientific.exponent() + "}";
        }
        return ReportNumbers.pValue(p);
    }
}
