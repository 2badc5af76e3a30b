/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.miniana.core.Ra2Search;
import org.miniana.core.SearchResult;
import org.miniana.core.SignalModel;
import org.miniana.core.SignalVariation;
import org.miniana.core.SignalYield;
import org.miniana.core.io.AtomicFiles;
import org.miniana.data.ResultsDatabase;
import org.miniana.data.SharedData;
import org.miniana.data.SignalModelSummary;
import org.miniana.data.io.SignalModelJson.SignalModels;

class RoundTripTest {

    /** Names a user may type, which must survive every format and the database verbatim. */
    static final String HOSTILE = "T1tttt'; DROP TABLE SIGNAL_MODEL;-- \"quoted\" \\input{/etc/passwd} 50% _#&{} \u00e9\u03bd";

    @TempDir
    Path folder;

    @Test
    void datacardsToJsonToAFreshDatabaseGiveTheSameResult() throws Exception {
        SearchResult imported = SharedData.bundledRa2();
        Path json = folder.resolve("ra2.json");
        AtomicFiles.write(json, out -> SearchResultJson.write(imported, out));
        DataFiles.Content content = DataFiles.read(List.of(json), warning -> {
        });
        try (ResultsDatabase database = ResultsDatabase.openEmbedded(folder.resolve("fresh"))) {
            database.importAll(content, false);
            assertEquals(imported, database.searchResults().get(Ra2Search.ANALYSIS.name()));
        }
    }

    @Test
    void searchResultSurvivesCsv() throws Exception {
        SearchResult imported = SharedData.bundledRa2();
        var out = new ByteArrayOutputStream();
        SearchResultCsv.write(imported, out);
        assertEquals(imported, SearchResultCsv.read("ra2.csv", new ByteArrayInputStream(out.toByteArray())));
    }

    @Test
    void signalModelsSurviveJsonCsvAndTheDatabaseVerbatim() throws Exception {
        SignalModel model = model(HOSTILE);
        var models = new SignalModels(Ra2Search.ANALYSIS.name(), List.of(model, model("T1bbbb_1000_800")));
        var json = new ByteArrayOutputStream();
        SignalModelJson.write(models, json);
        assertEquals(models, SignalModelJson.read("m.json", new ByteArrayInputStream(json.toByteArray())));
        var csv = new ByteArrayOutputStream();
        SignalModelCsv.write(models.analysis(), model, csv);
        assertEquals(new SignalModels(models.analysis(), List.of(model)),
                SignalModelCsv.read("m.csv", new ByteArrayInputStream(csv.toByteArray())));
        try (ResultsDatabase database = ResultsDatabase.openEmbedded(folder.resolve("db"))) {
            database.searchResults().store(SharedData.bundledRa2());
            database.signalModels().store(models.analysis(), models.models(), false);
            assertEquals(model, database.signalModels().get(Ra2Search.ANALYSIS.name(), HOSTILE));
            assertEquals(List.of(HOSTILE, "T1bbbb_1000_800").stream().sorted().toList(),
                    database.signalModels().names(Ra2Search.ANALYSIS.name()));
            assertEquals(List.of(Ra2Search.ANALYSIS.name()), List.copyOf(database.signalModels().namesByAnalysis()
                    .keySet()));
        }
    }

    @Test
    void summariesListEveryModelWithItsParametersInOrderWithoutYields() throws Exception {
        SignalModel twoParameters = model("T1tttt_1500_100");
        Map<String, Double> reversed = new LinkedHashMap<>();
        reversed.put("mLSP", 800.0);
        reversed.put("mGluino", 1000.0);
        SignalModel reversedOrder = new SignalModel("A_first", "T1bbbb", reversed, 0.3, "", twoParameters.yields());
        SignalModel none = new SignalModel("none", "", Map.of(), 1, "", twoParameters.yields());
        try (ResultsDatabase database = ResultsDatabase.openEmbedded(folder.resolve("db"))) {
            database.searchResults().store(SharedData.bundledRa2());
            database.signalModels().store(Ra2Search.ANALYSIS.name(), List.of(twoParameters, reversedOrder, none),
                    false);
            List<SignalModelSummary> summaries = database.signalModels().summaries();
            String analysis = Ra2Search.ANALYSIS.name();
            assertEquals(List.of(new SignalModelSummary("A_first", "T1bbbb", analysis, reversed, 0.3, ""),
                    new SignalModelSummary("T1tttt_1500_100", "T1tttt", analysis, twoParameters.parameters(), 0.0141,
                            "test 'provenance'; seed=1"),
                    new SignalModelSummary("none", "", analysis, Map.of(), 1, "")), summaries);
            assertEquals(List.of("mLSP", "mGluino"), List.copyOf(summaries.get(0).parameters().keySet()));
        }
    }

    @Test
    void systematicVariationsSurviveJsonAndTheDatabaseVerbatim() throws Exception {
        SignalModel plain = model("T1tttt_1500_100");
        double[] up = plain.yields().stream().mapToDouble(yield -> yield.value() * (1 + 1.0 / 3)).toArray();
        double[] down = plain.yields().stream().mapToDouble(yield -> yield.value() / 3).toArray();
        SignalModel varied = new SignalModel(plain.name(), plain.family(), plain.parameters(), plain.crossSectionPb(),
                plain.provenance(), plain.yields(), List.of(SignalVariation.of("JECUnc", up, down),
                        SignalVariation.of("ISR \u00e9 \"quoted\"", down, up)));
        var models = new SignalModels(Ra2Search.ANALYSIS.name(), List.of(varied));
        var json = new ByteArrayOutputStream();
        SignalModelJson.write(models, json);
        assertEquals(models, SignalModelJson.read("m.json", new ByteArrayInputStream(json.toByteArray())));
        try (ResultsDatabase database = ResultsDatabase.openEmbedded(folder.resolve("db"))) {
            database.searchResults().store(SharedData.bundledRa2());
            database.signalModels().store(models.analysis(), models.models(), false);
            assertEquals(varied, database.signalModels().get(Ra2Search.ANALYSIS.name(), varied.name()));
            // saved again without variations, it reads back without them
            database.signalModels().store(models.analysis(), List.of(plain), true);
            assertEquals(plain, database.signalModels().get(Ra2Search.ANALYSIS.name(), plain.name()));
        }
    }

    @Test
    void aVersion1FileReadsAsModelsWithoutVariations() throws Exception {
        var json = new ByteArrayOutputStream();
        SignalModelJson.write(new SignalModels(Ra2Search.ANALYSIS.name(), List.of(model("m"))), json);
        String version2 = json.toString(StandardCharsets.UTF_8);
        String version1 = version2.replaceFirst("\"version\"\\s*:\\s*2", "\"version\": 1");
        assertNotEquals(version2, version1);
        assertEquals(List.of(model("m")), SignalModelJson.read("v1.json",
                new ByteArrayInputStream(version1.getBytes(StandardCharsets.UTF_8))).models());
    }

    static SignalModel model(String name) {
        Map<String, Double> parameters = new LinkedHashMap<>();
        parameters.put("mGluino", 1500.0);
        parameters.put("mLSP", 100.0);
        List<SignalYield> yields = new ArrayList<>();
        for (int bin = 0; bin < Ra2Search.BIN_COUNT; bin++) {
            yields.add(new SignalYield(bin % 7 == 0 ? 0 : 0.01 * bin + 1.0 / 3, 0.001 * bin));
        }
        return new SignalModel(name, "T1tttt", parameters, 0.0141, "test 'provenance'; seed=1", yields);
    }
}
