/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Properties;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * Connections straight from a JDBC driver instance. EclipseLink otherwise goes through
 * DriverManager, which in OSGi cannot see the Derby drivers and then reports "no suitable
 * driver" instead of the driver's own error (such as "in use by another process").
 */
final class DriverDataSource implements DataSource {

    private final Driver driver;
    private final String url;
    private final Properties attributes;
    private final String schema;
    private final int serverTimeoutSeconds;

    DriverDataSource(String driverClass, String url) {
        this(driverClass, url, new Properties(), null);
    }

    DriverDataSource(String driverClass, String url, Properties attributes, String schema) {
        this(driverClass, url, attributes, schema, 0);
    }

    /**
     * @param attributes connection properties (user, password, timeouts)
     * @param schema the schema to work in, or null for the user's default (a team client's user is
     *     not the owner of the tables)
     * @param serverTimeoutSeconds how long a client of a network server waits for the server to
     *     log it in and to answer ({@link ServerTimeout}), 0 for an embedded database
     */
    DriverDataSource(String driverClass, String url, Properties attributes, String schema, int serverTimeoutSeconds) {
        try {
            this.driver = (Driver) Class.forName(driverClass).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new DatabaseException("The JDBC driver " + driverClass + " is not available: " + e.getMessage(), e);
        }
        this.url = url;
        this.attributes = attributes;
        this.schema = schema;
        this.serverTimeoutSeconds = serverTimeoutSeconds;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (serverTimeoutSeconds > 0) {
            ServerTimeout.beforeLogin(serverTimeoutSeconds);
        }
        Connection connection = driver.connect(url, attributes);
        if (connection == null) {
            throw new SQLException(driver.getClass().getName() + " does not accept the URL " + url);
        }
        try {
            if (serverTimeoutSeconds > 0) {
                ServerTimeout.afterLogin(connection, serverTimeoutSeconds);
            }
            if (schema != null) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET SCHEMA " + schema);
                }
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // Derby logs to derby.log; nothing to redirect.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // The drivers' own defaults apply.
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no java.util.logging");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
