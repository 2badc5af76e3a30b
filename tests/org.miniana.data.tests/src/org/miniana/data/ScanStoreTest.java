/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.miniana.core.Ra2Search;
import org.miniana.core.RunMethod;
import org.miniana.core.ScanRecord;

/** Stored scans: one record per scan definition, resumed when the same scan runs again. */
class ScanStoreTest {

    private static final Instant START = Instant.parse("2026-12-06T06:00:00Z");

    @TempDir
    Path folder;

    private static ScanRecord scan(String errors, double lspTo) {
        return new ScanRecord(0, Ra2Search.ANALYSIS.name(), "T1bbbb", new ScanRecord.Grid(1000, 2200, 100, 0, 100,
                lspTo), "local-search", "hybrid", new RunMethod(errors, "hybrid", 0, null), "both", 20_000, 1, START,
                null, 0, 0, false);
    }

    @Test
    void theSameScanResumesItsRecordAnotherScanGetsItsOwn() {
        try (ResultsDatabase database = DefaultDatabase.open(folder.resolve("db"), message -> {
        })) {
            ScanStore scans = database.scans();
            long first = scans.begin(scan("uncorrelated", Double.POSITIVE_INFINITY));
            ScanRecord running = scans.find(first).orElseThrow();
            assertNull(running.finished(), "running, or interrupted when its process ended");
            assertEquals(Double.POSITIVE_INFINITY, running.grid().lspTo());
            scans.end(first, START.plusSeconds(60), 190, 3, true);

            ScanRecord ended = scans.find(first).orElseThrow();
            assertEquals(START.plusSeconds(60), ended.finished());
            assertEquals(190, ended.analysedPoints());
            assertEquals(3, ended.failedPoints());
            assertTrue(ended.cancelled());
            assertTrue(ended.sameScanAs(scan("uncorrelated", Double.POSITIVE_INFINITY)));

            // resumed: the same record, running again
            assertEquals(first, scans.begin(scan("uncorrelated", Double.POSITIVE_INFINITY)));
            assertNull(scans.find(first).orElseThrow().finished());
            // made another way, or on another grid: a scan of its own
            long otherErrors = scans.begin(scan("correlated-syst", Double.POSITIVE_INFINITY));
            long otherGrid = scans.begin(scan("uncorrelated", 800));
            assertNotEquals(first, otherErrors);
            assertNotEquals(first, otherGrid);
            assertEquals(800, scans.find(otherGrid).orElseThrow().grid().lspTo());
            assertEquals(List.of(otherGrid, otherErrors, first), scans.list().stream().map(ScanRecord::id).toList(),
                    "newest first (same start: the later record first)");

            assertTrue(scans.delete(otherErrors));
            assertFalse(scans.delete(otherErrors));
            assertEquals(2, scans.list().size());
        }
    }
}
