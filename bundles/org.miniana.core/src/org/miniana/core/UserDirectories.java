/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Where the tool keeps a user's files. The home folder is {@code $HOME}, not the JVM's
 * {@code user.home} (which Java reads from the password file), so that
 * {@code HOME=/elsewhere miniana ...} writes under /elsewhere as every Unix tool does; the data
 * folder follows the XDG base directory specification when {@code XDG_DATA_HOME} is set.
 */
public final class UserDirectories {

    private UserDirectories() {
    }

    /** {@code $HOME} when set to an absolute path, else the JVM's {@code user.home}. */
    public static Path home() {
        return home(System.getenv(), System.getProperty("user.home"));
    }

    /**
     * The tool's data folder (database, team credentials): {@code $XDG_DATA_HOME/miniana} when
     * {@code XDG_DATA_HOME} is set to an absolute path, else {@code ~/.miniana}. An existing
     * {@code ~/.miniana} is kept while the XDG folder does not exist, so that setting the variable
     * later does not hide a database.
     */
    public static Path data() {
        return data(System.getenv(), System.getProperty("user.home"), Files::isDirectory);
    }

    static Path home(Map<String, String> environment, String userHome) {
        String home = environment.get("HOME");
        return home != null && !home.isBlank() && Path.of(home).isAbsolute() ? Path.of(home) : Path.of(userHome);
    }

    static Path data(Map<String, String> environment, String userHome, Predicate<Path> exists) {
        Path legacy = home(environment, userHome).resolve(".miniana");
        String xdg = environment.get("XDG_DATA_HOME");
        // The specification: a relative XDG_DATA_HOME is invalid and must be ignored.
        if (xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute()) {
            return legacy;
        }
        Path folder = Path.of(xdg, "miniana");
        return !exists.test(folder) && exists.test(legacy) ? legacy : folder;
    }
}
