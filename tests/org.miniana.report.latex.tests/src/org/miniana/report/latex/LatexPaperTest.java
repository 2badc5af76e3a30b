/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.report.latex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.miniana.analysis.AnalysisOutcome;
import org.miniana.core.AxisCut;
import org.miniana.core.Interval;
import org.miniana.optimize.CutSelection;
import org.miniana.optimize.OptimizationResult;
import org.miniana.optimize.bench.Ra2SyntheticSignal;
import org.miniana.report.ReportContext;
import org.miniana.report.ReportNumbers;
import org.miniana.report.ReportProvenance;
import org.miniana.report.ReportRegistry;
import org.miniana.report.ReportRequest;
import org.miniana.report.ReportResult;
import org.miniana.report.ReportSettings;
import org.miniana.report.ReportSubject;
import org.miniana.report.example.TestRuns;

/**
 * The paper of real RA2 runs compiled by pdflatex and read back from the PDF. Tests that need TeX
 * are skipped only outside CI when pdflatex is missing; in CI (CI=true, where run-tests installs
 * TeX) they always run.
 */
class LatexPaperTest {

    private static AnalysisOutcome outcome;

    @BeforeAll
    static void analyse() throws Exception {
        outcome = TestRuns.highMultiplicity();
    }

    @Test
    void thePaperOfARealRunCompilesAndShowsItsNumbers(@TempDir Path output) throws Exception {
        requireTex();
        ReportResult result = paper(ReportSubject.of(outcome), new ReportSettings("", "A. Physicist", "Somewhere U."),
                output);

        assertEquals(List.of(), result.notes(), "no notes: compiled, no undefined references");
        String log = Files.readString(output.resolve(LatexPaperGenerator.LOG), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse(log.contains("undefined"), "undefined references or citations in the log");
        assertFalse(log.contains("LaTeX Error"));
        String text = text(output.resolve(LatexPaperGenerator.PDF));
        assertTrue(text.contains(outcome.model().name()), "model name");
        assertTrue(text.contains("A. Physicist") && text.contains("Somewhere U."), "author and affiliation");
        String expected = ReportNumbers.significance(outcome.test().expected().z());
        String observed = ReportNumbers.significance(outcome.test().observedPValue().z());
        assertTrue(text.contains("expected significance is Z = " + expected), "expected Z " + expected);
        assertTrue(text.contains("observed Z = " + observed), "observed Z " + observed);
        assertTrue(text.contains("CMS-PAS-SUS-16-014") && text.contains("160 exclusive search bins"));
        assertTrue(text.contains("Nucl. Instrum. Meth. A 595 (2008) 480") && text.contains("Biometrika 28 (1936)"),
                "bibliography");
        assertFalse(text.contains("??"), "an unresolved \\ref prints ??");
        String kept = "The single merged bin keeps " + ReportNumbers.fixed(100 * outcome.sensitivityKept().orElseThrow(), 0)
                + "% of the full likelihood";
        assertTrue(text.replaceAll("\\s+", " ").contains(kept), kept);
        assertTrue(text.contains("The merged bin beside the full likelihood") && text.contains("arXiv:2404.06614"),
                "the comparison section and Combine's reference");
        for (String id : List.of("njets", "nb", "mht", "ht", "bin-map", "p-value")) {
            assertTrue(Files.readString(output.resolve(LatexPaperGenerator.TEX))
                    .contains("\\includegraphics[width=0.8\\textwidth]{figures/" + id + ".pdf}"), id);
        }
        try (PDDocument pdf = Loader.loadPDF(output.resolve(LatexPaperGenerator.PDF).toFile())) {
            assertTrue(pdf.getNumberOfPages() >= 4, "text, tables and six figures: " + pdf.getNumberOfPages());
        }
        assertFalse(Files.list(output).anyMatch(file -> file.toString().endsWith(".aux")), "no aux files");
    }

    @Test
    void hostileNamesPrintVerbatim(@TempDir Path output) throws Exception {
        requireTex();
        String model = "\\input{/etc/passwd}";
        String author = "50% _#&{}";
        String title = "~^\\ and $x$ -- <b>\"quoted\"</b> 'single' [opt]";
        AnalysisOutcome hostile = TestRuns.analyse(TestRuns.renamed(Ra2SyntheticSignal.HIGH_MULTIPLICITY.model(), model));
        ReportResult result = paper(ReportSubject.of(hostile), new ReportSettings(title, author, "\\\\ Lab ^^5c"),
                output);

        assertEquals(List.of(), result.notes());
        String text = text(output.resolve(LatexPaperGenerator.PDF)).replaceAll("\\s+", "");
        for (String verbatim : List.of(model, author, title, "\\\\ Lab ^^5c")) {
            assertTrue(text.contains(verbatim.replaceAll("\\s+", "")), "not printed verbatim: " + verbatim);
        }
        assertFalse(text.contains("root:x:0:0"), "/etc/passwd was read");
    }

    @Test
    void theScanPaperHasTheScanSectionAndMaps(@TempDir Path output) throws Exception {
        requireTex();
        ReportResult result = paper(ReportSubject.of(TestRuns.scan(), TestRuns.ra2()), new ReportSettings("", "A. P.", ""),
                output);

        assertEquals(List.of(), result.notes());
        String text = text(output.resolve(LatexPaperGenerator.PDF));
        assertTrue(text.contains("The mass scan") && text.contains("T1tttt_1600_300"), "scan section and table");
        assertTrue(text.contains("T1tttt_2000_0"), "the failed point is listed");
        String tex = Files.readString(output.resolve(LatexPaperGenerator.TEX));
        assertTrue(tex.contains("{figures/scan-expected.pdf}") && tex.contains("{figures/scan-observed.pdf}")
                && tex.contains("{figures/scan-limits.pdf}"), "maps");
        assertTrue(text.replaceAll("\\s+", " ").contains("With the full likelihood of the search"), "full exclusions");
        assertFalse(text.contains("??"));
    }

    /** The selection is written from its ranges: open ends, whole counts, and axes the preamble has no macro for. */
    @Test
    void cutsAreWrittenFromTheirRanges() {
        assertEquals("\\Njets \\geq 7,\\quad \\MHT < 750\\GeV,\\quad 300 < \\HT < 1000\\GeV",
                LatexPaper.cuts(List.of(new AxisCut("Njets", "", Interval.atLeast(7)),
                        new AxisCut("Nb", "", CutSelection.UNCUT),
                        new AxisCut("MHT", "GeV", new Interval(Double.NEGATIVE_INFINITY, 750)),
                        new AxisCut("HT", "GeV", Interval.of(300, 1000)))));
        assertEquals("1 \\leq \\Nb \\leq 2,\\quad \\Njets \\leq 6", LatexPaper.cuts(List.of(
                new AxisCut("Nb", "", Interval.of(1, 3)), new AxisCut("Njets", "", new Interval(-0.5, 7)))));
        assertEquals("\\text{N\\_leptons} = 1,\\quad \\text{MET significance} > 3.5\\,\\text{\\textless{}sigma}",
                LatexPaper.cuts(List.of(new AxisCut("N_leptons", "", Interval.of(1, 2)),
                        new AxisCut("MET significance", "<sigma", Interval.atLeast(3.5)))));
        assertEquals("\\text{no cuts beyond the baseline}",
                LatexPaper.cuts(List.of(new AxisCut("Njets", "", CutSelection.UNCUT))));
    }

    /** A run's cuts on an axis RA2 does not have reach the paper's equation as they were recorded. */
    @Test
    void thePaperWritesTheCutsOfTheOutcome(@TempDir Path folder) throws Exception {
        List<AxisCut> cuts = List.of(new AxisCut("N_leptons", "", Interval.atLeast(2)),
                new AxisCut("MT2", "GeV", Interval.of(200, 400)));
        OptimizationResult chosen = outcome.optimization();
        AnalysisOutcome exotic = new AnalysisOutcome(outcome.search(), outcome.model(), outcome.options(),
                new OptimizationResult(chosen.optimizer(), chosen.figureOfMerit(), chosen.errors(), chosen.bins(),
                        chosen.signal(), chosen.background(), chosen.backgroundUp(), chosen.backgroundDown(),
                        chosen.value(), chosen.evaluations(), chosen.wallTime(), Optional.of(cuts)),
                outcome.backgrounds(), outcome.test(), outcome.fullLikelihood(), outcome.finished());
        ReportContext context = new ReportContext(ReportSubject.of(exotic), ReportSettings.NONE, provenance(), List.of(),
                folder, folder);
        new LatexPaperGenerator(TexCompiler.onPath("")).generate(context, new NullProgressMonitor());

        String tex = Files.readString(folder.resolve(LatexPaperGenerator.TEX));
        assertTrue(tex.contains("\\begin{equation}\\label{eq:selection}\n  \\text{N\\_leptons} \\geq 2,\\quad"
                + " 200 < \\text{MT2} < 400\\GeV\n\\end{equation}"), tex);
    }

    @Test
    void withoutTexTheSourceIsWrittenAndTheReportSaysSo(@TempDir Path folder) throws Exception {
        ReportContext context = context(folder);
        new LatexPaperGenerator(TexCompiler.onPath("")).generate(context, new NullProgressMonitor());

        assertEquals(List.of("not compiled: pdflatex not found; paper.tex is written. Install TeX with `miniana setup-tex`"
                + " (apt-get install texlive-latex-base texlive-latex-recommended lmodern) and run again, or compile it"
                + " with pdflatex (twice)"),
                context.notes());
        assertTrue(Files.readString(folder.resolve(LatexPaperGenerator.TEX)).contains("\\begin{document}"));
        assertFalse(Files.exists(folder.resolve(LatexPaperGenerator.PDF)));
    }

    @Test
    void aFailedCompilationNamesTheLog(@TempDir Path folder) throws Exception {
        // a pdflatex that fails as TeX does: a log with the error, exit code 1
        Path bin = Files.createDirectories(folder.resolve("bin"));
        Path fake = bin.resolve(TexCompiler.PDFLATEX);
        Files.writeString(fake, """
                #!/bin/sh
                for a in "$@"; do case "$a" in -output-directory=*) out="${a#-output-directory=}";; esac; done
                printf 'This is a fake pdfTeX\\n./paper.tex:42: Undefined control sequence.\\n' > "$out/paper.log"
                exit 1
                """);
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path work = Files.createDirectories(folder.resolve("work"));
        Path output = Files.createDirectories(folder.resolve("output"));
        ReportContext context = new ReportContext(ReportSubject.of(outcome), ReportSettings.NONE, provenance(), List.of(),
                work, output);

        CoreException failure = assertThrows(CoreException.class,
                () -> new LatexPaperGenerator(TexCompiler.onPath(bin.toString())).generate(context,
                        new NullProgressMonitor()));

        Path log = output.resolve(LatexPaperGenerator.LOG);
        assertTrue(failure.getMessage().contains(log.toString()), failure.getMessage());
        assertTrue(failure.getMessage().contains("paper.tex:42: Undefined control sequence."), failure.getMessage());
        assertTrue(Files.readString(log).contains("fake pdfTeX"));
    }

    private static ReportResult paper(ReportSubject subject, ReportSettings settings, Path output) throws CoreException {
        return ReportRegistry.fromPlatform().run(List.of("latex-paper"), new ReportRequest(subject, settings, "/tmp/db",
                output), new NullProgressMonitor());
    }

    private static ReportContext context(Path folder) {
        return new ReportContext(ReportSubject.of(outcome), ReportSettings.NONE, provenance(), List.of(), folder, folder);
    }

    private static ReportProvenance provenance() {
        return new ReportProvenance("0.1.0", "", Instant.parse("2026-01-02T03:04:05Z"));
    }

    /** The PDF's text; math minus signs (U+2212) read as '-', as the numbers were printed. */
    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replace('\u2212', '-');
        }
    }

    private static void requireTex() {
        assumeTrue(TexCompiler.fromEnvironment().available() || "true".equalsIgnoreCase(System.getenv("CI")),
                "pdflatex is not installed (./run-tests installs it; in CI these tests always run)");
    }
}
