/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.miniana.data.TeamCredentials;
import org.miniana.data.TeamServer;

/**
 * {@code miniana db server --tls KEYSTORE}: clients with the printed URL work over TLS, a client
 * that speaks plain TCP gets nothing, and the key store's password comes only from the
 * environment.
 */
class TeamModeTlsTest {

    private static final String PASSWORD = "store-secret";

    @TempDir
    static Path folder;
    private static Path keyStore;
    private static Process server;
    private static String url;
    private static Map<String, String> client;

    @BeforeAll
    static void serveOverTls() throws Exception {
        keyStore = folder.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "miniana", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-storetype", "PKCS12", "-keystore", keyStore.toString(), "-storepass",
                PASSWORD).redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, keytool.waitFor(), output);

        client = Map.of(TeamCredentials.ENVIRONMENT, folder.resolve("credentials").toString());
        Map<String, String> serving = new HashMap<>(client);
        serving.put(TeamServer.KEYSTORE_PASSWORD_ENVIRONMENT, PASSWORD);
        server = ProductProcess.start(serving, "--db", folder.resolve("db").toString(), "db", "server", "--port",
                Integer.toString(TeamModeSecurityTest.freePort()), "--tls", keyStore.toString());
        String line = ProductProcess.awaitLine(server.getInputStream(), "Serving ");
        url = line.substring(line.indexOf(" at ") + 4);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        TeamModeTest.stop(server);
    }

    @Test
    void clientsWithThePrintedUrlWorkOverTls() throws Exception {
        assertTrue(url.endsWith(";ssl=basic"), url);
        ProductProcess.Result bins = ProductProcess.run(client, "--db-url", url, "bins");
        assertEquals(0, bins.exitCode(), bins.err());
        assertTrue(bins.out().contains("21963"), "the totals row: " + bins.out());
    }

    /** The same login without TLS: the server only speaks TLS, so the client gets no connection. */
    @Test
    void aPlainClientIsNotServed() throws Exception {
        String plain = url.substring(0, url.length() - ";ssl=basic".length());
        TeamCredentials.Login login;
        System.setProperty(TeamCredentials.PROPERTY, client.get(TeamCredentials.ENVIRONMENT));
        try {
            login = TeamCredentials.find(url);
        } finally {
            System.clearProperty(TeamCredentials.PROPERTY);
        }
        Path credentials = folder.resolve("plain-credentials");
        Files.writeString(credentials, plain + " " + login.user() + " " + login.password() + "\n");
        Files.setPosixFilePermissions(credentials, PosixFilePermissions.fromString("rw-------"));
        ProductProcess.Result refused = ProductProcess.run(Map.of(TeamCredentials.ENVIRONMENT, credentials.toString()),
                "--db-url", plain, "bins");
        assertEquals(1, refused.exitCode(), refused.out());
        assertFalse(refused.out().contains("21963"), refused.out());
    }

    @Test
    void theKeyStorePasswordComesFromTheEnvironmentOnly() throws Exception {
        ProductProcess.Result result = ProductProcess.run(client, "--db", folder.resolve("db2").toString(), "db",
                "server", "--port", Integer.toString(TeamModeSecurityTest.freePort()), "--tls", keyStore.toString());
        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("environment variable " + TeamServer.KEYSTORE_PASSWORD_ENVIRONMENT),
                result.err());
    }
}
