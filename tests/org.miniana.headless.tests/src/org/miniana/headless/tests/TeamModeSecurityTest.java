/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.miniana.core.Ra2Search;
import org.miniana.data.ResultsDatabase;
import org.miniana.data.TeamCredentials;

/**
 * The attacks on an unauthenticated Derby Network Server, each tried by a client holding the
 * team's login against {@code miniana db server}: each must fail while the tool's own client
 * operations go on working.
 */
class TeamModeSecurityTest {

    @TempDir
    static Path folder;
    private static Process server;
    private static String url;
    private static Map<String, String> credentials;
    private static TeamCredentials.Login login;

    @BeforeAll
    static void serve() throws Exception {
        credentials = Map.of(TeamCredentials.ENVIRONMENT, folder.resolve("credentials").toString());
        server = ProductProcess.start(credentials, "--db", folder.resolve("db").toString(), "db", "server", "--port",
                Integer.toString(freePort()));
        String serving = ProductProcess.awaitLine(server.getInputStream(), "Serving ");
        url = serving.substring(serving.indexOf(" at ") + 4);
        System.setProperty(TeamCredentials.PROPERTY, credentials.get(TeamCredentials.ENVIRONMENT));
        login = TeamCredentials.find(url);
        assertNotNull(login, "db server records the team's login");
    }

    @AfterAll
    static void stop() throws InterruptedException {
        System.clearProperty(TeamCredentials.PROPERTY);
        TeamModeTest.stop(server);
    }

    static int freePort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Connection connect(String jdbcUrl, String user, String password) throws Exception {
        var driver = (Driver) Class.forName("org.apache.derby.client.ClientAutoloadedDriver").getDeclaredConstructor()
                .newInstance();
        var properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        return driver.connect(jdbcUrl, properties);
    }

    private static Connection connectAsTeam() throws Exception {
        return connect(url, login.user(), login.password());
    }

    /** Runs {@code sql} as the team's user: it must be refused for lack of rights (SQL states 425xx). */
    private static void assertRefused(String sql) throws Exception {
        try (Connection connection = connectAsTeam(); Statement statement = connection.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> statement.execute(sql), sql);
            assertTrue(refused.getSQLState().startsWith("425"), refused.getSQLState() + " " + refused.getMessage());
        }
    }

    @Test
    void credentialsFileIsPrivate() throws Exception {
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(Path.of(credentials.get(TeamCredentials.ENVIRONMENT)))));
        assertFalse(server.info().arguments().map(List::of).orElse(List.of()).toString().contains(login.password()));
    }

    @Test
    void noLoginWithoutThePassword() {
        SQLException refused = assertThrows(SQLException.class, () -> connect(url, login.user(), "guess").close());
        assertEquals("08004", refused.getSQLState(), refused.getMessage());
        assertThrows(SQLException.class, () -> connect(url, "APP", login.password()).close());
    }

    @Test
    void noDatabaseCreatedElsewhere() throws Exception {
        Path elsewhere = folder.resolve("elsewhere");
        String other = url.substring(0, url.indexOf("//", "jdbc:derby://".length()) + 1) + elsewhere + ";create=true";
        SQLException refused = assertThrows(SQLException.class,
                () -> connect(other, login.user(), login.password()).close());
        assertEquals("08004", refused.getSQLState(), refused.getMessage());
        assertFalse(Files.exists(elsewhere));
    }

    @Test
    void noFileRead() throws Exception {
        assertRefused("CALL SYSCS_UTIL.SYSCS_IMPORT_TABLE('APP', 'ANALYSIS', '/etc/hostname', NULL, NULL, NULL, 0)");
    }

    @Test
    void noFileWritten() throws Exception {
        Path written = folder.resolve("exported.csv");
        assertRefused("CALL SYSCS_UTIL.SYSCS_EXPORT_QUERY('SELECT * FROM APP.ANALYSIS', '" + written
                + "', NULL, NULL, NULL)");
        assertFalse(Files.exists(written));
    }

    @Test
    void noJavaCalledThroughFunctions() throws Exception {
        assertRefused("CREATE FUNCTION PROPERTY(NAME VARCHAR(100)) RETURNS VARCHAR(100) LANGUAGE JAVA"
                + " PARAMETER STYLE JAVA NO SQL EXTERNAL NAME 'java.lang.System.getProperty'");
        assertRefused("CREATE FUNCTION APP.PROPERTY(NAME VARCHAR(100)) RETURNS VARCHAR(100) LANGUAGE JAVA"
                + " PARAMETER STYLE JAVA NO SQL EXTERNAL NAME 'java.lang.System.getProperty'");
        assertRefused("CREATE PROCEDURE APP.QUIT(CODE INT) LANGUAGE JAVA PARAMETER STYLE JAVA NO SQL"
                + " EXTERNAL NAME 'java.lang.System.exit'");
        assertRefused("CREATE SCHEMA MINE");
        assertRefused("CREATE TABLE APP.MINE(X INT)");
    }

    @Test
    void noShutdown() throws Exception {
        SQLException refused = assertThrows(SQLException.class,
                () -> connect(url + ";shutdown=true", login.user(), login.password()).close());
        assertFalse("08006".equals(refused.getSQLState()), "the database was shut down");
        try (ResultsDatabase database = ResultsDatabase.openServer(url)) {
            assertEquals(160, database.searchResults().get(Ra2Search.ANALYSIS.name()).bins().size());
        }
    }

    @Test
    void theToolsOwnOperationsWork() throws Exception {
        try (ResultsDatabase database = ResultsDatabase.openServer(url)) {
            database.signalModels().store(Ra2Search.ANALYSIS.name(), List.of(TestModels.model("team-write", 2.5)), false);
            assertEquals(TestModels.model("team-write", 2.5), database.signalModels().get(Ra2Search.ANALYSIS.name(), "team-write"));
        }
        ProductProcess.Result bins = ProductProcess.run(credentials, "--db-url", url, "bins");
        assertEquals(0, bins.exitCode(), bins.err());
    }

    @Test
    void aClientWithoutLoginIsToldWhereItGoes() throws Exception {
        ProductProcess.Result none = ProductProcess.run(Map.of(TeamCredentials.ENVIRONMENT,
                folder.resolve("none").toString()), "--db-url", url, "bins");
        assertEquals(1, none.exitCode());
        assertTrue(none.err().contains("No login for " + url), none.err());

        Path open = folder.resolve("readable-by-all");
        Files.writeString(open, url + " " + login.user() + " " + login.password() + "\n");
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-r--r--"));
        ProductProcess.Result readable = ProductProcess.run(Map.of(TeamCredentials.ENVIRONMENT, open.toString()),
                "--db-url", url, "bins");
        assertEquals(1, readable.exitCode());
        assertTrue(readable.err().contains("chmod 600 " + open), readable.err());
    }

    @Test
    void aTakenPortFailsClearly() throws Exception {
        try (var taken = new ServerSocket(0)) {
            ProductProcess.Result result = ProductProcess.run(credentials, "--db", folder.resolve("db2").toString(),
                    "db", "server", "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(1, result.exitCode());
            assertFalse(result.out().contains("Serving"), result.out());
            assertTrue(result.err().contains("another program uses that port; choose another with --port"),
                    result.err());
        }
    }

    @Test
    void listeningBeyondLoopbackWarns() throws Exception {
        Process open = ProductProcess.start(credentials, "--db", folder.resolve("db4").toString(), "db", "server",
                "--host", "0.0.0.0", "--port", Integer.toString(freePort()));
        try {
            String warning = ProductProcess.awaitLine(open.getErrorStream(), "Warning: listening on 0.0.0.0");
            assertTrue(warning.contains("--tls"), warning);
        } finally {
            TeamModeTest.stop(open);
        }
    }
}
