/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;

import org.miniana.analysis.ModelExport;
import org.miniana.core.SearchResult;
import org.miniana.core.SignalModel;
import org.miniana.core.io.AtomicFiles;
import org.miniana.data.ResultsDatabase;
import org.miniana.data.io.SearchResultCsv;
import org.miniana.data.io.SearchResultJson;
import org.miniana.data.io.SignalModelCsv;
import org.miniana.data.io.SignalModelJson;
import org.miniana.data.io.SignalModelJson.SignalModels;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code miniana export}: a stored search result or signal model to a JSON or CSV file, or a
 * search's full statistical model as Combine cards or a pyhf workspace ({@link ModelExport}).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = { "Writes a stored search result (--analysis) or signal model (--model) to a JSON or CSV file (the"
                + " format follows the file's extension unless --format is given). The file is replaced atomically.",
                "--format combine writes a search's full statistical model as a folder of Combine counting cards"
                        + " (with processes.properties and bins.csv; it reads back with 'miniana import FOLDER' and"
                        + " combines with Combine's combineCards.py); the folder must be new or empty.",
                "--format pyhf writes it as a pyhf JSON workspace (HistFactory schema 1.0.0; POI 'mu'; lnN as"
                        + " normsys, lnU as normfactor, gmN as a normfactor with an auxiliary channel that observes"
                        + " its count); an existing file is replaced only with --force.",
                "-o - writes json, csv and pyhf to standard output (nothing else is printed there); Combine cards"
                        + " are a folder and cannot go there.",
                "A signal model is named within its search: --model is looked up in --analysis (default: "
                        + SearchMixin.DEFAULT_SEARCH + ").",
                "With --model beside --analysis, the full model carries that signal model's yields in the search bins"
                        + " and its MC statistical errors, as 'analyze --statistics full' tests it; without it the"
                        + " search bins' signal rates are 0 (background only)." })
final class ExportCommand implements Callable<Integer> {

    /** The file formats export writes. */
    enum Format {
        json, csv, combine, pyhf
    }

    @ParentCommand
    MinianaCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--analysis", paramLabel = "NAME", description = "A stored search result; with --format combine"
            + " or pyhf, its full statistical model; with --model and --format json or csv, the model's search.")
    String analysis;

    @Option(names = "--model", paramLabel = "NAME", description = "A stored signal model of --analysis; with --format"
            + " combine or pyhf, the signal of the exported model.")
    String model;

    @Option(names = { "-o", "--output" }, required = true, paramLabel = "FILE",
            description = "The file to write, '-' for standard output (a folder for --format combine).")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT", description = "json, csv, combine or pyhf (default: from the"
            + " extension, .csv or else json; combine and pyhf for a search only).", completionCandidates = FormatNames.class)
    Format format;

    @Option(names = "--force", description = "Replace an existing file (--format pyhf).")
    boolean force;

    /** The formats' names, for the shell completion. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Format.values()).map(Format::name).iterator();
        }
    }

    @Override
    public Integer call() throws Exception {
        boolean toStandardOutput = MinianaCommand.isStandardStream(output);
        Format chosen = format != null ? format : output.toString().endsWith(".csv") ? Format.csv : Format.json;
        boolean fullModel = chosen == Format.combine || chosen == Format.pyhf;
        if (analysis == null && model == null) {
            throw new ParameterException(spec.commandLine(), "Give --analysis or --model: what to export");
        }
        if (fullModel && analysis == null) {
            throw new ParameterException(spec.commandLine(), "--format " + chosen + " writes a search (--analysis)");
        }
        if (force && chosen != Format.pyhf) {
            throw new ParameterException(spec.commandLine(), "--force is for --format pyhf (json and csv files are"
                    + " always replaced, and cards go into a new or empty folder)");
        }
        if (toStandardOutput && chosen == Format.combine) {
            throw new ParameterException(spec.commandLine(), "--format combine writes a folder of cards; it cannot go"
                    + " to standard output (-o -)");
        }
        if (chosen == Format.pyhf && !force && !toStandardOutput && Files.exists(output)) {
            throw new IllegalArgumentException(output.toAbsolutePath() + " exists; choose another file or give --force");
        }
        try (ResultsDatabase database = root.openDatabase()) {
            if (fullModel && !toStandardOutput) {
                List<String> notes = ModelExport.write(database, analysis, model,
                        chosen == Format.pyhf ? ModelExport.Format.PYHF : ModelExport.Format.COMBINE, output, force);
                notes.forEach(note -> root.messages().println("Note: " + note));
            } else if (fullModel) {
                try (OutputStream out = root.standardOut()) {
                    ModelExport.writePyhf(database, analysis, model, out)
                            .forEach(note -> root.messages().println("Note: " + note));
                }
            } else {
                AtomicFiles.Writer writer = fileWriter(database, chosen);
                if (toStandardOutput) {
                    try (OutputStream out = root.standardOut()) {
                        writer.write(out);
                    }
                } else {
                    AtomicFiles.write(output, writer);
                }
            }
        }
        if (!toStandardOutput) {
            root.messages().println("Wrote " + output.toAbsolutePath());
        }
        return 0;
    }

    /** Writes the search result or signal model as JSON or CSV. */
    private AtomicFiles.Writer fileWriter(ResultsDatabase database, Format chosen) {
        if (model == null) {
            SearchResult result = database.searchResults().get(analysis);
            return chosen == Format.csv ? out -> SearchResultCsv.write(result, out)
                    : out -> SearchResultJson.write(result, out);
        }
        String owner = analysis != null ? analysis : SearchMixin.DEFAULT_SEARCH;
        SignalModel signal = database.signalModels().get(owner, model);
        return chosen == Format.csv ? out -> SignalModelCsv.write(owner, signal, out)
                : out -> SignalModelJson.write(new SignalModels(owner, List.of(signal)), out);
    }
}
