/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;

import org.miniana.data.DatabaseException;
import org.miniana.data.DefaultDatabase;
import org.miniana.data.ResultsDatabase;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code miniana} command line: global options and the sub-commands. */
@Command(name = "miniana", mixinStandardHelpOptions = true, version = "Mini Analysis Workbench 0.1.0",
        description = "Designs and tests single-bin analyses on published multi-bin LHC search results.",
        subcommands = { BinsCommand.class, CommandLine.HelpCommand.class })
public final class MinianaCommand {

    /** Exit code of a command that ran but could not do its work. */
    public static final int EXIT_FAILURE = 1;
    /** Exit code of a command line that does not parse. */
    public static final int EXIT_USAGE = 2;

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Embedded database folder (default: system property miniana.db, else environment"
                    + " variable MINIANA_DB, else ~/.miniana/db).")
    Path database;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of failures.")
    boolean debug;

    private PrintStream messages = System.err;

    /** Opens the selected database, creating and filling it on first use; messages go to stderr. */
    ResultsDatabase openDatabase() {
        return DefaultDatabase.open(DefaultDatabase.location(database), messages::println);
    }

    public static int execute(String[] arguments, PrintStream out, PrintStream err) {
        var root = new MinianaCommand();
        root.messages = err;
        var commandLine = new CommandLine(root);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            String message = exception instanceof DatabaseException ? exception.getMessage() : exception.toString();
            err.println("miniana: " + message);
            if (root.debug) {
                exception.printStackTrace(err);
            } else {
                err.println("Run with --debug for details.");
            }
            return EXIT_FAILURE;
        });
        return commandLine.execute(arguments);
    }
}
