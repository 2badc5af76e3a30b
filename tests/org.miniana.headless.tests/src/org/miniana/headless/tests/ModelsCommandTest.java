/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.miniana.core.Ra2Search;

/** Generating a mass grid into the database with the product, as a separate process. */
class ModelsCommandTest {

    @Test
    void generatesAGridOnceThenReusesTheStoredPoints(@TempDir Path folder) throws Exception {
        String db = folder.resolve("db").toString();
        ProductProcess.Result first = ProductProcess.run("--db", db, "models", "generate", "T1bbbb", "--mother",
                "1000:1100:100", "--lsp", "0:500:500", "--events", "2000");
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.err().contains("4 points in the grid, 4 to simulate"), first.err());
        assertTrue(first.err().contains("[4/4]"), first.err());

        ProductProcess.Result list = ProductProcess.run("--db", db, "models", "list");
        // a model a line, its name padded to the longest, then its search
        assertEquals(List.of("T1bbbb_1000_0", "T1bbbb_1000_500", "T1bbbb_1100_0", "T1bbbb_1100_500").stream()
                .map(name -> String.format("%-15s  %s", name, Ra2Search.ANALYSIS.name())).toList(), list.outLines());

        ProductProcess.Result again = ProductProcess.run("--db", db, "models", "generate", "T1bbbb", "--mother",
                "1000:1100:100", "--lsp", "0:500:500", "--events", "2000");
        assertTrue(again.err().contains("4 points in the grid, 0 to simulate"), again.err());

        ProductProcess.Result show = ProductProcess.run("--db", db, "models", "show", "T1bbbb_1100_500");
        assertEquals(0, show.exitCode(), show.err());
        assertTrue(show.out().contains("seed 1; 2000 events"), show.out());

        ProductProcess.Result added = ProductProcess.run("--db", db, "models", "add", "T1qqqq:1400:200:events=2000");
        assertEquals(0, added.exitCode(), added.err());
        assertTrue(added.err().contains("Stored T1qqqq_1400_200"), added.err());

        ProductProcess.Result unknown = ProductProcess.run("--db", db, "models", "generate", "T2xx");
        // an argument outside a known set is a usage error, read before the database is opened
        assertEquals(2, unknown.exitCode(), unknown.err());
        assertTrue(unknown.err().contains("Unknown simplified model 'T2xx'; known: T1tttt, T1bbbb, T1qqqq"),
                unknown.err());
    }
}
