/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.miniana.analysis.AnalysisOutcome;
import org.miniana.analysis.ScanResult;
import org.miniana.figure.Layer;
import org.miniana.figure.analysis.ExclusionContours;
import org.miniana.report.example.TestRuns;
import org.miniana.report.internal.HepDataGenerator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The HEPData record: HEPData's submission format, with the numbers of the run or scan. */
class HepDataTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void aScanGivesItsContoursAndLimitsAsTables(@TempDir Path output) throws Exception {
        ScanResult scan = TestRuns.scan();
        Path folder = generate(ReportSubject.of(scan, TestRuns.ra2()), output);
        List<JsonNode> documents = submission(folder);
        assertTrue(documents.get(0).get("comment").asText().contains("CMS-PAS-SUS-16-014"));
        List<ExclusionContours.Line> contours = ExclusionContours.of(scan);
        int table = 1;
        for (ExclusionContours.Line contour : contours) {
            for (Layer.Polyline line : contour.lines()) {
                JsonNode entry = documents.get(table);
                assertTrue(entry.get("name").asText().startsWith("Exclusion contour " + contour.id()), entry.toString());
                JsonNode data = YAML.readTree(folder.resolve(entry.get("data_file").asText()).toFile());
                assertEquals("M(GLUINO)", data.at("/independent_variables/0/header/name").asText());
                assertEquals("GEV", data.at("/independent_variables/0/header/units").asText());
                JsonNode masses = data.at("/independent_variables/0/values");
                JsonNode lsp = data.at("/dependent_variables/0/values");
                assertEquals(line.size(), masses.size());
                for (int i = 0; i < line.size(); i++) {
                    assertEquals(line.x().get(i), masses.get(i).get("value").asDouble());
                    assertEquals(line.y().get(i), lsp.get(i).get("value").asDouble());
                }
                assertQualifiers(data);
                table++;
            }
        }
        assertTrue(table > 1, "the scan's contours cross it");
        JsonNode limits = YAML.readTree(folder.resolve(documents.get(table).get("data_file").asText()).toFile());
        assertEquals("Cross-section upper limits", documents.get(table).get("name").asText());
        assertEquals(table + 1, documents.size());
        assertEquals(scan.points().size(), limits.at("/dependent_variables/0/values").size());
        assertEquals("PB", limits.at("/dependent_variables/0/header/units").asText());
        var first = scan.points().get(0);
        assertEquals(first.full().orElseThrow().observedLimit() * first.crossSectionPb(),
                limits.at("/dependent_variables/0/values/0/value").asDouble(), 1e-15);
        assertEquals(first.point().mLsp(), limits.at("/independent_variables/1/values/0/value").asDouble());
    }

    @Test
    void aRunGivesItsMergedBin(@TempDir Path output) throws Exception {
        AnalysisOutcome outcome = TestRuns.highMultiplicity();
        Path folder = generate(ReportSubject.of(outcome), output);
        List<JsonNode> documents = submission(folder);
        assertEquals(2, documents.size());
        JsonNode data = YAML.readTree(folder.resolve(documents.get(1).get("data_file").asText()).toFile());
        JsonNode labels = data.at("/independent_variables/0/values");
        JsonNode yields = data.at("/dependent_variables/0/values");
        int processes = outcome.search().processes().size();
        assertEquals("Total background", labels.get(processes).get("value").asText());
        assertEquals(outcome.test().background(), yields.get(processes).get("value").asDouble(), 1e-12);
        assertEquals(outcome.test().backgroundUp(),
                yields.get(processes).at("/errors/0/asymerror/plus").asDouble(), 1e-12);
        assertEquals(outcome.test().observed(), yields.get(processes + 2).get("value").asDouble());
        assertEquals(outcome.test().limit().signal(), yields.get(processes + 3).get("value").asDouble(), 1e-12);
        assertQualifiers(data);
    }

    private static void assertQualifiers(JsonNode data) {
        JsonNode qualifiers = data.at("/dependent_variables/0/qualifiers");
        assertEquals("SQRT(S)", qualifiers.get(0).get("name").asText());
        assertEquals(13000, qualifiers.get(0).get("value").asDouble(), 1e-9);
        assertEquals("LUMINOSITY", qualifiers.get(1).get("name").asText());
        assertEquals(12.9, qualifiers.get(1).get("value").asDouble(), 0.01);
    }

    private static Path generate(ReportSubject subject, Path output) throws Exception {
        ReportRegistry.fromPlatform().run(List.of("hepdata"), new ReportRequest(subject,
                new ReportSettings("T", "A. Physicist", "Lab"), "/data/db", output), new NullProgressMonitor());
        Path folder = output.resolve(HepDataGenerator.FOLDER);
        assertTrue(Files.isRegularFile(folder.resolve(HepDataGenerator.SUBMISSION)));
        return folder;
    }

    /** The documents of submission.yaml: the comment first, then one per table. */
    private static List<JsonNode> submission(Path folder) throws Exception {
        List<JsonNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> read = YAML.readerFor(JsonNode.class)
                .readValues(folder.resolve(HepDataGenerator.SUBMISSION).toFile())) {
            read.forEachRemaining(documents::add);
        }
        return documents;
    }
}
