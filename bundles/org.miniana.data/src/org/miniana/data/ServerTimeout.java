/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.SocketTimeoutException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * How long a team client waits for its server: to log in and for each answer. Without it a client
 * whose server stopped answering (a stopped process, a lost network) waits forever, because
 * Derby's client sets no read timeout after login (DERBY-2026) and does not implement
 * {@code Connection.setNetworkTimeout}.
 */
public final class ServerTimeout {

    /** The system property that sets the timeout in seconds. */
    public static final String PROPERTY = "miniana.server.timeout";
    /** The environment variable that sets the timeout in seconds when the property is not set. */
    public static final String ENVIRONMENT = "MINIANA_SERVER_TIMEOUT";
    /**
     * Longer than anything the tool asks of a healthy server (a lock wait ends with Derby's own
     * error after 60 s), short enough that a user does not wonder whether the tool hangs.
     */
    public static final int DEFAULT_SECONDS = 120;

    private static final String CLIENT_PACKAGE = "org.apache.derby.client.net.";

    private ServerTimeout() {
    }

    /** The timeout in seconds: the property, else the environment variable, else the default. */
    public static int seconds() {
        for (String configured : new String[] { System.getProperty(PROPERTY), System.getenv(ENVIRONMENT) }) {
            if (configured != null && !configured.isBlank()) {
                try {
                    int seconds = Integer.parseInt(configured.strip());
                    if (seconds >= 1 && seconds <= 86_400) {
                        return seconds;
                    }
                } catch (NumberFormatException e) {
                    // refused below, with the accepted range
                }
                throw new DatabaseException("The server timeout (" + PROPERTY + " or " + ENVIRONMENT + ") must be a"
                        + " whole number of seconds from 1 to 86400, not '" + configured + "'");
            }
        }
        return DEFAULT_SECONDS;
    }

    /**
     * Bounds the login that follows: Derby's client reads the JVM-wide login timeout when it
     * connects, and applies it to the connection's socket until the login is done.
     */
    static void beforeLogin(int seconds) {
        DriverManager.setLoginTimeout(seconds);
    }

    /**
     * Bounds every later answer of the server on {@code connection}, through the client's own
     * socket-timeout method (the one its {@code isValid} uses); a read that times out ends the
     * connection with SQL state 08006 and a {@link SocketTimeoutException} as cause.
     */
    static void afterLogin(Connection connection, int seconds) throws SQLException {
        try {
            ClassLoader client = connection.getClass().getClassLoader();
            Field agentField = Class.forName(CLIENT_PACKAGE + "NetConnection", false, client).getDeclaredField("netAgent_");
            agentField.setAccessible(true);
            Method setTimeout = Class.forName(CLIENT_PACKAGE + "NetAgent", false, client).getDeclaredMethod("setTimeout",
                    int.class);
            setTimeout.setAccessible(true);
            setTimeout.invoke(agentField.get(connection), seconds);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // A Derby version without these internals; TeamModeTimeoutTest fails on it.
            throw new SQLException("Cannot set the server timeout on this Derby client ("
                    + connection.getClass().getName() + "): " + (e instanceof InvocationTargetException target
                            ? target.getCause() : e), e);
        }
    }

    /** Whether {@code failure} is a server that did not answer in time. */
    static boolean isTimeout(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql.getNextException(); next != null; next = next.getNextException()) {
                    if (isTimeout(next)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
