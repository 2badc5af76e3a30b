/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class UserDirectoriesTest {

    private static final String PASSWORD_FILE_HOME = "/home/physicist";

    @Test
    void homeIsTheEnvironmentsNotThePasswordFiles() {
        assertEquals(Path.of("/tmp/elsewhere"), UserDirectories.home(Map.of("HOME", "/tmp/elsewhere"), PASSWORD_FILE_HOME));
        assertEquals(Path.of(PASSWORD_FILE_HOME), UserDirectories.home(Map.of(), PASSWORD_FILE_HOME));
        assertEquals(Path.of(PASSWORD_FILE_HOME), UserDirectories.home(Map.of("HOME", "relative"), PASSWORD_FILE_HOME));
    }

    @Test
    void dataFollowsXdgDataHome() {
        Map<String, String> environment = Map.of("HOME", "/tmp/h", "XDG_DATA_HOME", "/tmp/xdg");
        assertEquals(Path.of("/tmp/xdg/miniana"), UserDirectories.data(environment, PASSWORD_FILE_HOME, path -> false));
        assertEquals(Path.of("/tmp/h/.miniana"),
                UserDirectories.data(Map.of("HOME", "/tmp/h"), PASSWORD_FILE_HOME, path -> false));
        // the specification: a relative value is ignored
        assertEquals(Path.of("/tmp/h/.miniana"), UserDirectories.data(Map.of("HOME", "/tmp/h", "XDG_DATA_HOME",
                "xdg"), PASSWORD_FILE_HOME, path -> false));
    }

    @Test
    void anExistingDatabaseFolderIsNotHiddenBySettingXdgDataHome() {
        Map<String, String> environment = Map.of("HOME", "/tmp/h", "XDG_DATA_HOME", "/tmp/xdg");
        assertEquals(Path.of("/tmp/h/.miniana"), UserDirectories.data(environment, PASSWORD_FILE_HOME,
                Set.of(Path.of("/tmp/h/.miniana"))::contains));
        assertEquals(Path.of("/tmp/xdg/miniana"), UserDirectories.data(environment, PASSWORD_FILE_HOME,
                Set.of(Path.of("/tmp/h/.miniana"), Path.of("/tmp/xdg/miniana"))::contains));
    }
}
