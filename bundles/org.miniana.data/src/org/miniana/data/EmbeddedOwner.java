/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;

/**
 * A note beside an embedded database saying which process has it open. Derby's own lock only
 * says "another JVM"; with this note the second process can name the holder.
 */
final class EmbeddedOwner {

    private final Path directory;
    private final Properties login;
    private final Path note;

    /** @param login the Derby connection properties that shut the database down (empty without authentication) */
    EmbeddedOwner(Path directory, Properties login) {
        this.directory = directory;
        this.login = login;
        this.note = directory.resolveSibling(directory.getFileName() + ".owner");
    }

    Path directory() {
        return directory;
    }

    Properties login() {
        return login;
    }

    void claim() {
        var properties = new Properties();
        properties.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        properties.setProperty("application", System.getProperty("eclipse.application", "java"));
        properties.setProperty("since", Instant.now().toString());
        try (var out = Files.newOutputStream(note)) {
            properties.store(out, "The process that has the Mini Analysis database " + directory + " open");
        } catch (IOException e) {
            // Only a nicer message for a second process depends on the note.
        }
    }

    void release() {
        try {
            Files.deleteIfExists(note);
        } catch (IOException e) {
            // A stale note is ignored by describeHolder() once its process is gone.
        }
    }

    /** "process 1234 (org.miniana.headless.app, since ...)", or "another process" without a live note. */
    String describeHolder() {
        var properties = new Properties();
        try (var in = Files.newInputStream(note)) {
            properties.load(in);
            long pid = Long.parseLong(properties.getProperty("pid", "-1"));
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                return "process " + pid + " (" + properties.getProperty("application") + ", since "
                        + properties.getProperty("since") + ")";
            }
        } catch (IOException | NumberFormatException e) {
            // No usable note: fall through to the generic wording.
        }
        return "another process";
    }
}
