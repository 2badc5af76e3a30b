/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.miniana.core.Estimate;
import org.miniana.core.Ra2Search;
import org.miniana.core.SearchResult;
import org.miniana.data.ResultsDatabase;
import org.miniana.data.SharedData;
import org.miniana.data.io.SignalModelJson.SignalModels;

/** The documented examples in the bundle stay valid, and the JSON and CSV examples say the same. */
class ExamplesTest {

    @Test
    void searchResultExamplesAgree() throws Exception {
        SearchResult json;
        try (InputStream in = open("search-result.json")) {
            json = SearchResultJson.read("search-result.json", in);
        }
        try (InputStream in = open("search-result.csv")) {
            assertEquals(json, SearchResultCsv.read("search-result.csv", in));
        }
        assertEquals(45, json.totalObserved());
        assertEquals(new Estimate(30.5, 2.1, 2.0, 3.0, 2.5), json.bins().get(0).background(json.processes().get(0)));
        assertEquals(">=5", json.bins().get(1).bin().njets().countLabel());
    }

    @Test
    void signalModelExamplesImportNextToRa2(@TempDir Path folder) throws Exception {
        SignalModels fromJson;
        SignalModels fromCsv;
        try (InputStream in = open("signal-models.json")) {
            fromJson = SignalModelJson.read("signal-models.json", in);
        }
        try (InputStream in = open("signal-model.csv")) {
            fromCsv = SignalModelCsv.read("signal-model.csv", in);
        }
        try (ResultsDatabase database = ResultsDatabase.openEmbedded(folder.resolve("db"))) {
            database.importAll(new DataFiles.Content(List.of(SharedData.bundledRa2()), Map.of(), List.of(
                    SignalModelSource.kept("signal-models.json", fromJson), SignalModelSource.kept("signal-model.csv",
                            fromCsv))),
                    false);
            assertEquals(List.of("EXAMPLE_T1bbbb_1000_800", "EXAMPLE_T1tttt_1500_100"), database.signalModels().names(Ra2Search.ANALYSIS.name()));
            assertEquals(Ra2Search.BIN_COUNT, database.signalModels().get(Ra2Search.ANALYSIS.name(), "EXAMPLE_T1bbbb_1000_800").yields().size());
        }
    }

    private static InputStream open(String example) {
        return ExamplesTest.class.getResourceAsStream("/examples/" + example);
    }
}
