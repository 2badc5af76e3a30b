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
import org.miniana.core.Ra2Search;
import org.miniana.core.SignalModel;
import org.miniana.core.SignalYield;

/** Storing many models at once: chunked writes, and names that clash within one import. */
class SignalModelStoreTest {

    @TempDir
    Path folder;

    private static SignalModel model(String name, double scale) {
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
