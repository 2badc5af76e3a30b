/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.miniana.data.DamagedDataException;
import org.miniana.data.DefaultDatabase;
import org.miniana.data.IntegrityReport;
import org.miniana.data.ResultsDatabase;
import org.miniana.data.TeamCredentials;
import org.miniana.data.TeamServer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code miniana db}: where the database is, what it holds, and serving it to a team. */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = "Creates, inspects, checks, migrates or serves the results database.")
final class DatabaseCommand {

    @ParentCommand
    MinianaCommand root;

    @Spec
    CommandSpec spec;

    static final String STATUS_SHAPE = "db-status";
    static final String CHECK_SHAPE = "db-check";

    @Command(name = "path", mixinStandardHelpOptions = true, description = "Prints the embedded database folder.")
    int path() {
        spec.commandLine().getOut().println(root.databaseLocation());
        return 0;
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = { "Creates the embedded database (--db), with the bundled RA2 search as any first use"
                    + " does, or empty.",
                    "An empty database takes a folder of datacards in the RA2 layout under the RA2 name." })
    int create(@Option(names = "--empty", description = "Create it without the bundled RA2 search.") boolean empty) {
        if (root.databaseUrl != null) {
            throw new ParameterException(spec.commandLine(), "db create makes an embedded database (--db); 'db server'"
                    + " creates the database it serves");
        }
        try (ResultsDatabase database = DefaultDatabase.create(root.databaseLocation(), empty,
                root.messages()::println)) {
            spec.commandLine().getOut().println("Created " + database.description()
                    + (empty ? ", empty." : ", with " + database.searchResults().names() + "."));
        }
        return 0;
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Prints which database is used and what it holds.")
    int status(@Option(names = "--json", description = "Print one JSON document (schema " + STATUS_SHAPE
            + ") instead of text.") boolean json) {
        PrintWriter out = spec.commandLine().getOut();
        try (ResultsDatabase database = root.openDatabase()) {
            if (json) {
                ObjectNode document = JsonOutput.document(STATUS_SHAPE).put("database", database.description())
                        .put("databaseSchemaVersion", ResultsDatabase.SCHEMA_VERSION)
                        .put("signalModels", database.signalModels().count());
                database.searchResults().names().forEach(document.putArray("analyses")::add);
                JsonOutput.print(document, out);
                return 0;
            }
            out.println("database:       " + database.description());
            out.println("schema version: " + ResultsDatabase.SCHEMA_VERSION);
            out.println("analyses:       " + database.searchResults().names());
            out.println("signal models:  " + database.signalModels().count());
        }
        return 0;
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = { "Checks that the database is intact: Derby's check of every table (rows against their"
                    + " indexes; a team client may lack the right, then it says so), then every search result, full"
                    + " statistical model and signal model read as the tool reads them (complete, numbers as the"
                    + " content digest stored with them), and runs, models and scans referring to what exists.",
                    "Prints each problem, then 'healthy' or 'damaged: N problems'; exit code 0 when healthy, 1"
                            + " when damaged (restore a backup, or import again)." })
    int check(@Option(names = "--json", description = "Print one JSON document (schema " + CHECK_SHAPE
            + ") instead of text.") boolean json) {
        PrintWriter out = spec.commandLine().getOut();
        String location = root.databaseLocation().toString();
        IntegrityReport report;
        try (ResultsDatabase database = root.openDatabase()) {
            location = database.description();
            report = database.check();
        } catch (DamagedDataException e) {
            // damaged so that it cannot even be opened: that is the check's finding
            report = new IntegrityReport(List.of(), null, 0, 0, List.of("the database " + e.finding()), List.of());
        }
        if (json) {
            ObjectNode document = JsonOutput.document(CHECK_SHAPE).put("database", location)
                    .put("healthy", report.healthy()).put("verdict", report.verdict());
            ArrayNode tables = document.putArray("tables");
            report.tables().forEach(table -> tables.addObject().put("name", table.name()).put("file", table.file()));
            document.put("tableCheckSkipped", report.tableCheckSkipped());
            document.put("searchResults", report.searchResults()).put("signalModels", report.signalModels());
            report.problems().forEach(document.putArray("problems")::add);
            report.notes().forEach(document.putArray("notes")::add);
            JsonOutput.print(document, out);
        } else {
            out.println("database:      " + location);
            out.println(report.tableCheckSkipped() == null
                    ? "tables:        " + report.tables().size() + " checked by Derby"
                    : "tables:        not checked: " + report.tableCheckSkipped());
            out.println("content:       " + report.searchResults() + " search results and " + report.signalModels()
                    + " signal models read, complete and as stored");
            report.problems().forEach(problem -> out.println("problem:       " + problem));
            report.notes().forEach(note -> out.println("note:          " + note));
            out.println(report.verdict());
        }
        return report.healthy() ? 0 : MinianaCommand.EXIT_FAILURE;
    }

    @Command(name = "upgrade", aliases = "migrate", mixinStandardHelpOptions = true,
            description = { "Brings the database to the schema this tool writes (version "
                    + ResultsDatabase.SCHEMA_VERSION + ").",
                    "From version 1: stores the full statistical model of the bundled RA2 search and corrects its"
                            + " pre-fit background predictions; models and runs are kept. Other versions are refused,"
                            + " naming both." })
    int upgrade() {
        PrintWriter out = spec.commandLine().getOut();
        try (ResultsDatabase database = root.openDatabase(out::println)) {
            out.println(database.description() + ": schema version " + ResultsDatabase.SCHEMA_VERSION + ".");
        }
        return 0;
    }

    @Command(name = "server", mixinStandardHelpOptions = true,
            description = { "Serves the embedded database (--db) to a team through a Derby Network Server until"
                    + " stopped (Ctrl-C).",
                    "Clients log in with a password that this command creates and keeps in the serving user's"
                            + " credentials file (~/.miniana/credentials, mode 0600; MINIANA_CREDENTIALS names"
                            + " another); each client puts the server's line in its own such file and uses the"
                            + " printed URL with --db-url. Clients may read and write the tool's data, nothing"
                            + " else." })
    int server(@Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; any other address lets the network"
                    + " reach the server: use --tls there).") String host,
            @Option(names = "--port", defaultValue = "1527", paramLabel = "PORT",
                    description = "Port (default: ${DEFAULT-VALUE}).") int port,
            @Option(names = "--tls", paramLabel = "KEYSTORE",
                    description = "Encrypt the connections with the certificate in this key store (PKCS12; a file, not"
                            + " '-': Java's TLS reads it by its path);"
                            + " its password in the environment variable "
                            + TeamServer.KEYSTORE_PASSWORD_ENVIRONMENT + ".") Path keyStore)
            throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintStream messages = root.messages();
        if (!InetAddress.getByName(host).isLoopbackAddress()) {
            messages.println("Warning: listening on " + host + ", not on loopback: every machine that reaches it can"
                    + " try to log in" + (keyStore == null ? ", and logins and data cross the network unencrypted"
                            + " (use --tls KEYSTORE)" : "") + ". Serve beyond loopback on a trusted network only.");
        }
        var stopped = new CountDownLatch(1);
        try (TeamServer server = TeamServer.start(root.databaseLocation(), host, port, keyStore,
                messages::println)) {
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            out.println("Serving " + server.database().description() + " at " + server.url());
            out.println("Clients log in as " + TeamServer.TEAM_USER + " with the password on the line of this URL in "
                    + TeamCredentials.location() + "; copy that line into each client's own credentials file"
                    + " (~/.miniana/credentials, chmod 600), never onto a command line.");
            out.flush();
            stopped.await();
        }
        return 0;
    }
}
