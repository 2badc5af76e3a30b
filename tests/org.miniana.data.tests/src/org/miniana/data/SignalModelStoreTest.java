/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.miniana.core.Analysis;
import org.miniana.core.AnalysisRun;
import org.miniana.core.Ra2Search;
import org.miniana.core.SearchResult;
import org.miniana.core.SignalModel;
import org.miniana.core.SignalYield;

/** Storing many models at once: chunked writes, and names that clash within one import. */
class SignalModelStoreTest {

    @TempDir
    Path folder;

    static SignalModel model(String name, double scale) {
        List<SignalYield> yields = new ArrayList<>();
        for (int bin = 0; bin < Ra2Search.BIN_COUNT; bin++) {
            yields.add(new SignalYield(scale * (bin % 7), 0.01 * bin));
        }
        return new SignalModel(name, "T1tttt", Map.of("mGluino", 1000 + scale), 0.01, "test", yields);
    }

    @Test
    void storesMoreModelsThanOneWriteChunkAndReadsThemBack() throws Exception {
        List<SignalModel> models = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            models.add(model("m" + i, i));
        }
        try (ResultsDatabase database = ResultsDatabase.openEmbedded(folder.resolve("db"))) {
            database.searchResults().store(SharedData.bundledRa2());
            database.signalModels().store(Ra2Search.ANALYSIS.name(), models, false);
            assertEquals(450, database.signalModels().names().size());
            assertEquals(models.get(0), database.signalModels().get("m0"));
            assertEquals(models.get(449), database.signalModels().get("m449"));
            database.signalModels().store(Ra2Search.ANALYSIS.name(), List.of(model("m449", 3)), true);
            assertEquals(model("m449", 3), database.signalModels().get("m449"));
        }
    }

    /**
     * Saving a model again (the editor's Save, import --replace) keeps its runs: those made before
     * keep the yields they were made with, twice over, and a run made since is of the new yields.
     */
    @Test
    void replacingAModelKeepsItsRunsWithTheYieldsTheyWereMadeWith() throws Exception {
        String ra2 = Ra2Search.ANALYSIS.name();
        try (ResultsDatabase database = ResultsDatabase.openEmbedded(folder.resolve("db"))) {
            database.searchResults().store(SharedData.bundledRa2());
            database.signalModels().store(ra2, List.of(model("m", 1), model("other", 1)), false);
            AnalysisRun first = StatisticalModelStoreTest.run(model("m", 1), null);
            database.runs().store(first);
            database.runs().store(StatisticalModelStoreTest.run(model("other", 1), null));

            database.signalModels().store(ra2, List.of(model("m", 2)), true);
            assertEquals(model("m", 2), database.signalModels().get("m"));
            assertEquals(List.of(), database.runs().forModel("m"), "no run is of the new yields yet");
            assertEquals(List.of(new AnalysisRunStore.EarlierRun(first, model("m", 1).yields())),
                    database.runs().earlierForModel("m"));

            AnalysisRun second = StatisticalModelStoreTest.run(model("m", 2), null);
            database.runs().store(second);
            database.signalModels().store(ra2, List.of(model("m", 3)), true);
            assertEquals(List.of(new AnalysisRunStore.EarlierRun(first, model("m", 1).yields()),
                    new AnalysisRunStore.EarlierRun(second, model("m", 2).yields())), database.runs().earlierForModel("m"));
            assertEquals(1, database.runs().forModel("other").size(), "another model's runs are left alone");
            assertEquals("healthy", database.check().verdict(), database.check().problems().toString());
        }
    }

    @Test
    void aModelOfAnotherAnalysisDoesNotReplaceOne() throws Exception {
        try (ResultsDatabase database = ResultsDatabase.openEmbedded(folder.resolve("db"))) {
            database.searchResults().store(SharedData.bundledRa2());
            var other = SharedData.bundledRa2();
            var renamed = new SearchResult(new Analysis("other search", other.analysis().sqrtSTeV(),
                    other.analysis().luminosityInvPb(), "", ""), other.processes(), other.bins());
            database.searchResults().store(renamed);
            database.signalModels().store(Ra2Search.ANALYSIS.name(), List.of(model("m", 1)), false);
            var refused = assertThrows(DatabaseException.class,
                    () -> database.signalModels().store("other search", List.of(model("m", 2)), true));
            assertEquals("The signal model 'm' is stored for " + Ra2Search.ANALYSIS.name() + ", not other search;"
                    + " give the new one another name", refused.getMessage());
            assertEquals(model("m", 1), database.signalModels().get("m"));
        }
    }

    @Test
    void refusesTwoModelsOfOneNameInOneImportAndStoresNothing() throws Exception {
        try (ResultsDatabase database = ResultsDatabase.openEmbedded(folder.resolve("db"))) {
            database.searchResults().store(SharedData.bundledRa2());
            var refused = assertThrows(DatabaseException.class, () -> database.signalModels()
                    .store(Ra2Search.ANALYSIS.name(), List.of(model("twin", 1), model("other", 2), model("twin", 3)), false));
            assertTrue(refused.getMessage().contains("Two signal models are named 'twin' in this import"),
                    refused.getMessage());
            assertEquals(List.of(), database.signalModels().names());
        }
    }
}
