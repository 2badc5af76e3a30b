/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.report.latex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one escaping function: what it writes for each special character, and that nothing passes unescaped. */
class LatexTest {

    @Test
    void hostileStringsBecomeCommandsThatPrintThem() {
        assertEquals("\\textbackslash{}input\\{/etc/passwd\\}", Latex.text("\\input{/etc/passwd}"));
        assertEquals("50\\% \\_\\#\\&\\{\\}", Latex.text("50% _#&{}"));
        assertEquals("\\textasciitilde{}\\textasciicircum{}\\textbackslash{}", Latex.text("~^\\"));
        assertEquals("\\$x\\$ \\textless{}\\textgreater{}\\textbar{}\\textquotedbl{}\\textquotesingle{}"
                + "\\textasciigrave{}", Latex.text("$x$ <>|\"'`"));
        assertEquals("a-{}-{}b ,{},{}, {[}opt{]}", Latex.text("a--b ,,, [opt]"));
        assertEquals("line one line two", Latex.text("line one\nline\ttwo"));
    }

    @Test
    void nonAsciiLettersAreKeptOrSetAsMathOrNamed() {
        assertEquals("Müller, Besançon", Latex.text("Müller, Besançon"));
        assertEquals("Hadronic \\ensuremath{\\tau}", Latex.text("Hadronic \u03c4"));
        assertEquals("Z\\ensuremath{\\rightarrow}\\ensuremath{\\nu}\\ensuremath{\\nu}", Latex.text("Z\u2192\u03bd\u03bd"));
        assertEquals("snow [U+2603] [U+1F600]", Latex.text("snow \u2603 \uD83D\uDE00"));
        // the merged bin's "not applicable" in the comparison table was printed as [U+2013]
        assertEquals("\\textendash{} 1\\textemdash{}2 \\textquoteleft{}a\\textquoteright{} \\textquotedblleft{}b\\textquotedblright{}",
                Latex.text("\u2013 1\u20142 \u2018a\u2019 \u201cb\u201d"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "\\input{/etc/passwd}", "\\write18{rm -rf /}", "}\\end{document}", "\\\\", "%\n\\x",
        "\\csname relax\\endcsname", "^^5cinput" })
    void noEscapedTextCanRunACommand(String hostile) {
        String escaped = Latex.text(hostile);
        // every backslash starts one of the printing commands, every brace is escaped or empty
        String commandsRemoved = escaped.replaceAll("\\\\(text[a-z]+\\{\\}|[{}$&#%_])", "").replace("{}", "")
                .replace("-{}", "-");
        assertFalse(commandsRemoved.contains("\\"), escaped);
        assertFalse(commandsRemoved.contains("{") || commandsRemoved.contains("}"), escaped);
        assertFalse(commandsRemoved.contains("%") || commandsRemoved.contains("^^"), escaped);
    }

    @Test
    void numbersForMath() {
        assertEquals("12.3^{+4.5}_{-3.2}", Latex.withErrors(12.34, 4.51, 3.24));
        assertEquals("1.2\\times10^{-5}", Latex.pValue(1.234e-5));
        assertEquals("0.0512", Latex.pValue(0.05123));
        assertEquals("3.21", Latex.significance(3.2149));
        assertEquals("\\infty", Latex.number(Double.POSITIVE_INFINITY, 2));
        assertTrue(Latex.code("a_b").startsWith("\\texttt{a\\_b"));
    }
}
