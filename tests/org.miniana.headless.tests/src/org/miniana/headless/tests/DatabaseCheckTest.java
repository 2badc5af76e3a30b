/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Issue #21's measured failure, as a user meets it: one zeroed page of the background estimates
 * made Derby return fewer rows, `analyze` read the missing ones as 0 and `db status` said nothing.
 * Now `analyze` stops with one line saying what to do, and `db check` says the database is damaged.
 */
class DatabaseCheckTest {

    /** Derby's page size of a table of numbers. */
    private static final int PAGE = 4096;

    @TempDir
    Path folder;

    @Test
    void aZeroedPageStopsAnalyzeAndDbCheckSaysDamaged() throws Exception {
        String db = folder.resolve("db").toString();
        ProductProcess.Result healthy = ProductProcess.run("--db", db, "db", "check");
        assertEquals(0, healthy.exitCode(), healthy.out() + healthy.err());
        List<String> lines = healthy.outLines();
        assertEquals("healthy", lines.get(lines.size() - 1), healthy.out());
        assertTrue(healthy.out().contains("tables:        10 checked by Derby"), healthy.out());
        assertTrue(healthy.out().contains("content:       1 search results and 0 signal models read"), healthy.out());

        JsonNode check = new ObjectMapper().readTree(ProductProcess.run("--db", db, "db", "check", "--json").out());
        String file = null;
        for (JsonNode table : check.get("tables")) {
            if (table.get("name").asText().equals("BACKGROUND_ESTIMATE")) {
                file = table.get("file").asText();
            }
        }
        Path container = Path.of(db).resolve(file);
        long pages = Files.size(container) / PAGE;
        try (FileChannel channel = FileChannel.open(container, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.allocate(PAGE), pages / 2 * PAGE);
        }

        ProductProcess.Result analyze = ProductProcess.run("--db", db, "analyze", "T1tttt:1500:100:events=2000");
        assertEquals(1, analyze.exitCode(), analyze.err());
        String error = analyze.err().lines().findFirst().orElseThrow();
        assertTrue(error.startsWith("miniana: The search result 'CMS-PAS-SUS-16-014' in "), analyze.err());
        assertTrue(error.contains(" is incomplete (bin "), error);
        assertTrue(error.endsWith(": run `miniana db check`, then restore the database from a backup or import the"
                + " search into a new database (--db)."), error);
        assertFalse(analyze.err().contains("Exception") || analyze.err().contains("EclipseLink")
                || analyze.err().contains("\tat "), analyze.err());
        assertEquals(2, analyze.err().lines().count(), "the error and the --debug hint: " + analyze.err());

        ProductProcess.Result damaged = ProductProcess.run("--db", db, "db", "check");
        assertEquals(1, damaged.exitCode(), damaged.out() + damaged.err());
        lines = damaged.outLines();
        assertEquals("damaged: 2 problems", lines.get(lines.size() - 1), damaged.out());
        assertTrue(damaged.out().contains("problem:       table BACKGROUND_ESTIMATE (" + file + ") cannot be read: the"
                + " database's files are damaged (Derby: "), damaged.out());
        assertTrue(damaged.out().contains("problem:       the search result 'CMS-PAS-SUS-16-014' is incomplete (bin "),
                damaged.out());
        assertFalse(damaged.out().contains("dump"), damaged.out());
    }
}
