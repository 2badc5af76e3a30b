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
        Properties properties = read();
        long pid = pid(properties);
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return "process " + pid + " (" + properties.getProperty("application") + ", since "
                    + properties.getProperty("since") + ")";
        }
        return "another process";
    }

    /**
     * Whether the note names a process that has ended: it was killed or crashed with the database
     * open, so Derby replays its log on the next boot (minutes for a large interrupted write).
     */
    boolean leftByEndedProcess() {
        long pid = pid(read());
        return pid > 0 && !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private Properties read() {
        var properties = new Properties();
        try (var in = Files.newInputStream(note)) {
            properties.load(in);
        } catch (IOException e) {
            // No usable note: an empty one says nothing about a holder.
        }
        return properties;
    }

    private static long pid(Properties properties) {
        try {
            return Long.parseLong(properties.getProperty("pid", "-1"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
