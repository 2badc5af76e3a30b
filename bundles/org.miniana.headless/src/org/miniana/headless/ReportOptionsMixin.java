/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.miniana.report.JsonSummary;
import org.miniana.report.ReportRegistry;
import org.miniana.report.ReportRequest;
import org.miniana.report.ReportResult;
import org.miniana.report.ReportSettings;
import org.miniana.report.ReportSubject;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options of {@code analyze} and {@code scan} that say which reports to write where, and for whom. */
final class ReportOptionsMixin {

    /** Where the author's name comes from when --author is not given. */
    static final String AUTHOR_VARIABLE = "MINIANA_AUTHOR";

    @Option(names = { "-o", "--output" }, paramLabel = "DIR", defaultValue = "output",
            description = "Folder the reports are written to (default: ${DEFAULT-VALUE}; a folder, so not '-': for"
                    + " the data on standard output use --json).")
    Path output;

    @Option(names = "--json", description = "Print the JSON summary (the json-summary report, written too; schema"
            + " bundles/org.miniana.report/schema/summary-1.schema.json, named in the document) instead of text;"
            + " messages go to standard error.")
    boolean json;

    @Option(names = "--report", paramLabel = "ID", split = ",",
            description = "Report generators to run, comma-separated ('miniana reports' lists them; default: all)."
                    + " The figures are drawn only when one of them uses figures: 'json-summary' alone writes"
                    + " none, 'json-summary,figures' keeps them.")
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

    /** Refuses what cannot go together, before any work is done. */
    void validate(CommandSpec command) {
        if (json && noReport) {
            throw new ParameterException(command.commandLine(), "--json prints the JSON summary report; it cannot go"
                    + " with --no-report");
        }
        if (output.toString().equals(MinianaCommand.STANDARD_STREAM)) {
            throw new ParameterException(command.commandLine(), "-o names the reports' folder, which cannot be"
                    + " standard output; use --json for the data on standard output");
        }
    }

    /** Writes the reports (with --json the json-summary among them); says on {@code messages} what was written. */
    ReportResult write(ReportSubject subject, String database, PrintStream messages) throws CoreException {
        if (json && !generators.isEmpty() && !generators.contains(JsonSummary.GENERATOR)) {
            generators = Stream.concat(generators.stream(), Stream.of(JsonSummary.GENERATOR)).toList();
        }
        String name = Objects.requireNonNullElse(author, Objects.requireNonNullElse(System.getenv(AUTHOR_VARIABLE), ""));
        ReportResult result = ReportRegistry.fromPlatform().run(generators,
                new ReportRequest(subject, new ReportSettings(title, name, affiliation), database, output),
                new NullProgressMonitor());
        result.notes().forEach(note -> messages.println("Note: " + note));
        if (name.isEmpty()) {
            messages.println("Note: the reports name no author; give one with --author or " + AUTHOR_VARIABLE);
        }
        return result;
    }

    /** With --json: the JSON summary that {@link #write} wrote. */
    void printJson(ReportResult written, PrintWriter out) throws IOException {
        out.print(Files.readString(written.folder().resolve(JsonSummary.FILE)));
        out.flush();
    }
}
