/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.miniana.testing.SchemaAssertions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code miniana validate limits} as a separate process, on a coarse grid with few events. */
class ValidateCommandTest {

    @TempDir
    Path folder;

    @Test
    void printsTheComparisonWithCmsAndWritesTheRatioMaps() throws Exception {
        String db = folder.resolve("db").toString();
        Path figures = folder.resolve("figures");
        ProductProcess.Result text = ProductProcess.run("--db", db, "validate", "limits", "T1qqqq", "--step", "500",
                "--events", "2000", "-o", figures.toString());
        assertEquals(0, text.exitCode(), text.err());
        List<String> lines = text.outLines();
        assertTrue(lines.get(0).startsWith("T1qqqq against CMS-PAS-SUS-16-014, Figure 10"), text.out());
        assertTrue(lines.get(1).contains("9 compared (m_gluino 1000-2000 GeV, m_LSP <= m_gluino - 200 GeV, step 500"
                + " GeV), 0 without a CMS limit, 0 failed"), text.out());
        assertTrue(lines.get(2).matches("  ratio +ours/CMS median [0-9.]+, 5% [0-9.]+, 95% [0-9.]+; [0-9.]+% within"
                + " 0.75-1.33"), text.out());
        assertEquals(3, lines.stream().filter(line -> line.matches("  goal +(PASS|MISS) .*")).count(), text.out());
        assertTrue(text.err().contains("T1qqqq: 9 points"), text.err());
        for (String file : List.of("limits-ratio-T1qqqq.png", "limits-ratio-T1qqqq.pdf")) {
            assertTrue(Files.size(figures.resolve(file)) > 0, file);
        }

        // the same points again, from the stored runs, as JSON
        ProductProcess.Result json = ProductProcess.run("--db", db, "validate", "limits", "T1qqqq", "--step", "500",
                "--json", "-o", figures.toString());
        assertEquals(0, json.exitCode(), json.err());
        JsonNode document = new ObjectMapper().readTree(json.out());
        assertEquals(List.of(), SchemaAssertions.errors(CommandConventionsTest.schema("validate-limits"), document));
        JsonNode family = document.at("/families/0");
        assertEquals(9, family.get("points").asInt());
        assertEquals("1.1", document.get("schemaVersion").asText());
        JsonNode pointRatios = family.get("pointRatios");
        assertEquals(9, pointRatios.size());
        List<Double> ratios = new java.util.ArrayList<>();
        for (JsonNode point : pointRatios) {
            assertEquals(point.get("oursPb").asDouble() / point.get("publishedPb").asDouble(),
                    point.get("ratio").asDouble(), 1e-12 * point.get("ratio").asDouble());
            ratios.add(point.get("ratio").asDouble());
        }
        assertEquals(family.at("/ratio/median").asDouble(), ratios.stream().sorted().toList().get(4), 1e-12,
                "the median of the nine ratios");
        assertEquals(lines.get(2), String.format(java.util.Locale.ROOT,
                "  ratio      ours/CMS median %.3f, 5%% %.3f, 95%% %.3f; %.1f%% within 0.75-1.33",
                family.at("/ratio/median").asDouble(), family.at("/ratio/quantile05").asDouble(),
                family.at("/ratio/quantile95").asDouble(), 100 * family.at("/ratio/fractionWithin").asDouble()),
                "the stored runs give the same numbers");
        SchemaAssertions.assertInvalid(CommandConventionsTest.schema("validate-limits"), (ObjectNode) document,
                changed -> ((ObjectNode) changed.at("/families/0/ratio")).remove("median"), "median");
    }

    @Test
    void refusesAFamilyWithoutPublishedLimitsAndStandardOutputForTheFigures() throws Exception {
        ProductProcess.Result family = ProductProcess.run("--db", folder.resolve("db").toString(), "validate",
                "limits", "T1tttt");
        assertEquals(2, family.exitCode(), family.err());
        assertTrue(family.err().contains("bundled for T1bbbb and T1qqqq only, not for T1tttt"), family.err());
        ProductProcess.Result dash = ProductProcess.run("--db", folder.resolve("db").toString(), "validate",
                "limits", "-o", "-");
        assertEquals(2, dash.exitCode(), dash.err());
        assertTrue(dash.err().contains("-o takes a folder for the figures, not '-'"), dash.err());
    }

    @Test
    void printsTheEfficienciesAgainstTheRecastPerRegion() throws Exception {
        ProductProcess.Result text = ProductProcess.run("validate", "efficiencies", "T1qqqq", "--events", "1000");
        assertEquals(0, text.exitCode(), text.err());
        List<String> lines = text.outLines();
        assertEquals("T1qqqq against CMS-SUS-16-033 aggregate search regions, recast by SModelS: 143 points",
                lines.get(0));
        assertEquals(3 + 12, lines.size(), text.out());
        assertTrue(lines.get(4).matches("   2  Njets >=3, Nb 0, HT >=1500, MHT >=750 +[0-9]+  [0-9.]+ \\([0-9.]+-[0-9.]+\\) +"
                + "[0-9.]+ / 0\\.1263"), lines.get(4));
        // no recast efficiency of T1qqqq reaches 1% with >= 3 b-tags
        assertTrue(lines.get(10).matches("   8  Njets >=5, Nb >=3, HT >=500, MHT >=500 +0  - +.*"), lines.get(10));
        assertTrue(text.err().contains("143/143 points simulated"), text.err());

        ProductProcess.Result json = ProductProcess.run("validate", "efficiencies", "T1qqqq", "--events", "1000",
                "--json");
        assertEquals(0, json.exitCode(), json.err());
        JsonNode document = new ObjectMapper().readTree(json.out());
        assertEquals(List.of(), SchemaAssertions.errors(CommandConventionsTest.schema("validate-efficiencies"),
                document));
        JsonNode region2 = document.at("/families/0/regions/1");
        assertTrue(lines.get(4).contains(String.format(java.util.Locale.ROOT, "%.2f (%.2f-%.2f)",
                region2.get("median").asDouble(), region2.get("quantile10").asDouble(),
                region2.get("quantile90").asDouble())), "the same seed gives the same numbers: " + lines.get(4));
        JsonNode point = document.at("/families/0/points/0");
        assertEquals(1000, point.get("mGluinoGeV").asDouble());
        assertEquals(12, point.get("ours").size());
        assertEquals(0.19465, document.at("/families/0/points/0/recast/0").asDouble(), 0, "T1qqqq 1000/10, region 1");
        SchemaAssertions.assertInvalid(CommandConventionsTest.schema("validate-efficiencies"), (ObjectNode) document,
                changed -> ((ObjectNode) changed.at("/families/0/regions/0")).remove("median"), "median");

        ProductProcess.Result tttt = ProductProcess.run("validate", "efficiencies", "T1tttt");
        assertEquals(2, tttt.exitCode(), tttt.err());
        assertTrue(tttt.err().contains("T1bbbb and T1qqqq only, not for T1tttt"), tttt.err());
    }
}
