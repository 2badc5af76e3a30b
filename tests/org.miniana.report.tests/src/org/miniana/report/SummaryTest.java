/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.miniana.analysis.AnalysisOutcome;
import org.miniana.analysis.CountingTest;
import org.miniana.analysis.ScanPoint;
import org.miniana.analysis.ScanResult;
import org.miniana.core.AnalysisRun;
import org.miniana.core.Estimate;
import org.miniana.core.RunDetails;
import org.miniana.core.LikelihoodResult;
import org.miniana.figure.Layer;
import org.miniana.figure.analysis.ExclusionContours;
import org.miniana.optimize.bench.Ra2SyntheticSignal;
import org.miniana.report.example.TestRuns;
import org.miniana.report.internal.JsonSummaryGenerator;
import org.miniana.report.internal.MarkdownSummaryGenerator;
import org.miniana.signal.FastSimulation;
import org.miniana.testing.SchemaAssertions;
import org.osgi.framework.FrameworkUtil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/** The JSON summary against its schema file, and the Markdown summary with its figures. */
class SummaryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static AnalysisOutcome outcome;
    private static Schema schema;

    @BeforeAll
    static void setUp() throws Exception {
        outcome = TestRuns.highMultiplicity();
        try (InputStream file = FrameworkUtil.getBundle(ReportRegistry.class).getEntry("schema/summary-1.schema.json")
                .openStream()) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(file);
        }
    }

    @Test
    void theSummaryOfARunIsValidAndHoldsItsNumbers(@TempDir Path output) throws Exception {
        ReportRegistry.fromPlatform().run(List.of("json-summary", "figures"),
                        new ReportRequest(ReportSubject.of(outcome), new ReportSettings("T", "A. Physicist", "Lab"),
                                "/data/db", output), new NullProgressMonitor());
        JsonNode summary = JSON.readTree(output.resolve(JsonSummaryGenerator.FILE).toFile());
        assertEquals(List.of(), errors(summary));

        CountingTest test = outcome.test();
        assertEquals("analysis", summary.get("kind").asText());
        assertEquals("A. Physicist", summary.get("author").asText());
        assertEquals("/data/db", summary.at("/provenance/database").asText());
        assertEquals("CMS-PAS-SUS-16-014", summary.at("/search/name").asText());
        assertEquals(160, summary.at("/search/bins").asInt());
        assertEquals(12.9, summary.at("/search/luminosity/value").asDouble(), 0.01);
        assertEquals("fb^-1", summary.at("/search/luminosity/unit").asText());
        assertEquals(outcome.model().name(), summary.at("/model/name").asText());
        assertEquals("local-search", summary.at("/options/optimizer").asText());
        assertEquals("hybrid", summary.at("/options/pValueMethod").asText());
        assertEquals(outcome.bins().size(), summary.at("/selection/bins").size());
        assertEquals(test.signal(), summary.at("/yields/signal").asDouble());
        assertEquals(test.background(), summary.at("/yields/background/value").asDouble());
        assertEquals(test.backgroundUp(), summary.at("/yields/background/up").asDouble());
        assertEquals(test.observed(), summary.at("/yields/observed").asLong());
        assertEquals(test.expected().z(), summary.at("/test/expected/z").asDouble());
        assertEquals(test.observedPValue().p(), summary.at("/test/observed/p").asDouble());
        assertEquals(test.limit().signal(), summary.at("/limits/signal/observed").asDouble());
        assertEquals(test.expectedSignalStrengthLimits().median(),
                summary.at("/limits/signalStrength/expected/median").asDouble());
        // the merged signal's uncertainty, at least the cards' lumi, isolated-track and jet-ID terms (1.5)
        assertTrue(test.signalUncertainty().up() > Math.sqrt(0.027 * 0.027 + 0.02 * 0.02 + 0.01 * 0.01),
                test.signalUncertainty().toString());
        assertEquals(test.signalUncertainty().up(), summary.at("/limits/signalUncertainty/relativeUp").asDouble());
        assertEquals(test.signalUncertainty().down(), summary.at("/limits/signalUncertainty/relativeDown").asDouble());
        assertEquals("statistical-model", summary.at("/limits/signalUncertainty/source").asText());
        // the processes add up to the total, independently of how the generator wrote them
        double sum = 0;
        for (JsonNode process : summary.at("/yields/processes")) {
            sum += process.get("value").asDouble();
        }
        assertEquals(test.background(), sum, 1e-9 * test.background());
        Estimate first = outcome.backgrounds().get(0);
        assertEquals(first.totalUp(), summary.at("/yields/processes/0/up").asDouble());
        // the full likelihood beside the merged bin (schema 1.1)
        LikelihoodResult full = outcome.full().orElseThrow();
        assertEquals("1.6", summary.get("schemaVersion").asText());
        assertEquals(full.observedLimit(), summary.at("/fullLikelihood/signalStrength/observed").asDouble());
        assertEquals(full.expectedPlus2() * outcome.model().crossSectionPb(),
                summary.at("/fullLikelihood/crossSection/expected/plus2").asDouble(), 1e-12);
        assertEquals(outcome.sensitivityKept().orElseThrow(), summary.get("sensitivityKept").asDouble());
        assertEquals(6, summary.get("figures").size());
        for (JsonNode figure : summary.get("figures")) {
            assertTrue(Files.size(output.resolve(figure.get("png").asText())) > 0, figure.toString());
            assertTrue(Files.size(output.resolve(figure.get("pdf").asText())) > 0, figure.toString());
        }
    }

    @Test
    void documentsThatBreakTheSchemaFailValidation() throws Exception {
        ObjectNode valid = new JsonSummaryGenerator().summary(context(ReportSubject.of(outcome), Path.of("unused")));
        assertEquals(List.of(), errors(valid));

        assertInvalid(valid, document -> ((ObjectNode) document.get("yields")).remove("signal"), "required");
        assertInvalid(valid, document -> ((ObjectNode) document.at("/test/expected")).put("p", 1.5), "maximum");
        assertInvalid(valid, document -> ((ObjectNode) document.get("yields")).put("observed", "twelve"), "integer");
        assertInvalid(valid, document -> document.put("schemaVersion", "2.0"), "pattern");
        assertInvalid(valid, document -> document.put("kind", "scan"), "scan");
        assertInvalid(valid, document -> document.put("unknownField", 1), "unknownField");
        assertInvalid(valid, document -> ((ObjectNode) document.at("/limits/signalUncertainty")).put("source", "guess"),
                "enum");
    }

    @Test
    void theSummaryOfAScanIsValid() throws Exception {
        ScanResult scan = TestRuns.scan();
        JsonNode summary = new JsonSummaryGenerator().summary(context(ReportSubject.of(scan, TestRuns.ra2()),
                Path.of("unused")));
        assertEquals(List.of(), errors(summary));
        assertEquals("scan", summary.get("kind").asText());
        assertEquals(9, summary.at("/scan/points").size());
        assertEquals(scan.points().get(4).run().expectedSignificance(), summary.at("/scan/points/4/test/expected/z")
                .asDouble());
        assertEquals(1600, summary.at("/scan/points/4/masses/mother").asDouble());
        assertEquals("T1tttt_2000_0", summary.at("/scan/failures/0/model").asText());
        assertEquals(scan.points().get(4).full().orElseThrow().expectedMedian(),
                summary.at("/scan/points/4/fullLikelihood/signalStrength/expected/median").asDouble());
        // each point's expected band and method (schema 1.3)
        AnalysisRun fourth = scan.points().get(4).run();
        assertEquals(fourth.expectedSignalLimits().plus1(),
                summary.at("/scan/points/4/limits/signal/expected/plus1").asDouble());
        assertEquals(scan.points().get(4).expectedStrengthLimits().minus2(),
                summary.at("/scan/points/4/limits/signalStrength/expected/minus2").asDouble());
        assertEquals(scan.options().errors().id(), summary.at("/scan/points/4/method/errorCombination").asText());
        assertTrue(summary.at("/scan/points/4/method/seed").isNull(), "the default options draw no random numbers");
        // each point's record (schema 1.6): per-process yields, the cuts as ranges, statistics and model revision
        RunDetails details = fourth.recorded().orElseThrow();
        JsonNode processes = summary.at("/scan/points/4/yields/processes");
        assertEquals(List.copyOf(details.backgrounds().keySet()), processes.findValuesAsText("id"));
        assertEquals(fourth.background(), details.backgrounds().values().stream().mapToDouble(Estimate::value).sum(),
                1e-9 * fourth.background());
        String firstProcess = processes.get(0).get("id").asText();
        assertEquals(details.backgrounds().get(firstProcess).value(), processes.get(0).get("value").asDouble());
        JsonNode ranges = summary.at("/scan/points/4/cutRanges");
        assertEquals(details.cuts().isEmpty(), ranges.isNull());
        for (int i = 0; i < details.cuts().size(); i++) {
            assertEquals(details.cuts().get(i).axis(), ranges.get(i).get("variable").asText());
        }
        assertEquals(scan.options().statistics().id(), summary.at("/scan/points/4/statistics").asText());
        assertEquals(details.modelRevision(), summary.at("/scan/points/4/modelRevision").asText());
        // the exclusion contours (schema 1.2), point for point as the figures draw them
        List<ExclusionContours.Line> contours = ExclusionContours.of(scan);
        JsonNode written = summary.at("/scan/contours");
        assertEquals(contours.stream().map(ExclusionContours.Line::id).toList(),
                written.findValuesAsText("id"));
        for (int c = 0; c < contours.size(); c++) {
            List<Layer.Polyline> lines = contours.get(c).lines();
            assertEquals(lines.size(), written.get(c).get("lines").size(), contours.get(c).id());
            for (int l = 0; l < lines.size(); l++) {
                JsonNode line = written.get(c).get("lines").get(l);
                for (int i = 0; i < lines.get(l).size(); i++) {
                    assertEquals(lines.get(l).x().get(i), line.get("mother").get(i).asDouble());
                    assertEquals(lines.get(l).y().get(i), line.get("lsp").get(i).asDouble());
                }
            }
        }
        assertTrue(contours.stream().anyMatch(contour -> !contour.lines().isEmpty()), "some contour crosses the scan");
        assertTrue(summary.at("/scan/generatorVersionNote").isMissingNode());
        assertTrue(summary.at("/scan/points/4/modelProvenance").isMissingNode(), "not known for made-up models");
    }

    /** A scan with a model of another fast-simulation version says so, and each point where its model comes from (1.4). */
    @Test
    void theSummaryOfAScanNamesModelsOfAnotherSimulationVersion() throws Exception {
        ScanResult made = TestRuns.scan();
        List<ScanPoint> points = new ArrayList<>();
        for (ScanPoint point : made.points()) {
            String version = point.point().mGluino() == 1800 ? "1.0" : FastSimulation.VERSION;
            points.add(new ScanPoint(point.point(), point.run(), point.crossSectionPb(),
                    "miniana-fastsim " + version + "; seed 1; 20000 events; cross section 0.1 pb (given)"));
        }
        ScanResult scan = new ScanResult(made.family(), made.options(), points, made.failures(), false);
        JsonNode summary = new JsonSummaryGenerator().summary(context(ReportSubject.of(scan, TestRuns.ra2()),
                Path.of("unused")));
        assertEquals(List.of(), errors(summary));
        assertEquals(scan.otherVersionNote().orElseThrow(), summary.at("/scan/generatorVersionNote").asText());
        assertTrue(summary.at("/scan/generatorVersionNote").asText().startsWith("3 of 9 points have models simulated"
                + " by miniana-fastsim 1.0, not by this version, " + FastSimulation.VERSION + " (T1tttt_1800_0, "),
                summary.at("/scan/generatorVersionNote").asText());
        assertEquals(points.get(8).modelProvenance(), summary.at("/scan/points/8/modelProvenance").asText());
    }

    @Test
    void theMarkdownSummaryLinksEveryFigureItWrote(@TempDir Path output) throws Exception {
        ReportResult result = ReportRegistry.fromPlatform().run(List.of("markdown-summary"), new ReportRequest(
                ReportSubject.of(TestRuns.analyse(TestRuns.renamed(Ra2SyntheticSignal.HIGH_MULTIPLICITY.model(),
                        "my_model*[1]"))), new ReportSettings("", "A. Physicist", ""), "", output),
                new NullProgressMonitor());
        String markdown = Files.readString(output.resolve(MarkdownSummaryGenerator.FILE));

        Matcher links = Pattern.compile("\\]\\((figures/[^)]+\\.png)\\)").matcher(markdown);
        int count = 0;
        while (links.find()) {
            count++;
            assertTrue(links.group(1).matches("figures/[a-z-]+\\.png"), links.group(1));
            assertTrue(result.files().contains(output.resolve(links.group(1))), links.group(1));
            assertTrue(Files.size(output.resolve(links.group(1))) > 0);
        }
        assertEquals(6, count);
        assertTrue(markdown.contains("` my_model*[1] `"), "names in code spans need no escapes");
        assertTrue(markdown.contains("| observed N_obs | " + outcome.test().observed() + " |"));
        assertFalse(markdown.contains("null"));
        // the same run's full likelihood: its table row and the sentence, with the digits of ReportNumbers
        LikelihoodResult full = outcome.full().orElseThrow();
        assertTrue(markdown.contains("| 95% CL limit on mu, observed | "
                + ReportNumbers.fixed(outcome.test().signalStrengthLimit(), 3) + " | "
                + ReportNumbers.fixed(full.observedLimit(), 3) + " |"), markdown);
        assertTrue(markdown.contains("The single merged bin keeps " + ReportNumbers.fixed(100
                * outcome.sensitivityKept().orElseThrow(), 0) + "% of the full likelihood"), markdown);
    }

    @Test
    void markdownEscapesWhatWouldBeMarkup() {
        assertEquals("a\\_b\\*c\\[d\\](e) \\<script\\> \\| \\\\ \\`x\\` \\&amp; \\# 50% \\~",
                MarkdownSummaryGenerator.escape("a_b*c[d](e) <script> | \\ `x` &amp; # 50% ~"));
    }

    private static ReportContext context(ReportSubject subject, Path folder) {
        return new ReportContext(subject, new ReportSettings("", "A. Physicist", ""),
                new ReportProvenance("0.1.0", "", Instant.parse("2026-01-02T03:04:05Z")), List.of(), folder, folder);
    }

    private static void assertInvalid(ObjectNode valid, Consumer<ObjectNode> change, String expected) {
        SchemaAssertions.assertInvalid(schema, valid, change, expected);
    }

    private static List<String> errors(JsonNode document) {
        return SchemaAssertions.errors(schema, document);
    }
}
