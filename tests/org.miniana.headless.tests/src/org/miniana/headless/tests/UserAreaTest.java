/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line keeps nothing in the folder it runs in or in the installation, and reads the
 * database folder that the workbench's preference (the user's, in the instance scope) names.
 */
class UserAreaTest {

    @TempDir
    Path folder;

    @Test
    void theCommandLineWritesNoWorkspaceAndReadsTheUsersPreference() throws Exception {
        Path home = Files.createDirectories(folder.resolve("home"));
        Path current = Files.createDirectories(folder.resolve("current"));
        Path chosen = folder.resolve("chosen-db");
        // where the workbench (an Eclipse instance area at ~/.miniana/workbench) keeps the setting
        Path settings = Files.createDirectories(
                home.resolve(".miniana/workbench/.metadata/.plugins/org.eclipse.core.runtime/.settings"));
        Files.writeString(settings.resolve("org.miniana.data.prefs"),
                "eclipse.preferences.version=1\ndatabase.location=" + chosen + "\n");
        Map<String, String> environment = Map.of("HOME", home.toString());

        ProductProcess.Result status = ProductProcess.runIn(current, environment, "db", "status");

        assertEquals(0, status.exitCode(), status.err());
        assertTrue(status.out().contains(chosen.toString()), status.out());
        assertTrue(Files.isDirectory(chosen), "the database was made where the preference says");
        try (Stream<Path> left = Files.list(current)) {
            assertEquals(List.of(), left.toList(), "nothing written into the current folder");
        }
    }
}
