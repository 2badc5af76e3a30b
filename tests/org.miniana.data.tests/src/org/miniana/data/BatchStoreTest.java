/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.miniana.core.AnalysisRun;
import org.miniana.core.Ra2Search;
import org.miniana.stats.ExpectedLimits;

/** A scan's batches: the models not stored yet, and runs all or none, each in one transaction. */
class BatchStoreTest {

    private static final String RA2 = Ra2Search.ANALYSIS.name();

    @TempDir
    Path folder;

    private static AnalysisRun run(String model, double signal) {
        return new AnalysisRun(RA2, model, "greedy-q", "hybrid", List.of(1), "", signal, 5, 1, 1, 6, 0.01, 2.3, 0.2,
                0.8, 4.5, new ExpectedLimits(1.9, 2.6, 3.5, 4.9, 6.6), 2.25, Instant.parse("2026-12-06T12:00:00Z"), "",
                null, null, 0.1, 0.1);
    }

    @Test
    void storesTheModelsNotStoredYetAndKeepsTheStoredOnes() throws Exception {
        try (ResultsDatabase database = ResultsDatabase.openEmbedded(folder.resolve("db"))) {
            database.searchResults().store(SharedData.bundledRa2());
            database.signalModels().store(RA2, List.of(SignalModelStoreTest.model("a", 1)), false);
            Set<String> stored = database.signalModels().storeIfAbsent(RA2,
                    List.of(SignalModelStoreTest.model("a", 2), SignalModelStoreTest.model("b", 3), SignalModelStoreTest.model("c", 4)));
            assertEquals(Set.of("b", "c"), stored);
            assertEquals(SignalModelStoreTest.model("a", 1), database.signalModels().get(Ra2Search.ANALYSIS.name(), "a"), "the stored model is kept");
            assertEquals(SignalModelStoreTest.model("c", 4), database.signalModels().get(Ra2Search.ANALYSIS.name(), "c"));
            assertEquals(Set.of(), database.signalModels().storeIfAbsent(RA2, List.of()));
        }
    }

    @Test
    void storesRunsAllOrNone() throws Exception {
        try (ResultsDatabase database = ResultsDatabase.openEmbedded(folder.resolve("db"))) {
            database.searchResults().store(SharedData.bundledRa2());
            database.signalModels().store(RA2, List.of(SignalModelStoreTest.model("a", 1), SignalModelStoreTest.model("b", 2)), false);
            List<Long> ids = database.runs().store(List.of(run("a", 1), run("b", 2), run("a", 3)));
            assertEquals(3, ids.size());
            assertTrue(ids.get(0) < ids.get(1) && ids.get(1) < ids.get(2), ids::toString);
            assertEquals(List.of(run("a", 1), run("a", 3)), database.runs().forModel(Ra2Search.ANALYSIS.name(), "a"));

            var refused = assertThrows(DatabaseException.class,
                    () -> database.runs().store(List.of(run("b", 4), run("missing", 5))));
            assertTrue(refused.getMessage().contains("No signal model 'missing'"), refused.getMessage());
            assertEquals(List.of(run("b", 2)), database.runs().forModel(Ra2Search.ANALYSIS.name(), "b"), "none of the refused batch");
        }
    }
}
