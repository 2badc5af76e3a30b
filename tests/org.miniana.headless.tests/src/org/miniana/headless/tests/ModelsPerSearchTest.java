/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.miniana.core.AnalysisRun;
import org.miniana.core.Ra2Search;
import org.miniana.core.SignalModel;
import org.miniana.data.ResultsDatabase;
import org.miniana.data.io.SignalModelJson;
import org.miniana.data.io.SignalModelJson.SignalModels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Two searches in one database, each with a model of the same name: the commands find a model in
 * the search given with --analysis, and each search's analysis reads its own model.
 */
class ModelsPerSearchTest {

    private static final String RA2 = Ra2Search.ANALYSIS.name();
    private static final String SECOND = "SECOND-SEARCH";
    private static final String TWIN = "twin";

    @TempDir
    Path folder;

    @Test
    void eachSearchAnalysesItsOwnModelOfASharedName() throws Exception {
        String db = folder.resolve("db").toString();
        // the second search: the bundled one exported and imported again under another name
        Path search = folder.resolve("search.json");
        assertSucceeds("--db", db, "export", "--analysis", RA2, "-o", search.toString());
        assertSucceeds("--db", db, "import", "--name", SECOND, search.toString());
        SignalModel ra2Twin = TestModels.model(TWIN, 1);
        SignalModel secondTwin = TestModels.model(TWIN, 3);
        assertSucceeds("--db", db, "import", write("ra2.json", RA2, ra2Twin).toString(),
                write("second.json", SECOND, secondTwin).toString());

        ProductProcess.Result listed = assertSucceeds("--db", db, "models", "list");
        assertEquals(List.of("twin  " + RA2, "twin  " + SECOND), listed.outLines());
        JsonNode shown = new ObjectMapper().readTree(assertSucceeds("--db", db, "models", "show", TWIN, "--analysis",
                SECOND, "--json").out());
        assertEquals(SECOND, shown.get("analysis").asText());
        assertEquals(secondTwin.yield(4).value(), shown.at("/yields/4/value").asDouble());
        ProductProcess.Result twice = ProductProcess.run("--db", db, "import", write("again.json", SECOND,
                secondTwin).toString());
        assertEquals(1, twice.exitCode(), twice.err());
        assertTrue(twice.err().contains("A signal model named 'twin' is stored already for " + SECOND), twice.err());

        for (String analysis : List.of(RA2, SECOND)) {
            assertSucceeds("--db", db, "analyze", TWIN, "--analysis", analysis, "--no-report", "--statistics",
                    "one-bin", "--optimizer", "greedy-q");
        }
        try (ResultsDatabase database = ResultsDatabase.openEmbedded(Path.of(db))) {
            assertSignalOf(ra2Twin, database.runs().forModel(RA2, TWIN));
            assertSignalOf(secondTwin, database.runs().forModel(SECOND, TWIN));
        }

        assertSucceeds("--db", db, "models", "delete", TWIN, "--analysis", SECOND);
        assertEquals(List.of("twin  " + RA2), assertSucceeds("--db", db, "models", "list").outLines());
    }

    /** One run, whose signal is its model's yields summed over the bins it chose. */
    private static void assertSignalOf(SignalModel model, List<AnalysisRun> runs) {
        assertEquals(1, runs.size());
        AnalysisRun run = runs.get(0);
        assertEquals(run.bins().stream().mapToDouble(bin -> model.yield(bin).value()).sum(), run.signal(), 1e-9,
                run.analysis());
    }

    private Path write(String file, String analysis, SignalModel model) throws Exception {
        Path path = folder.resolve(file);
        try (OutputStream out = Files.newOutputStream(path)) {
            SignalModelJson.write(new SignalModels(analysis, List.of(model)), out);
        }
        return path;
    }

    private static ProductProcess.Result assertSucceeds(String... arguments) throws Exception {
        ProductProcess.Result result = ProductProcess.run(arguments);
        assertEquals(0, result.exitCode(), result.err());
        return result;
    }
}
