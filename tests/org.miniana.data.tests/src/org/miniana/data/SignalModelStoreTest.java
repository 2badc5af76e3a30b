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
import org.miniana.data.internal.SignalModelEntity;

/** Storing many models at once: chunked writes, names that clash within one import, and names per search. */
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
            assertEquals(450, database.signalModels().names(Ra2Search.ANALYSIS.name()).size());
            assertEquals(models.get(0), database.signalModels().get(Ra2Search.ANALYSIS.name(), "m0"));
            assertEquals(models.get(449), database.signalModels().get(Ra2Search.ANALYSIS.name(), "m449"));
            database.signalModels().store(Ra2Search.ANALYSIS.name(), List.of(model("m449", 3)), true);
            assertEquals(model("m449", 3), database.signalModels().get(Ra2Search.ANALYSIS.name(), "m449"));
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
            assertEquals(model("m", 2), database.signalModels().get(Ra2Search.ANALYSIS.name(), "m"));
            assertEquals(List.of(), database.runs().forModel(Ra2Search.ANALYSIS.name(), "m"), "no run is of the new yields yet");
            assertEquals(List.of(new AnalysisRunStore.EarlierRun(first, model("m", 1).yields())),
                    database.runs().earlierForModel(Ra2Search.ANALYSIS.name(), "m"));

            AnalysisRun second = StatisticalModelStoreTest.run(model("m", 2), null);
            database.runs().store(second);
            database.signalModels().store(ra2, List.of(model("m", 3)), true);
            assertEquals(List.of(new AnalysisRunStore.EarlierRun(first, model("m", 1).yields()),
                    new AnalysisRunStore.EarlierRun(second, model("m", 2).yields())), database.runs().earlierForModel(Ra2Search.ANALYSIS.name(), "m"));
            assertEquals(1, database.runs().forModel(Ra2Search.ANALYSIS.name(), "other").size(), "another model's runs are left alone");
            assertEquals("healthy", database.check().verdict(), database.check().problems().toString());
        }
    }

    /** A copy of the bundled RA2 result under another name: a second search with the same bins. */
    static SearchResult secondSearch(String name) throws Exception {
        var ra2 = SharedData.bundledRa2();
        return new SearchResult(new Analysis(name, ra2.analysis().sqrtSTeV(), ra2.analysis().luminosityInvPb(), "",
                ""), ra2.processes(), ra2.bins());
    }

    /**
     * A model is named within its search: the same name in two searches is two models, each with
     * its own yields and runs, and deleting one leaves the other.
     */
    @Test
    void theSameNameInTwoSearchesIsTwoModels() throws Exception {
        String ra2 = Ra2Search.ANALYSIS.name();
        String other = "other search";
        try (ResultsDatabase database = ResultsDatabase.openEmbedded(folder.resolve("db"))) {
            database.searchResults().store(SharedData.bundledRa2());
            database.searchResults().store(secondSearch(other));
            database.signalModels().store(ra2, List.of(model("m", 1)), false);
            database.signalModels().store(other, List.of(model("m", 2)), false);
            assertEquals(model("m", 1), database.signalModels().get(ra2, "m"));
            assertEquals(model("m", 2), database.signalModels().get(other, "m"));
            assertEquals(Map.of(ra2, List.of("m"), other, List.of("m")), database.signalModels().namesByAnalysis());
            assertEquals(List.of(ra2, other), database.signalModels().summaries().stream()
                    .map(SignalModelSummary::analysis).toList());
            assertEquals(2, database.signalModels().count());

            AnalysisRun ra2Run = StatisticalModelStoreTest.run(model("m", 1), null);
            AnalysisRun otherRun = new AnalysisRun(other, "m", "greedy-q", "hybrid", List.of(3), "", 7, 2, 1, 1, 3,
                    0.01, 2.3, 0.2, 0.8, 4.5, ra2Run.expectedSignalLimits(), 2.25, ra2Run.timestamp(), "", null,
                    ra2Run.method(), 0.1, 0.1);
            database.runs().store(List.of(ra2Run, otherRun));
            assertEquals(List.of(ra2Run), database.runs().forModel(ra2, "m"));
            assertEquals(List.of(otherRun), database.runs().forModel(other, "m"));

            // replacing one leaves the other's yields and runs alone
            database.signalModels().store(other, List.of(model("m", 3)), true);
            assertEquals(model("m", 1), database.signalModels().get(ra2, "m"));
            assertEquals(List.of(ra2Run), database.runs().forModel(ra2, "m"));
            assertEquals(List.of(), database.runs().earlierForModel(ra2, "m"));
            assertEquals(1, database.runs().earlierForModel(other, "m").size());

            assertTrue(database.signalModels().delete(other, "m"));
            assertEquals(model("m", 1), database.signalModels().get(ra2, "m"));
            assertEquals(List.of(ra2Run), database.runs().forModel(ra2, "m"));
            var gone = assertThrows(DatabaseException.class, () -> database.signalModels().get(other, "m"));
            assertTrue(gone.getMessage().startsWith("No signal model 'm' of other search in "), gone.getMessage());
            assertEquals("healthy", database.check().verdict(), database.check().problems().toString());
        }
    }

    /** Within one search a name is still unique: by the store's check, and by the table's constraint. */
    @Test
    void aNameIsUniqueWithinItsSearch() throws Exception {
        String ra2 = Ra2Search.ANALYSIS.name();
        try (ResultsDatabase database = ResultsDatabase.openEmbedded(folder.resolve("db"))) {
            database.searchResults().store(SharedData.bundledRa2());
            database.signalModels().store(ra2, List.of(model("m", 1)), false);
            var refused = assertThrows(DatabaseException.class,
                    () -> database.signalModels().store(ra2, List.of(model("m", 2)), false));
            assertEquals("A signal model named 'm' is stored already for " + ra2
                    + " (replace it with --replace, or give the new one another name)", refused.getMessage());
            assertEquals(model("m", 1), database.signalModels().get(ra2, "m"));
            assertUniqueInTable(database, ra2, "m");
        }
    }

    /** A second row of the model's search and name, written past the store, is refused by the table. */
    static void assertUniqueInTable(ResultsDatabase database, String analysis, String name) {
        var duplicate = assertThrows(DatabaseException.class, () -> database.inTransaction(em -> em.createNativeQuery(
                "INSERT INTO SIGNAL_MODEL (NAME, FAMILY, ANALYSIS_ID, CROSSSECTIONPB) SELECT m.NAME, m.FAMILY,"
                        + " m.ANALYSIS_ID, 1 FROM SIGNAL_MODEL m JOIN ANALYSIS a ON a.ID = m.ANALYSIS_ID"
                        + " WHERE a.NAME = ? AND m.NAME = ?").setParameter(1, analysis).setParameter(2, name)
                .executeUpdate()));
        assertTrue(duplicate.getMessage().contains(SignalModelEntity.UNIQUE_NAME), duplicate.getMessage());
    }

    @Test
    void refusesTwoModelsOfOneNameInOneImportAndStoresNothing() throws Exception {
        try (ResultsDatabase database = ResultsDatabase.openEmbedded(folder.resolve("db"))) {
            database.searchResults().store(SharedData.bundledRa2());
            var refused = assertThrows(DatabaseException.class, () -> database.signalModels()
                    .store(Ra2Search.ANALYSIS.name(), List.of(model("twin", 1), model("other", 2), model("twin", 3)), false));
            assertTrue(refused.getMessage().contains("Two signal models are named 'twin' in this import"),
                    refused.getMessage());
            assertEquals(List.of(), database.signalModels().names(Ra2Search.ANALYSIS.name()));
        }
    }
}
