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
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code miniana scan} as a separate process: a small grid, a failing point, and a killed scan that resumes. */
class ScanCommandTest {

    private static final String[] GRID = { "T1bbbb", "--mother", "1400:1500:100", "--lsp", "0:200:200",
        "--no-report" };

    @TempDir
    Path folder;

    @Test
    void scansASmallGridAndReportsAFailingPoint() throws Exception {
        String db = folder.resolve("db").toString();
        Path report = folder.resolve("report");
        ProductProcess.Result result = ProductProcess.run("--db", db, "scan", "T1bbbb", "--mother", "700:1500:800",
                "--lsp", "0:200:200", "--events", "2000", "--optimizer", "greedy-q", "-o", report.toString());
        assertEquals(0, result.exitCode(), result.err());
        List<String> rows = result.outLines();
        assertEquals("mGluino", rows.get(0).split(" +")[0]);
        assertEquals(List.of("1500 0", "1500 200"),
                rows.subList(1, rows.size()).stream().map(row -> String.join(" ", List.of(row.split(" +")).subList(0, 2)))
                        .toList());
        assertTrue(result.err().contains("failed: T1bbbb_700_0: not stored, and its gluino mass 700.0 GeV lies"
                + " outside the cross-section table"), result.err());
        assertTrue(result.err().contains("2 of 4 points analysed, 2 failed"), result.err());
        assertTrue(result.err().contains("100%"), "plain progress lines when not on a terminal: " + result.err());
        for (String file : List.of("summary.json", "figures/scan-expected.png", "figures/scan-observed.pdf")) {
            assertTrue(Files.size(report.resolve(file)) > 0, file);
        }
    }

    @Test
    void aKilledScanResumesAndEndsWithTheSameResultAsAnUninterruptedOne() throws Exception {
        String killed = folder.resolve("killed").toString();
        // enough events per point that the kill falls between points
        Process process = ProductProcess.start(withGrid("--db", killed, "scan", "--events", "400000"));
        // a progress line names the last stored model and how many are stored, e.g. "(1 of 4)": one
        // batch may hold two points that ended at once
        ProductProcess.awaitLineContaining(process.getErrorStream(), " of 4)");
        process.destroyForcibly();
        assertTrue(process.waitFor(1, TimeUnit.MINUTES));

        List<String> stored = ProductProcess.run("--db", killed, "models", "list").outLines();
        assertTrue(!stored.isEmpty() && stored.size() < 4, "the kill fell between points: " + stored);

        ProductProcess.Result resumed = ProductProcess.run(withGrid("--db", killed, "scan", "--events", "400000"));
        assertEquals(0, resumed.exitCode(), resumed.err());
        ProductProcess.Result uninterrupted = ProductProcess.run(
                withGrid("--db", folder.resolve("whole").toString(), "scan", "--events", "400000"));
        assertEquals(0, uninterrupted.exitCode(), uninterrupted.err());
        assertEquals(uninterrupted.out(), resumed.out());

        ProductProcess.Result again = ProductProcess.run(withGrid("--db", killed, "scan", "--events", "400000"));
        assertEquals(resumed.out(), again.out());
        assertTrue(again.err().contains("(stored run)"), again.err());
    }

    private static String[] withGrid(String... arguments) {
        String[] all = new String[arguments.length + GRID.length];
        System.arraycopy(arguments, 0, all, 0, arguments.length);
        System.arraycopy(GRID, 0, all, arguments.length, GRID.length);
        return all;
    }
}
