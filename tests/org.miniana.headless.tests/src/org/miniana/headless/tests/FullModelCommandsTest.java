/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.miniana.data.ResultsDatabase;
import org.osgi.framework.FrameworkUtil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/** {@code fit} and {@code export --format combine|pyhf} on the stored full model, through the product. */
class FullModelCommandsTest {

    @TempDir
    Path folder;

    @Test
    void fitsTheRa2LikelihoodBackgroundOnly() throws Exception {
        ProductProcess.Result result = ProductProcess.run("--db", folder.resolve("db").toString(), "fit", "--pulls", "5");
        assertEquals(0, result.exitCode(), result.err());
        List<String> lines = result.outLines();
        assertTrue(lines.get(0).startsWith("Background-only fit of CMS-PAS-SUS-16-014: 520 channels, 2028 nuisances;"
                + " converged"), lines.get(0));
        String[] total = lines.stream().filter(line -> line.trim().startsWith("total")).findFirst().orElseThrow().trim()
                .split("\\s+");
        assertEquals("21963", total[1]);
        double prefit = Double.parseDouble(total[2]);
        double postfit = Double.parseDouble(total[3]);
        // CMS's pre-fit table sums to 21236; the fit pulls the prediction towards the 21963 observed
        assertEquals(21236, prefit, 10);
        assertEquals(21963, postfit, 0.01 * 21963);
        assertTrue(Math.abs(postfit - 21963) < Math.abs(prefit - 21963), "the fit moves towards the data");
        assertTrue(result.out().contains("nuisances end at a bound"), result.out());
    }

    @Test
    void exportsTheModelAsCombineCards() throws Exception {
        Path cards = folder.resolve("cards");
        ProductProcess.Result result = ProductProcess.run("--db", folder.resolve("db").toString(), "export",
                "--analysis", "CMS-PAS-SUS-16-014", "--format", "combine", "-o", cards.toString());
        assertEquals(0, result.exitCode(), result.err());
        try (Stream<Path> files = Files.walk(cards)) {
            assertEquals(520, files.filter(path -> path.getFileName().toString().startsWith("card_")).count());
        }
        String bin117 = Files.readString(cards.resolve("SR/card_signal117.txt"));
        assertTrue(bin117.contains("observation 1\n"), bin117);
        assertTrue(bin117.contains("LLSCSRNJets2_BTags3_MHT2_HT7 lnU - - 100.0 - 100.0 - -"), bin117);
        assertTrue(Files.exists(cards.resolve("processes.properties")));
        assertTrue(Files.exists(cards.resolve("bins.csv")));

        ProductProcess.Result again = ProductProcess.run("--db", folder.resolve("db").toString(), "export", "--analysis",
                "CMS-PAS-SUS-16-014", "--format", "combine", "-o", cards.toString());
        assertEquals(1, again.exitCode());
        assertTrue(again.err().contains("not empty"), again.err());
        assertFalse(again.err().contains("Exception"), again.err());
    }

    @Test
    void exportsThePyhfWorkspaceAndReplacesItOnlyWithForce() throws Exception {
        String db = folder.resolve("db").toString();
        Path file = folder.resolve("ra2.json");
        ProductProcess.Result result = ProductProcess.run("--db", db, "export", "--analysis", "CMS-PAS-SUS-16-014",
                "--format", "pyhf", "-o", file.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.err().contains("Note: lnU 'METResolutionSys' has different ranges"), result.err());
        JsonNode workspace = new ObjectMapper().readTree(file.toFile());
        try (InputStream schema = FrameworkUtil.getBundle(ResultsDatabase.class)
                .getEntry("schema/pyhf-workspace-1.0.0.schema.json").openStream()) {
            assertEquals(List.of(), SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_6).getSchema(schema)
                    .validate(workspace).stream().map(Error::toString).toList());
        }
        assertEquals(520, workspace.get("channels").size());
        assertEquals("CMS-PAS-SUS-16-014", workspace.at("/measurements/0/name").asText());
        assertEquals(0.0, workspace.at("/channels/0/samples/0/data/0").asDouble(), "background only");

        ProductProcess.Result again = ProductProcess.run("--db", db, "export", "--analysis", "CMS-PAS-SUS-16-014",
                "--format", "pyhf", "-o", file.toString());
        assertEquals(1, again.exitCode());
        assertTrue(again.err().startsWith("miniana: " + file + " exists; choose another file or give --force"),
                again.err());
        assertFalse(again.err().contains("Exception"), again.err());

        ProductProcess.Result added = ProductProcess.run("--db", db, "models", "add", "T1tttt:1400:200:events=2000");
        assertEquals(0, added.exitCode(), added.err());
        ProductProcess.Result forced = ProductProcess.run("--db", db, "export", "--analysis", "CMS-PAS-SUS-16-014",
                "--model", "T1tttt_1400_200", "--format", "pyhf", "-o", file.toString(), "--force");
        assertEquals(0, forced.exitCode(), forced.err());
        workspace = new ObjectMapper().readTree(file.toFile());
        assertEquals("CMS-PAS-SUS-16-014 / T1tttt_1400_200", workspace.at("/measurements/0/name").asText());
        double signal = 0;
        for (JsonNode channel : workspace.get("channels")) {
            signal += channel.at("/samples/0/data/0").asDouble();
        }
        assertTrue(signal > 1, "the model's signal in the search bins: " + signal);
    }

    @Test
    void refusesASearchWithoutAFullModelAndMisplacedOptions() throws Exception {
        String db = folder.resolve("db").toString();
        Path example = folder.resolve("search-result.json");
        try (InputStream in = FrameworkUtil.getBundle(ResultsDatabase.class).getEntry("examples/search-result.json")
                .openStream()) {
            Files.copy(in, example);
        }
        ProductProcess.Result imported = ProductProcess.run("--db", db, "import", example.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        Path file = folder.resolve("example.json");
        ProductProcess.Result noModel = ProductProcess.run("--db", db, "export", "--analysis", "EXAMPLE-2BIN",
                "--format", "pyhf", "-o", file.toString());
        assertEquals(1, noModel.exitCode());
        assertTrue(noModel.err().startsWith("miniana: The search 'EXAMPLE-2BIN' was not imported from datacards, so it"
                + " has no full statistical model to export"), noModel.err());
        assertFalse(Files.exists(file));

        ProductProcess.Result noSearch = ProductProcess.run("--db", db, "export", "--model", "X", "--format", "pyhf",
                "-o", file.toString());
        assertEquals(2, noSearch.exitCode());
        assertTrue(noSearch.err().contains("--format pyhf writes a search (--analysis)"), noSearch.err());
        ProductProcess.Result force = ProductProcess.run("--db", db, "export", "--analysis", "EXAMPLE-2BIN", "-o",
                file.toString(), "--force");
        assertEquals(2, force.exitCode());
        assertTrue(force.err().contains("--force is for --format pyhf"), force.err());
    }
}
