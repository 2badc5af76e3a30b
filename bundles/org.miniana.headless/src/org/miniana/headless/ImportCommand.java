/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.miniana.core.SearchResult;
import org.miniana.data.DatabaseException;
import org.miniana.data.ResultsDatabase;
import org.miniana.data.io.DataFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code miniana import}: search results and signal models from files into the database, all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = { "Imports search results and signal models into the database.",
                "Each FILE is a Mini Analysis JSON or CSV file (search result or signal models) or a folder of"
                        + " Combine datacards in the RA2 layout (SR/card_signalN.txt, optional processes.properties).",
                "A FILE of '-' is read from standard input: a Mini Analysis JSON or CSV file, recognised by its"
                        + " format member or line (datacards are folders and cannot come that way).",
                "Every file is validated first; then everything is written in one transaction, so a failed import"
                        + " leaves the database unchanged." })
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    MinianaCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files or datacard folders to import; '-' for"
            + " standard input.")
    List<Path> files;

    @Option(names = "--replace", description = "Replace stored signal models of the same name in the same"
            + " search (another search's model of that name is another model); their runs are kept, each with the"
            + " yields it was made with.")
    boolean replace;

    @Option(names = "--name", paramLabel = "NAME", description = "Store the search result (one per import) under"
            + " this analysis name, e.g. a folder of datacards, which is read as the RA2 analysis, beside the"
            + " bundled one.")
    String analysisName;

    @Override
    public Integer call() throws Exception {
        var messages = root.messages();
        if (files.stream().filter(MinianaCommand::isStandardStream).count() > 1) {
            throw new ParameterException(spec.commandLine(), "standard input ('-') can be read once only");
        }
        DataFiles.Content read = DataFiles.read(files, root.standardIn(),
                warning -> messages.println("warning: " + warning));
        DataFiles.Content content = analysisName == null ? read
                : MinianaCommand.checkUsage(spec, () -> read.withAnalysisName(analysisName));
        int models = content.signalModels().stream().mapToInt(set -> set.names().size()).sum();
        try (ResultsDatabase database = root.openDatabase()) {
            List<String> stored = database.searchResults().names();
            for (SearchResult result : content.searchResults()) {
                String name = result.analysis().name();
                if (stored.contains(name)) {
                    // stored search results are never replaced: models and runs refer to their bins
                    throw new DatabaseException(database.description() + " holds the analysis '" + name
                            + "' already; import this one under another name (import --name NAME ...) or into a"
                            + " database created empty (miniana --db DIR db create --empty)");
                }
            }
            messages.println("Importing " + content.searchResults().size() + " search result(s) and " + models
                    + " signal model(s) into " + database.description() + "...");
            database.importAll(content, replace);
            messages.println("Imported.");
        }
        return 0;
    }
}
