/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.miniana.report.ReportRegistry;
import org.miniana.report.ReportRequest;
import org.miniana.report.ReportResult;
import org.miniana.report.ReportSettings;
import org.miniana.report.ReportSubject;

import picocli.CommandLine.Option;

/** The options of {@code analyze} and {@code scan} that say which reports to write where, and for whom. */
final class ReportOptionsMixin {

    /** Where the author's name comes from when --author is not given. */
    static final String AUTHOR_VARIABLE = "MINIANA_AUTHOR";

    @Option(names = { "-o", "--output" }, paramLabel = "DIR", defaultValue = "output",
            description = "Folder the reports are written to (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--report", paramLabel = "ID", split = ",",
            description = "Report generators to run, comma-separated ('miniana reports' lists them; default: all).")
    List<String> generators = List.of();

    @Option(names = "--no-report", description = "Write no report.")
    boolean noReport;

    @Option(names = "--author", paramLabel = "NAME",
            description = "Author of the paper (default: the environment variable " + AUTHOR_VARIABLE + ").")
    String author;

    @Option(names = "--affiliation", paramLabel = "TEXT", description = "The author's affiliation.")
    String affiliation;

    @Option(names = "--title", paramLabel = "TEXT", description = "Title of the paper (default: made from the run).")
    String title;

    /** Adds a generator to those named with --report; all run anyway when none were named. */
    void include(String generator) {
        if (!generators.isEmpty() && !generators.contains(generator)) {
            generators = Stream.concat(generators.stream(), Stream.of(generator)).toList();
        }
    }

    /** Writes the reports, unless none are wanted; says on {@code messages} what was written. */
    ReportResult write(ReportSubject subject, String database, PrintStream messages) throws CoreException {
        String name = Objects.requireNonNullElse(author, Objects.requireNonNullElse(System.getenv(AUTHOR_VARIABLE), ""));
        ReportResult result = ReportRegistry.fromPlatform().run(generators,
                new ReportRequest(subject, new ReportSettings(title, name, affiliation), database, output),
                new NullProgressMonitor());
        result.notes().forEach(note -> messages.println("Note: " + note));
        if (name.isEmpty()) {
            messages.println("Note: the paper has no author; give one with --author or " + AUTHOR_VARIABLE);
        }
        return result;
    }
}
