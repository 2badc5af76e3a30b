/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.derby.team;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Properties;

import org.apache.derby.authentication.UserAuthenticator;

/**
 * Derby's authentication in team mode ({@code miniana db server}). It lives in a fragment of
 * Derby because Derby loads its authenticator by class name from its own class loader.
 * <p>
 * Unlike Derby's BUILTIN users it knows which database a connection asks for: a user is accepted
 * only for the served database, so no client can create a database at another path; only the
 * owner, whose password never leaves the serving process, passes the system-wide checks (shutting
 * the network server down). The served database and the users come from system properties that
 * the serving process sets for itself: {@value #DATABASE}, {@value #USER_PREFIX}NAME = password and
 * {@value #OWNER}.
 */
public final class TeamAuthenticator implements UserAuthenticator {

    /** System property: the absolute path of the served database. */
    public static final String DATABASE = "miniana.team.database";
    /** Prefix of the system properties naming a user; the value is the password. */
    public static final String USER_PREFIX = "miniana.team.user.";
    /** System property: the user allowed the system-wide operations. */
    public static final String OWNER = "miniana.team.owner";

    @Override
    public boolean authenticateUser(String userName, String password, String databaseName, Properties info) {
        String served = System.getProperty(DATABASE);
        if (userName == null || password == null || served == null) {
            return false;
        }
        String user = userName.toUpperCase(Locale.ROOT);
        if (databaseName == null ? !user.equals(System.getProperty(OWNER)) : !isServed(databaseName, served)) {
            return false;
        }
        String expected = System.getProperty(USER_PREFIX + user);
        // Constant time, so that the answer's delay does not tell how much of a guess was right.
        return expected != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                password.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isServed(String databaseName, String served) {
        try {
            return Path.of(databaseName).toAbsolutePath().normalize().equals(Path.of(served));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
