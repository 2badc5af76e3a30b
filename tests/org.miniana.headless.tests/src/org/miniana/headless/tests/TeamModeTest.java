/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.miniana.core.Ra2Search;
import org.miniana.core.SignalModel;
import org.miniana.data.ResultsDatabase;
import org.miniana.data.TeamCredentials;
import org.miniana.data.io.SignalModelJson;

/** Team mode for real: a Derby Network Server on loopback, one client writing, another reading. */
class TeamModeTest {

    private static final String HOSTILE = "T1tttt_1500_100 'x'; DROP TABLE SIGNAL_MODEL;-- \\input{/etc/passwd}";

    @Test
    void oneClientWritesAnotherReadsAndAnEmbeddedOpenNamesTheServer(@TempDir Path folder) throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path database = folder.resolve("db");
        Map<String, String> credentials = Map.of(TeamCredentials.ENVIRONMENT, folder.resolve("credentials").toString());
        Process server = ProductProcess.start(credentials, "--db", database.toString(), "db", "server", "--port",
                Integer.toString(port));
        System.setProperty(TeamCredentials.PROPERTY, credentials.get(TeamCredentials.ENVIRONMENT));
        try {
            String serving = ProductProcess.awaitLine(server.getInputStream(), "Serving ");
            String url = serving.substring(serving.indexOf(" at ") + 4);
            assertEquals("jdbc:derby://127.0.0.1:" + port + "/" + database.toAbsolutePath(), url);

            SignalModel model = TestModels.model(HOSTILE, 1.5);
            try (ResultsDatabase writer = ResultsDatabase.openServer(url)) {
                writer.signalModels().store(Ra2Search.ANALYSIS.name(), List.of(model), false);
            }

            Path exported = folder.resolve("exported.json");
            ProductProcess.Result reader = ProductProcess.run(credentials, "--db-url", url, "export", "--model", HOSTILE, "-o",
                    exported.toString());
            assertEquals(0, reader.exitCode(), reader.err());
            try (InputStream in = Files.newInputStream(exported)) {
                assertEquals(List.of(model), SignalModelJson.read(exported.toString(), in).models());
            }

            // a client may not run Derby's table check (a system procedure), and says so; the rest is checked
            ProductProcess.Result check = ProductProcess.run(credentials, "--db-url", url, "db", "check");
            assertEquals(0, check.exitCode(), check.out() + check.err());
            assertTrue(check.out().contains("\ntables:        not checked: this login may not run Derby's table check;"
                    + " stop the server and run `miniana db check --db DIR` on its database\n"), check.out());
            assertTrue(check.out().contains("\ncontent:       1 search results and 1 signal models read"), check.out());
            assertTrue(check.out().endsWith("\nhealthy\n"), check.out());

            ProductProcess.Result embedded = ProductProcess.run("--db", database.toString(), "bins");
            assertEquals(1, embedded.exitCode());
            assertTrue(embedded.err().contains("is in use by process " + server.pid()), embedded.err());
            assertTrue(embedded.err().contains("team mode"), embedded.err());
            assertTrue(embedded.err().lines().count() <= 2, "one error line and a hint: " + embedded.err());
        } finally {
            System.clearProperty(TeamCredentials.PROPERTY);
            stop(server);
        }
    }

    /** SIGTERM: the server's shutdown hook closes the database cleanly. */
    static void stop(Process server) throws InterruptedException {
        server.destroy();
        if (!server.waitFor(30, TimeUnit.SECONDS)) {
            server.destroyForcibly();
        }
    }
}
