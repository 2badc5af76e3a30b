/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * Team mode: the embedded database served to other processes through a Derby Network Server,
 * locked down. Clients log in as {@value #TEAM_USER} with a password from their
 * {@link TeamCredentials}; Derby's SQL authorization gives that user reading and writing the
 * rows of the tool's tables and nothing else (no DDL, no routines, no SYSCS_UTIL procedures, no
 * shutdown: those are the owner's, whose password never leaves this process). The
 * authenticator accepts logins for the served database only, so no database can be created
 * through the server.
 */
public final class TeamServer implements AutoCloseable {

    /** The user of team clients. */
    public static final String TEAM_USER = "TEAM";
    /** Derby's owner of a database created without a user, and the schema of the tables. */
    private static final String OWNER = "APP";
    /** The authenticator, in a fragment of Derby (Derby loads it by name from its own class loader). */
    private static final String AUTHENTICATOR = "org.miniana.derby.team.TeamAuthenticator";
    /** Named by string: the network server is a fragment of Derby, which Tycho cannot compile against. */
    private static final String NETWORK_SERVER_CONTROL = "org.apache.derby.drda.NetworkServerControl";
    /** Environment variable holding the password of the TLS key store (never on the command line). */
    public static final String KEYSTORE_PASSWORD_ENVIRONMENT = "MINIANA_KEYSTORE_PASSWORD";

    private final Map<String, String> replacedProperties;
    private final ResultsDatabase database;
    private final Object control;
    private final String url;

    private TeamServer(Map<String, String> replacedProperties, ResultsDatabase database, Object control, String url) {
        this.replacedProperties = replacedProperties;
        this.database = database;
        this.control = control;
        this.url = url;
    }

    /**
     * Serves the embedded database in {@code directory} on {@code host}:{@code port}, creating the
     * team's login in the serving user's {@link TeamCredentials} if it has none for this URL.
     *
     * @param keyStore a PKCS12 or JKS key store with the server's certificate for TLS (its password
     *     in {@value #KEYSTORE_PASSWORD_ENVIRONMENT}), or null for plain TCP
     * @param messages receives what the user should know (the RA2 import of a new database)
     */
    public static TeamServer start(Path directory, String host, int port, Path keyStore, Consumer<String> messages)
            throws IOException {
        Path absolute = directory.toAbsolutePath().normalize();
        InetAddress address = InetAddress.getByName(host);
        checkPortFree(address, port);
        String url = "jdbc:derby://" + address.getHostAddress() + ":" + port + "/" + absolute
                + (keyStore == null ? "" : ";ssl=basic");
        TeamCredentials.Login team = TeamCredentials.find(url);
        if (team == null) {
            team = TeamCredentials.create(url, TEAM_USER);
        }
        String ownerPassword = TeamCredentials.randomPassword();
        Map<String, String> settings = new HashMap<>();
        settings.put("derby.connection.requireAuthentication", "true");
        settings.put("derby.authentication.provider", AUTHENTICATOR);
        settings.put("derby.database.sqlAuthorization", "true");
        settings.put("miniana.team.database", absolute.toString());
        settings.put("miniana.team.owner", OWNER);
        settings.put("miniana.team.user." + OWNER, ownerPassword);
        settings.put("miniana.team.user." + team.user().toUpperCase(Locale.ROOT), team.password());
        if (keyStore != null) {
            if (!Files.isReadable(keyStore)) {
                throw new DatabaseException("Cannot read the TLS key store " + keyStore);
            }
            String password = System.getenv(KEYSTORE_PASSWORD_ENVIRONMENT);
            if (password == null) {
                throw new DatabaseException("Set the password of the key store " + keyStore + " in the environment"
                        + " variable " + KEYSTORE_PASSWORD_ENVIRONMENT + " (not on the command line).");
            }
            settings.put("derby.drda.sslMode", "basic");
            settings.put("javax.net.ssl.keyStore", keyStore.toAbsolutePath().toString());
            settings.put("javax.net.ssl.keyStorePassword", password);
        }
        Map<String, String> replaced = set(settings);
        var owner = new Properties();
        owner.setProperty("user", OWNER);
        owner.setProperty("password", ownerPassword);
        ResultsDatabase database = null;
        try {
            database = ResultsDatabase.openEmbedded(absolute, owner, null);
            DefaultDatabase.fillUnlessCreatedEmpty(database, messages);
            grantTeam(absolute, owner, team.user());
            Object control = startNetworkServer(address, port, ownerPassword);
            return new TeamServer(replaced, database, control, url);
        } catch (RuntimeException e) {
            if (database != null) {
                database.close();
            }
            restore(replaced);
            throw e;
        }
    }

    /** The URL clients pass with --db-url. */
    public String url() {
        return url;
    }

    /** The database, as the owner. */
    public ResultsDatabase database() {
        return database;
    }

    private static void checkPortFree(InetAddress address, int port) {
        try (var socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(address, port));
        } catch (IOException e) {
            throw new DatabaseException("Cannot listen on " + address.getHostAddress() + ":" + port + " ("
                    + e.getMessage() + "): another program uses that port; choose another with --port.", e);
        }
    }

    /**
     * Gives the team's user the rows of every table of the tool and nothing else. Its own schema
     * is made by the owner, so that the user cannot create anything in it either (functions
     * calling Java methods, for one).
     */
    private static void grantTeam(Path directory, Properties owner, String user) {
        var source = new DriverDataSource("org.apache.derby.iapi.jdbc.AutoloadedDriver", "jdbc:derby:" + directory,
                owner, null);
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            boolean ownSchema;
            try (PreparedStatement query = connection.prepareStatement("SELECT T.TABLENAME FROM SYS.SYSTABLES T"
                    + " JOIN SYS.SYSSCHEMAS S ON T.SCHEMAID = S.SCHEMAID WHERE S.SCHEMANAME = ? AND T.TABLETYPE = 'T'")) {
                query.setString(1, OWNER);
                try (ResultSet result = query.executeQuery()) {
                    while (result.next()) {
                        tables.add(result.getString(1));
                    }
                }
            }
            try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM SYS.SYSSCHEMAS WHERE SCHEMANAME = ?")) {
                query.setString(1, user);
                try (ResultSet result = query.executeQuery()) {
                    ownSchema = result.next();
                }
            }
            if (!ownSchema) {
                statement.execute("CREATE SCHEMA \"" + user + "\" AUTHORIZATION " + OWNER);
            }
            for (String table : tables) {
                statement.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON " + OWNER + ".\"" + table + "\" TO \""
                        + user + "\"");
            }
        } catch (SQLException e) {
            throw new DatabaseException("Cannot give the team's user its rights on " + directory + ": "
                    + e.getMessage(), e);
        }
    }

    private static Object startNetworkServer(InetAddress address, int port, String ownerPassword) {
        try {
            Class<?> type = Class.forName(NETWORK_SERVER_CONTROL);
            Object control = type.getConstructor(InetAddress.class, int.class, String.class, String.class)
                    .newInstance(address, port, OWNER, ownerPassword);
            var log = new StringWriter();
            type.getMethod("start", PrintWriter.class).invoke(control, new PrintWriter(log, true));
            // start() returns before the server listens. Waiting for a TCP connection rather than
            // ping(): with TLS, Derby 10.17's control client speaks plain text to the server.
            Exception last = null;
            for (int attempt = 0; attempt < 100; attempt++) {
                try (var probe = new Socket()) {
                    probe.connect(new InetSocketAddress(address, port), 1000);
                    return control;
                } catch (IOException e) {
                    last = e;
                    Thread.sleep(100);
                }
            }
            throw new DatabaseException("The network server did not start on " + address.getHostAddress() + ":" + port
                    + ": " + log.toString().strip(), last);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseException("Interrupted while starting the network server", e);
        } catch (ReflectiveOperationException e) {
            throw new DatabaseException("Cannot start the Derby network server: " + e, e);
        }
    }

    private static Map<String, String> set(Map<String, String> settings) {
        Map<String, String> replaced = new HashMap<>();
        settings.forEach((key, value) -> replaced.put(key, System.setProperty(key, value)));
        return replaced;
    }

    /** Puts the system properties back, so that later embedded opens in this process need no login. */
    private static void restore(Map<String, String> replaced) {
        replaced.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
    }

    /** Stops the network server and closes the database. */
    @Override
    public void close() {
        try {
            control.getClass().getMethod("shutdown").invoke(control);
        } catch (ReflectiveOperationException e) {
            // The server thread dies with the database below; closing it must go on.
        } finally {
            try {
                database.close();
            } finally {
                restore(replacedProperties);
            }
        }
    }
}
