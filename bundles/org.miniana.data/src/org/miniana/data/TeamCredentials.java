/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import org.miniana.core.UserDirectories;

/**
 * The per-user file of team-mode passwords, one line per server: {@code URL USER PASSWORD}
 * ({@code #} starts a comment). Passwords never go on a command line, where any local user can
 * read them (ps, /proc); the file must be private to its owner (mode 0600), as ssh keys are.
 */
public final class TeamCredentials {

    /** System property naming the file. */
    public static final String PROPERTY = "miniana.credentials";
    /** Environment variable naming the file. */
    public static final String ENVIRONMENT = "MINIANA_CREDENTIALS";

    private static final Set<PosixFilePermission> PRIVATE = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A user of a served database. */
    public record Login(String user, String password) {
    }

    private TeamCredentials() {
    }

    /** The file: the system property {@value #PROPERTY}, else {@value #ENVIRONMENT}, else ~/.miniana/credentials. */
    public static Path location() {
        for (String configured : new String[] { System.getProperty(PROPERTY), System.getenv(ENVIRONMENT) }) {
            if (configured != null && !configured.isBlank()) {
                return Path.of(configured);
            }
        }
        return UserDirectories.data().resolve("credentials");
    }

    /** The login recorded for the server of {@code url} (its attributes after ';' ignored), or null. */
    public static Login find(String url) {
        Path file = location();
        if (!Files.exists(file)) {
            return null;
        }
        checkPrivate(file);
        String key = key(url);
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] fields = line.strip().split("\\s+");
                if (fields.length == 3 && !fields[0].startsWith("#") && fields[0].equals(key)) {
                    return new Login(fields[1], fields[2]);
                }
            }
        } catch (IOException e) {
            throw new DatabaseException("Cannot read the team credentials " + file + ": " + e.getMessage(), e);
        }
        return null;
    }

    /** Records a new random password of {@code user} for the server of {@code url}. */
    static Login create(String url, String user) {
        Path file = location();
        var login = new Login(user, randomPassword());
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (!Files.exists(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PRIVATE));
            }
            checkPrivate(file);
            Files.writeString(file, key(url) + " " + login.user() + " " + login.password() + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new DatabaseException("Cannot write the team credentials " + file + ": " + e.getMessage(), e);
        }
        return login;
    }

    static String randomPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String key(String url) {
        int attributes = url.indexOf(';');
        return attributes < 0 ? url : url.substring(0, attributes);
    }

    private static void checkPrivate(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (!PRIVATE.containsAll(permissions)) {
                throw new DatabaseException("The team credentials " + file + " can be read or changed by other users ("
                        + PosixFilePermissions.toString(permissions) + "); make it private: chmod 600 " + file);
            }
        } catch (IOException e) {
            throw new DatabaseException("Cannot read the team credentials " + file + ": " + e.getMessage(), e);
        }
    }
}
