/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.miniana.analysis.AnalysisOutcome;
import org.miniana.report.example.TestRuns;
import org.miniana.testing.RecordingLog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The registry reads the contributions, skips broken ones, and writes a run's reports whole or not at all. */
class ReportRegistryTest {

    private static final String EXAMPLE = "org.miniana.report.example";

    private static AnalysisOutcome outcome;
    private RecordingLog log;
    private ReportRegistry registry;

    @BeforeAll
    static void analyse() throws Exception {
        outcome = TestRuns.highMultiplicity();
    }

    @BeforeEach
    void readRegistry() {
        log = new RecordingLog();
        registry = new ReportRegistry(Platform.getExtensionRegistry(), log);
    }

    @Test
    void builtInsComeFirstThenOtherBundlesByName() {
        assertEquals(List.of("json-summary", "markdown-summary", "hepdata", "figures", "example-yields", "example-failing",
                "broken-class", "broken-type", "latex-paper"), registry.descriptors().stream().map(ReportGeneratorDescriptor::id).toList());
        ReportGeneratorDescriptor latex = registry.find("latex-paper").orElseThrow();
        assertEquals("org.miniana.report.latex", latex.contributor());
        assertEquals("LaTeX paper", latex.name());
        assertEquals(EXAMPLE, registry.find("example-yields").orElseThrow().contributor());
    }

    @Test
    void malformedContributionsAreLoggedAndSkipped() {
        List<String> errors = log.errors();
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains(EXAMPLE) && errors.get(0).contains("no-name"), errors.get(0));
        assertTrue(errors.get(1).contains("'json-summary'") && errors.get(1).contains("taken"), errors.get(1));
        assertEquals("org.miniana.report", registry.find("json-summary").orElseThrow().contributor());
    }

    @Test
    void generatorsWhoseClassCannotBeCreatedAreSkippedWithAnError() {
        assertTrue(registry.generator("broken-class").isEmpty());
        assertTrue(registry.generator("broken-type").isEmpty());
        assertTrue(registry.generator("example-yields").isPresent());
        List<String> errors = log.errors().subList(2, log.errors().size());
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("broken-class") && errors.get(0).contains("cannot be created"), errors.get(0));
        assertTrue(errors.get(1).contains("NotAGenerator") && errors.get(1).contains("does not implement"),
                errors.get(1));
    }

    @Test
    void aRunWritesEveryGeneratorsFilesAndTheFiguresOnce(@TempDir Path folder) throws Exception {
        Path output = folder.resolve("report");
        ReportResult result = registry.run(List.of("example-yields", "json-summary"), request(output),
                new NullProgressMonitor());

        assertEquals(output, result.folder());
        List<String> names = result.files().stream().map(file -> output.relativize(file).toString()).toList();
        assertTrue(names.contains("yields.txt") && names.contains("summary.json"), names.toString());
        for (String id : List.of("njets", "nb", "mht", "ht", "bin-map", "p-value")) {
            assertTrue(names.contains("figures/" + id + ".pdf") && names.contains("figures/" + id + ".png"),
                    id + " missing from " + names);
        }
        assertEquals(names, files(output), "the result lists exactly what is in the folder");
        assertTrue(result.files().stream().allMatch(file -> file.toFile().length() > 0));
        assertEquals("S " + outcome.test().signal(), Files.readAllLines(output.resolve("yields.txt")).get(0));
    }

    @Test
    void figuresAreRenderedOnlyForARunWithAGeneratorThatUsesThem(@TempDir Path folder) throws Exception {
        assertEquals(List.of("markdown-summary", "figures", "example-yields", "example-failing", "broken-class",
                "broken-type", "latex-paper"),
                registry.descriptors().stream().filter(ReportGeneratorDescriptor::usesFigures)
                        .map(ReportGeneratorDescriptor::id).toList(),
                "json-summary and hepdata declare figures=\"false\"; a contribution that says nothing gets them");

        Path without = folder.resolve("without");
        ReportResult result = registry.run(List.of("json-summary", "hepdata"), request(without),
                new NullProgressMonitor());
        assertTrue(result.files().stream().noneMatch(file -> file.startsWith(without.resolve("figures"))),
                result.files().toString());
        assertTrue(files(without).contains("summary.json"), files(without).toString());
        assertEquals(0, new ObjectMapper().readTree(without.resolve("summary.json").toFile()).get("figures").size());

        Path with = folder.resolve("with");
        registry.run(List.of("json-summary", "figures"), request(with), new NullProgressMonitor());
        JsonNode listed = new ObjectMapper().readTree(with.resolve("summary.json").toFile()).get("figures");
        assertEquals(6, listed.size());
        for (JsonNode figure : listed) {
            assertTrue(Files.size(with.resolve(figure.get("pdf").asText())) > 0, figure.toString());
            assertTrue(Files.size(with.resolve(figure.get("png").asText())) > 0, figure.toString());
        }
    }

    @Test
    void aFailingGeneratorLeavesTheOutputAsItWas(@TempDir Path output) throws Exception {
        Files.writeString(output.resolve("notes.txt"), "mine");
        Files.writeString(output.resolve("summary.json"), "an earlier report");

        CoreException failure = assertThrows(CoreException.class, () -> registry.run(
                List.of("json-summary", "example-failing"), request(output), new NullProgressMonitor()));

        assertTrue(failure.getMessage().contains("example-failing") && failure.getMessage().contains("disk full"),
                failure.getMessage());
        assertEquals(List.of("notes.txt", "summary.json"), files(output), "no figures, no partial files, no work folder");
        assertEquals("an earlier report", Files.readString(output.resolve("summary.json")));
    }

    @Test
    void unknownOrBrokenGeneratorsAreRefusedBeforeAnythingIsWritten(@TempDir Path folder) {
        Path output = folder.resolve("report");
        CoreException unknown = assertThrows(CoreException.class,
                () -> registry.run(List.of("json-summary", "nope"), request(output), new NullProgressMonitor()));
        assertTrue(unknown.getMessage().contains("'nope'") && unknown.getMessage().contains("latex-paper"),
                unknown.getMessage());
        CoreException broken = assertThrows(CoreException.class,
                () -> registry.run(List.of("broken-type"), request(output), new NullProgressMonitor()));
        assertTrue(broken.getMessage().contains("broken-type") && broken.getMessage().contains(EXAMPLE),
                broken.getMessage());
        assertFalse(Files.exists(output));
    }

    @Test
    void thePlatformRegistryListsTheSameContributions() {
        assertEquals(registry.descriptors(), ReportRegistry.fromPlatform().descriptors());
    }

    private static ReportRequest request(Path output) {
        return new ReportRequest(ReportSubject.of(outcome), new ReportSettings("", "A. Physicist", ""), "/tmp/db",
                output);
    }

    /** Every file under the folder, relative, sorted. */
    static List<String> files(Path folder) throws Exception {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(path -> !path.equals(folder)).filter(path -> Files.isRegularFile(path)
                    || Files.isDirectory(path) && path.getFileName().toString().startsWith("."))
                    .map(path -> folder.relativize(path).toString()).sorted().toList();
        }
    }
}
