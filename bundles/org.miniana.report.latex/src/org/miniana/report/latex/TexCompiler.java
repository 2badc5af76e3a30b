/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.report.latex;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;

/**
 * Runs pdflatex on a document until its cross-references are settled: in batch mode
 * ({@code -interaction=nonstopmode -halt-on-error}), without shell escape, at most
 * {@value #MAX_RUNS} times.
 */
public final class TexCompiler {

    /** The program, as looked up on the PATH. */
    public static final String PDFLATEX = "pdflatex";
    /** Enough runs for labels and citations that move once; more means they never settle. */
    static final int MAX_RUNS = 3;
    /** A run of a few pages takes a second or two; one taking minutes hangs. */
    private static final long TIMEOUT_SECONDS = 120;
    private static final Pattern RERUN = Pattern.compile("Rerun to get|Label\\(s\\) may have changed");
    private static final Pattern UNDEFINED = Pattern
            .compile("(Reference|Citation) `[^']*' on page \\d+ undefined|There were undefined references");
    private static final Pattern ERROR = Pattern.compile("^(!.*|.*:\\d+: .*)$", Pattern.MULTILINE);

    private final Optional<Path> pdflatex;

    private TexCompiler(Optional<Path> pdflatex) {
        this.pdflatex = pdflatex;
    }

    /** pdflatex as found on the PATH of this process. */
    public static TexCompiler fromEnvironment() {
        return onPath(Objects.requireNonNullElse(System.getenv("PATH"), ""));
    }

    /** pdflatex as found on this search path (directories separated as the platform does). */
    public static TexCompiler onPath(String path) {
        for (String directory : path.split(Pattern.quote(File.pathSeparator))) {
            if (!directory.isEmpty()) {
                Path candidate = Path.of(directory, PDFLATEX);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return new TexCompiler(Optional.of(candidate));
                }
            }
        }
        return new TexCompiler(Optional.empty());
    }

    /** Whether pdflatex was found. */
    public boolean available() {
        return pdflatex.isPresent();
    }

    /**
     * Compiles the document into {@code build}; the PDF and the log are there afterwards under the
     * document's base name.
     *
     * @return the warnings about undefined references in the final log, empty when there are none
     * @throws CoreException when pdflatex is missing, fails or takes too long; the message names the
     *         log and quotes its first error
     * @throws OperationCanceledException when the monitor is cancelled
     */
    public List<String> compile(Path tex, Path build, Path logCopy, IProgressMonitor monitor)
            throws CoreException, IOException {
        Path program = pdflatex.orElseThrow(() -> new CoreException(Status.error(PDFLATEX + " not found")));
        String base = tex.getFileName().toString().replaceFirst("\\.tex$", "");
        Path log = build.resolve(base + ".log");
        Files.createDirectories(build);
        String text = "";
        for (int run = 1; run <= MAX_RUNS; run++) {
            ProcessBuilder builder = new ProcessBuilder(program.toString(), "-interaction=nonstopmode",
                    "-halt-on-error", "-file-line-error", "-no-shell-escape", "-output-directory=" + build,
                    tex.getFileName().toString()).directory(tex.getParent().toFile())
                    .redirectErrorStream(true).redirectOutput(build.resolve(base + ".out.txt").toFile());
            int exit = await(builder.start(), monitor);
            text = Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
            if (exit != 0) {
                Files.createDirectories(logCopy.getParent());
                if (Files.exists(log)) {
                    Files.copy(log, logCopy, StandardCopyOption.REPLACE_EXISTING);
                }
                Matcher error = ERROR.matcher(text);
                throw new CoreException(Status.error(PDFLATEX + " failed on " + tex.getFileName() + " (exit code " + exit
                        + "); see " + logCopy + (error.find() ? ": " + error.group().strip() : "")));
            }
            if (!RERUN.matcher(text).find()) {
                break;
            }
        }
        List<String> undefined = new ArrayList<>();
        UNDEFINED.matcher(text).results().forEach(result -> undefined.add(result.group()));
        return undefined;
    }

    private static int await(Process process, IProgressMonitor monitor) throws CoreException, IOException {
        process.getOutputStream().close();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        try {
            while (!process.waitFor(200, TimeUnit.MILLISECONDS)) {
                if (monitor.isCanceled()) {
                    process.destroyForcibly();
                    throw new OperationCanceledException();
                }
                if (System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new CoreException(Status.error(PDFLATEX + " took longer than " + TIMEOUT_SECONDS
                            + " s and was stopped"));
                }
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new OperationCanceledException("Interrupted while running " + PDFLATEX);
        }
    }
}
