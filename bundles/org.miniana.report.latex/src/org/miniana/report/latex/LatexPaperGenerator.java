/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.report.latex;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.miniana.report.ReportContext;
import org.miniana.report.ReportGenerator;

/**
 * The {@code latex-paper} generator: writes {@value #TEX}, a paper skeleton a physicist can start
 * writing from (see {@link LatexPaper}), and compiles it to {@value #PDF} with pdflatex when it is
 * on the PATH. Without pdflatex the .tex is still written and the report run notes "not compiled:
 * pdflatex not found" and how to install it (the start script's {@code miniana setup-tex}). A failed compilation is an error naming {@value #LOG} in the output folder.
 */
public final class LatexPaperGenerator implements ReportGenerator {

    public static final String TEX = "paper.tex";
    public static final String PDF = "paper.pdf";
    public static final String LOG = "paper.log";

    /** Null: look pdflatex up on the PATH when generating. */
    private final TexCompiler compiler;

    /** Compiles with the pdflatex on the PATH, if any. */
    public LatexPaperGenerator() {
        this(null);
    }

    /** Compiles with this compiler (tests use one that finds no TeX, or a fake one). */
    public LatexPaperGenerator(TexCompiler compiler) {
        this.compiler = compiler;
    }

    @Override
    public void generate(ReportContext context, IProgressMonitor monitor) throws CoreException, IOException {
        SubMonitor progress = SubMonitor.convert(monitor, "Writing the LaTeX paper", 10);
        Path tex = context.folder().resolve(TEX);
        Files.writeString(tex, LatexPaper.of(context), StandardCharsets.UTF_8);
        progress.worked(1);
        TexCompiler tex2pdf = compiler == null ? TexCompiler.fromEnvironment() : compiler;
        if (!tex2pdf.available()) {
            context.note("not compiled: " + TexCompiler.PDFLATEX + " not found; " + TEX + " is written. Install TeX"
                    + " with `miniana setup-tex` (apt-get install texlive-latex-base texlive-latex-recommended lmodern)"
                    + " and run again, or compile it with pdflatex (twice)");
            return;
        }
        // pdflatex writes aux, log and pdf into a folder of its own, so that only the paper, its PDF
        // and log reach the report
        Path build = Files.createTempDirectory("miniana-latex-");
        try {
            List<String> undefined = tex2pdf.compile(tex, build, context.output().resolve(LOG), progress.split(9));
            Files.move(build.resolve(PDF), context.folder().resolve(PDF), StandardCopyOption.REPLACE_EXISTING);
            Files.move(build.resolve(LOG), context.folder().resolve(LOG), StandardCopyOption.REPLACE_EXISTING);
            if (!undefined.isEmpty()) {
                context.note(PDF + " has undefined references (" + String.join("; ", undefined) + "); see " + LOG);
            }
        } finally {
            try (Stream<Path> files = Files.walk(build)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
