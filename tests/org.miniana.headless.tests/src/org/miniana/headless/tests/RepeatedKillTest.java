/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.miniana.core.AnalysisRun;
import org.miniana.core.Ra2Search;
import org.miniana.core.SignalModel;
import org.miniana.data.ResultsDatabase;

/**
 * SIGKILL again and again, at different moments of an import and of a scan, with the database's
 * invariants checked after each kill: it opens, the database check ({@code db check}) finds it
 * healthy, it holds the whole search, an import is all there or not at all, no run is stored
 * twice, and the scan finally ends as if it had never been stopped.
 */
class RepeatedKillTest {

    private static final int MODELS = 300;
    private static final long[] KILL_DELAYS_MILLIS = { 0, 1000, 2500 };
    private static final String[] GRID = { "scan", "T1bbbb", "--mother", "1400:1500:100", "--lsp", "0:200:200",
        "--events", "100000", "--no-report" };
    private static final int GRID_POINTS = 4;

    @TempDir
    Path folder;

    @Test
    void importsKilledAgainAndAgainLeaveAllOrNothing() throws Exception {
        Path database = folder.resolve("db");
        Path file = folder.resolve("models.json");
        List<SignalModel> models = TestModels.write(file, "kill-", MODELS);
        assertEquals(0, ProductProcess.run("--db", database.toString(), "bins").exitCode());
        for (long delay : KILL_DELAYS_MILLIS) {
            Process importing = ProductProcess.start("--db", database.toString(), "import", "--replace",
                    file.toString());
            ProductProcess.awaitLine(importing.getErrorStream(), "Importing ");
            Thread.sleep(delay);
            kill(importing);
            try (ResultsDatabase reopened = ResultsDatabase.openEmbedded(database)) {
                assertHealthyAndWhole(reopened);
                List<String> stored = reopened.signalModels().names(Ra2Search.ANALYSIS.name());
                assertTrue(stored.isEmpty() || stored.size() == MODELS,
                        "killed after " + delay + " ms: all or nothing, found " + stored.size() + " models");
                if (!stored.isEmpty()) {
                    assertEquals(models.get(MODELS - 1), reopened.signalModels().get(Ra2Search.ANALYSIS.name(), "kill-" + (MODELS - 1)));
                }
            }
        }
    }

    @Test
    void aScanKilledAgainAndAgainStoresEachRunOnceAndEndsAsAnUninterruptedOne() throws Exception {
        String killed = folder.resolve("killed").toString();
        for (int kill = 1; kill <= 3; kill++) {
            Process scanning = ProductProcess.start(arguments(killed));
            // the progress bar shows once the scan is under way (simulating the points not stored yet)
            ProductProcess.awaitLineContaining(scanning.getErrorStream(), "/" + GRID_POINTS + " points analysed");
            Thread.sleep(KILL_DELAYS_MILLIS[kill - 1]);
            kill(scanning);
            try (ResultsDatabase reopened = ResultsDatabase.openEmbedded(Path.of(killed))) {
                assertHealthyAndWhole(reopened);
                assertNoRunTwice(reopened);
            }
        }
        ProductProcess.Result resumed = ProductProcess.run(arguments(killed));
        assertEquals(0, resumed.exitCode(), resumed.err());
        ProductProcess.Result uninterrupted = ProductProcess.run(arguments(folder.resolve("whole").toString()));
        assertEquals(0, uninterrupted.exitCode(), uninterrupted.err());
        assertEquals(uninterrupted.out(), resumed.out());
        try (ResultsDatabase reopened = ResultsDatabase.openEmbedded(Path.of(killed))) {
            assertEquals(GRID_POINTS, reopened.signalModels().names(Ra2Search.ANALYSIS.name()).size());
            assertEquals(GRID_POINTS, assertNoRunTwice(reopened));
        }
    }

    private static String[] arguments(String database) {
        String[] all = new String[GRID.length + 2];
        all[0] = "--db";
        all[1] = database;
        System.arraycopy(GRID, 0, all, 2, GRID.length);
        return all;
    }

    private static void kill(Process process) throws InterruptedException {
        process.destroyForcibly();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
    }

    private static void assertHealthyAndWhole(ResultsDatabase database) {
        var check = database.check();
        assertTrue(check.healthy(), check::toString);
        var search = database.searchResults().get(Ra2Search.ANALYSIS.name());
        assertEquals(160, search.bins().size());
        assertTrue(database.statisticalModels().find(Ra2Search.ANALYSIS.name()).isPresent(), "the full model");
    }

    /** @return the number of runs stored for the scanned models, each model's run for one method once */
    private static int assertNoRunTwice(ResultsDatabase database) {
        int runs = 0;
        for (String model : database.signalModels().names(Ra2Search.ANALYSIS.name())) {
            Set<List<Object>> methods = new HashSet<>();
            for (AnalysisRun run : database.runs().forModel(Ra2Search.ANALYSIS.name(), model)) {
                assertTrue(methods.add(List.of(run.optimizer(), run.figureOfMerit(), String.valueOf(run.method()))),
                        "a second run of " + model + " made the same way");
                runs++;
            }
        }
        return runs;
    }
}
