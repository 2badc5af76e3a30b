/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.miniana.core.FailureMessages;
import org.miniana.data.DefaultDatabase;
import org.miniana.data.io.DataFiles;
import org.miniana.data.ResultsDatabase;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;

/** The {@code miniana} command line: global options and the sub-commands. */
@Command(name = "miniana", mixinStandardHelpOptions = true, version = "Mini Analysis Workbench 0.1.0",
        description = "Designs and tests single-bin analyses on published multi-bin LHC search results.",
        footerHeading = "%nConventions:%n",
        footer = { "  FILE arguments and options take '-' for standard input or output (write ./- for a file of that name).",
                "  --json prints the data as JSON following a versioned schema named in the document.",
                "  Exit codes: 0 success, 1 the operation failed (bad input data, a failed fit, a database problem),"
                        + " 2 usage error (unknown command, option or option value, missing argument).",
                "  Errors are one line naming file, line and problem; --debug adds the stack trace." })
public final class MinianaCommand {

    /** Exit code of a command that ran but could not do its work. */
    public static final int EXIT_FAILURE = 1;
    /** Exit code of a command line that does not parse. */
    public static final int EXIT_USAGE = 2;

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Embedded database folder (default: system property miniana.db, else environment"
                    + " variable MINIANA_DB, else the preference org.miniana.data/database.location, else"
                    + " ~/.miniana/db).")
    Path database;

    @Option(names = "--db-url", scope = ScopeType.INHERIT, paramLabel = "URL",
            description = "Team mode: a database served by a Derby Network Server, e.g."
                    + " jdbc:derby://127.0.0.1:1527//home/me/.miniana/db (see 'miniana db server').")
    String databaseUrl;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of failures.")
    boolean debug;

    /**
     * The sub-commands in the order the usage help lists them. They are registered by
     * {@link #commandLine}, not in the annotation, because building the model of every one took
     * about 15% of the start-up of a command that needs one.
     */
    private static final List<Class<?>> SUBCOMMANDS = List.of(AnalyzeCommand.class, ScanCommand.class,
            SignificanceCommand.class, BinsCommand.class, ModelsCommand.class, ImportCommand.class, ExportCommand.class,
            OptimizersCommand.class, ReportsCommand.class, PluginsCommand.class, FitCommand.class,
            DatabaseCommand.class, BenchCommand.class, ValidateCommand.class, SetupTexCommand.class,
            CompletionCommand.class, CommandLine.HelpCommand.class);

    /** Sub-commands that read the whole command tree. */
    private static final Set<Class<?>> NEED_EVERY_COMMAND = Set.of(CompletionCommand.class,
            CommandLine.HelpCommand.class);

    /** Global options that take a value, which is not a command word. */
    private static final Set<String> OPTIONS_WITH_VALUE = Set.of("--db", "--db-url");

    /** The name of standard input or output where a file is read or written. */
    static final String STANDARD_STREAM = DataFiles.STANDARD_INPUT;

    private PrintStream messages = System.err;
    private PrintStream standardOut = System.out;
    private InputStream standardIn = System.in;

    /**
     * Opens the selected database; an embedded one is created, with the bundled RA2 result, when
     * there is none yet. Messages go to stderr.
     */
    ResultsDatabase openDatabase() {
        return openDatabase(null);
    }

    /** Opens the selected database, upgrading an older schema when {@code upgrade} is non-null. */
    ResultsDatabase openDatabase(Consumer<String> upgrade) {
        if (databaseUrl == null) {
            return DefaultDatabase.open(databaseLocation(), messages::println, upgrade);
        }
        if (database != null) {
            throw new ParameterException(new CommandLine(this), "--db and --db-url exclude each other");
        }
        // the server, not a client, fills its database (TeamServer)
        return ResultsDatabase.openServer(databaseUrl, upgrade);
    }

    Path databaseLocation() {
        return DefaultDatabase.location(database).toAbsolutePath();
    }

    /** Where commands write what a user should know besides their result (stderr). */
    PrintStream messages() {
        return messages;
    }

    /** Where a FILE of '-' is read from. */
    InputStream standardIn() {
        return standardIn;
    }

    /**
     * Where a FILE of '-' is written to: the command's result stream, in bytes; closing it only
     * flushes it, since writers of files close what they write to.
     */
    OutputStream standardOut() {
        return new FilterOutputStream(standardOut) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /**
     * A command-line value passed through one of the input checks (such as
     * {@link org.miniana.core.InputChecks}); a refusal is a usage error (exit code 2).
     */
    static <T> T checkUsage(CommandSpec spec, Supplier<T> check) {
        try {
            return check.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** Whether a FILE argument names standard input or output. */
    static boolean isStandardStream(Path file) {
        return file.toString().equals(STANDARD_STREAM);
    }

    /** The whole command line, every sub-command included (for tools that walk it). */
    public static CommandLine commandLine() {
        return commandLine(new MinianaCommand(), new String[0]);
    }

    /**
     * The command line with the sub-commands {@code arguments} can run: only the one they name,
     * unless it reads the whole tree; none for the version alone; else every one (usage help, the
     * suggestions for a misspelt command).
     */
    private static CommandLine commandLine(MinianaCommand root, String[] arguments) {
        var commandLine = new CommandLine(root);
        Optional<String> word = commandWord(arguments);
        Optional<Class<?>> named = word.flatMap(
                name -> SUBCOMMANDS.stream().filter(command -> commandName(command).equals(name)).findFirst());
        if (named.isPresent() && !NEED_EVERY_COMMAND.contains(named.get())) {
            commandLine.addSubcommand(named.get());
        } else if (word.isPresent() || !asksForVersion(arguments)) {
            SUBCOMMANDS.forEach(commandLine::addSubcommand);
        }
        return commandLine;
    }

    private static Optional<String> commandWord(String[] arguments) {
        for (int i = 0; i < arguments.length; i++) {
            if (OPTIONS_WITH_VALUE.contains(arguments[i])) {
                i++;
            } else if (!arguments[i].startsWith("-")) {
                return Optional.of(arguments[i]);
            }
        }
        return Optional.empty();
    }

    private static boolean asksForVersion(String[] arguments) {
        List<String> given = List.of(arguments);
        return (given.contains("-V") || given.contains("--version")) && !given.contains("-h")
                && !given.contains("--help");
    }

    private static String commandName(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    public static int execute(String[] arguments, InputStream in, PrintStream out, PrintStream err) {
        var root = new MinianaCommand();
        root.messages = err;
        root.standardOut = out;
        root.standardIn = in;
        var commandLine = commandLine(root, arguments);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setParameterExceptionHandler((exception, commandArguments) -> {
            err.println("miniana: " + exception.getMessage());
            var suggestions = new PrintWriter(err, true);
            CommandLine.UnmatchedArgumentException.printSuggestions(exception, suggestions);
            suggestions.flush();
            err.println("Run '" + exception.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return EXIT_USAGE;
        });
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            err.println("miniana: " + FailureMessages.of(exception));
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
