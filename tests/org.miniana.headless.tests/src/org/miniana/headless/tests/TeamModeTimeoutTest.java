/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.miniana.data.ServerTimeout;
import org.miniana.data.TeamCredentials;

/**
 * A client whose server stops answering (the server process stopped with SIGSTOP) gives up after
 * the server timeout with one message, at login and in the middle of a write, and the write is
 * not half stored.
 */
class TeamModeTimeoutTest {

    private static final int TIMEOUT_SECONDS = 3;
    private static final int MODELS = 600;

    @Test
    void aStoppedServerEndsTheClientWithAMessageAndNothingHalfWritten(@TempDir Path folder) throws Exception {
        Map<String, String> environment = Map.of(TeamCredentials.ENVIRONMENT, folder.resolve("credentials").toString(),
                ServerTimeout.ENVIRONMENT, Integer.toString(TIMEOUT_SECONDS));
        Process server = ProductProcess.start(environment, "--db", folder.resolve("db").toString(), "db", "server",
                "--port", Integer.toString(TeamModeSecurityTest.freePort()));
        try {
            String serving = ProductProcess.awaitLine(server.getInputStream(), "Serving ");
            String url = serving.substring(serving.indexOf(" at ") + 4);
            assertEquals(0, ProductProcess.run(environment, "--db-url", url, "bins").exitCode());

            signal(server, "STOP");
            long start = System.nanoTime();
            ProductProcess.Result atLogin = ProductProcess.run(environment, "--db-url", url, "bins");
            double seconds = (System.nanoTime() - start) / 1e9;
            signal(server, "CONT");
            assertStoppedWaiting(atLogin);
            // the product's own start-up takes a few seconds; a client that retried would take
            // several timeouts more
            assertTrue(seconds < TIMEOUT_SECONDS + 15, "gave up after " + seconds + " s");

            Path file = folder.resolve("many.json");
            TestModels.write(file, "timeout-", MODELS);
            Process importing = ProductProcess.start(environment, "--db-url", url, "import", file.toString());
            ProductProcess.awaitLine(importing.getErrorStream(), "Importing ");
            signal(server, "STOP");
            assertTrue(importing.waitFor(TIMEOUT_SECONDS + 60, TimeUnit.SECONDS), "the client gave up");
            String importErrors = new String(importing.getErrorStream().readAllBytes());
            signal(server, "CONT");
            if (importing.exitValue() == 0) {
                // the import was committed before the stop: then it must all be there
                assertEquals(MODELS + 0L, storedModels(environment, url));
            } else {
                assertTrue(importErrors.contains("did not answer within " + TIMEOUT_SECONDS + " s"), importErrors);
                assertEquals(0L, storedModels(environment, url), "an interrupted import stores nothing");
            }
        } finally {
            signal(server, "CONT");
            TeamModeTest.stop(server);
        }
    }

    private static void assertStoppedWaiting(ProductProcess.Result result) {
        assertEquals(1, result.exitCode(), result.err());
        assertTrue(result.err().contains("did not answer within " + TIMEOUT_SECONDS + " s"), result.err());
        assertTrue(result.err().contains(ServerTimeout.ENVIRONMENT), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
    }

    private static long storedModels(Map<String, String> environment, String url) throws Exception {
        ProductProcess.Result listed = ProductProcess.run(environment, "--db-url", url, "models", "list");
        assertEquals(0, listed.exitCode(), listed.err());
        return listed.outLines().stream().filter(line -> line.startsWith("timeout-")).count();
    }

    private static void signal(Process process, String signal) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill -" + signal);
    }
}
