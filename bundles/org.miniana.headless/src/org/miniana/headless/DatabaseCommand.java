/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.miniana.data.DefaultDatabase;
import org.miniana.data.ResultsDatabase;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code miniana db}: where the database is, what it holds, and serving it to a team. */
@Command(name = "db", mixinStandardHelpOptions = true, description = "Inspects, migrates or serves the results database.")
final class DatabaseCommand {

    @ParentCommand
    MinianaCommand root;

    @Spec
    CommandSpec spec;

    @Command(name = "path", mixinStandardHelpOptions = true, description = "Prints the embedded database folder.")
    int path() {
        spec.commandLine().getOut().println(root.databaseLocation());
        return 0;
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Prints which database is used and what it holds.")
    int status() {
        PrintWriter out = spec.commandLine().getOut();
        try (ResultsDatabase database = root.openDatabase()) {
            out.println("database:       " + database.description());
            out.println("schema version: " + ResultsDatabase.SCHEMA_VERSION);
            out.println("analyses:       " + database.searchResults().names());
            out.println("signal models:  " + database.signalModels().names().size());
        }
        return 0;
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
                    + " stopped (Ctrl-C).", "Clients use the printed URL with --db-url." })
    int server(@Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; Derby has no authentication"
                    + " configured here, so listen beyond loopback only on a trusted network).") String host,
            @Option(names = "--port", defaultValue = "1527", paramLabel = "PORT",
                    description = "Port (default: ${DEFAULT-VALUE}).") int port)
            throws Exception {
        Path location = root.databaseLocation();
        // Read by the Derby engine when it boots: it then starts the network server in this process.
        System.setProperty("derby.drda.startNetworkServer", "true");
        System.setProperty("derby.drda.host", host);
        System.setProperty("derby.drda.portNumber", Integer.toString(port));
        var stopped = new CountDownLatch(1);
        try (ResultsDatabase database = DefaultDatabase.open(location, root.messages()::println)) {
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            String address = InetAddress.getByName(host).getHostAddress();
            PrintWriter out = spec.commandLine().getOut();
            out.println("Serving " + database.description() + " at jdbc:derby://" + address + ":" + port + "/"
                    + location);
            out.flush();
            stopped.await();
        }
        return 0;
    }
}
