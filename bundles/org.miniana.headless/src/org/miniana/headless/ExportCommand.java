/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.miniana.core.SearchResult;
import org.miniana.core.SignalModel;
import org.miniana.core.model.StatisticalModel;
import org.miniana.data.DatabaseException;
import org.miniana.data.ResultsDatabase;
import org.miniana.data.datacard.CombineCards;
import org.miniana.data.datacard.ProcessMapping;
import org.miniana.data.datacard.Ra2DatacardImporter;
import org.miniana.data.io.AtomicFiles;
import org.miniana.data.io.SearchResultCsv;
import org.miniana.data.io.SearchResultJson;
import org.miniana.data.io.SignalModelCsv;
import org.miniana.data.io.SignalModelJson;
import org.miniana.data.io.SignalModelJson.SignalModels;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code miniana export}: a stored search result or signal model to a JSON or CSV file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = { "Writes a stored search result or signal model to a JSON or CSV file (the format follows the"
                + " file's extension unless --format is given). The file is replaced atomically.",
                "--format combine writes a search's full statistical model as a folder of Combine counting cards"
                        + " (with processes.properties and bins.csv; it reads back with 'miniana import FOLDER' and"
                        + " combines with Combine's combineCards.py); the folder must be new or empty." })
final class ExportCommand implements Callable<Integer> {

    /** What to export: exactly one of them. */
    static final class What {
        @Option(names = "--analysis", paramLabel = "NAME", required = true, description = "A stored search result.")
        String analysis;

        @Option(names = "--model", paramLabel = "NAME", required = true, description = "A stored signal model.")
        String model;
    }

    /** The file formats export writes. */
    enum Format {
        json, csv, combine
    }

    @ParentCommand
    MinianaCommand root;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    @Option(names = { "-o", "--output" }, required = true, paramLabel = "FILE", description = "The file to write.")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "json, csv or combine (default: from the extension; combine for a search only).")
    Format format;

    @Override
    public Integer call() throws Exception {
        Format chosen = format != null ? format : output.toString().endsWith(".csv") ? Format.csv : Format.json;
        try (ResultsDatabase database = root.openDatabase()) {
            if (what.analysis != null && chosen == Format.combine) {
                SearchResult result = database.searchResults().get(what.analysis);
                StatisticalModel model = database.statisticalModels().find(what.analysis).orElseThrow(
                        () -> new DatabaseException("The search '" + what.analysis + "' was not imported from"
                                + " datacards, so it has no full model to write as cards; export it as JSON or CSV"));
                var bundled = Ra2DatacardImporter.bundled();
                String statistical = ProcessMapping.read(bundled, Ra2DatacardImporter.PROCESS_MAPPING,
                        result.processes()).statisticalPattern();
                CombineCards.write(model, result, statistical, output);
            } else if (what.model != null && chosen == Format.combine) {
                throw new ParameterException(spec.commandLine(), "--format combine writes a search (--analysis)");
            } else if (what.analysis != null) {
                SearchResult result = database.searchResults().get(what.analysis);
                AtomicFiles.write(output, out -> {
                    if (chosen == Format.csv) {
                        SearchResultCsv.write(result, out);
                    } else {
                        SearchResultJson.write(result, out);
                    }
                });
            } else {
                SignalModel model = database.signalModels().get(what.model);
                String analysis = database.signalModels().analysisOf(what.model);
                AtomicFiles.write(output, out -> {
                    if (chosen == Format.csv) {
                        SignalModelCsv.write(analysis, model, out);
                    } else {
                        SignalModelJson.write(new SignalModels(analysis, List.of(model)), out);
                    }
                });
            }
        }
        root.messages().println("Wrote " + output.toAbsolutePath());
        return 0;
    }
}
