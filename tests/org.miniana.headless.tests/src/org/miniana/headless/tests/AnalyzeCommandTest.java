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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.miniana.core.AnalysisRun;
import org.miniana.core.Ra2Search;
import org.miniana.data.ResultsDatabase;
import org.miniana.data.io.SignalModelJson;
import org.miniana.report.JsonSummary;
import org.miniana.report.ReportRegistry;
import org.osgi.framework.FrameworkUtil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/** {@code miniana analyze} run as a user runs it: the product as a separate process. */
class AnalyzeCommandTest {

    @TempDir
    Path folder;

    /**
     * A signal of 6e10 events (up to 8e8 a bin, below the 1e9 an input may hold): its expected
     * p-value is below double precision and its limits on mu are far below 0.001; the summary says
     * so instead of printing 0.000.
     */
    @Test
    void aHugeSignalPrintsItsPValueAndLimitsReadably() throws Exception {
        String db = folder.resolve("db").toString();
        Path file = folder.resolve("huge.json");
        try (var out = Files.newOutputStream(file)) {
            SignalModelJson.write(new SignalModelJson.SignalModels(Ra2Search.ANALYSIS.name(),
                    List.of(TestModels.model("huge", 6e8))), out);
        }
        assertEquals(0, ProductProcess.run("--db", db, "import", file.toString()).exitCode());
        // the default design merges bins of hundreds of background events; greedy-q takes two of 0.01 +1.1, whose
        // log-normal background prior lets even 10^9 events happen at p = 2.5e-8
        ProductProcess.Result result = ProductProcess.run("--db", db, "analyze", "huge", "--no-report", "--statistics",
                "one-bin");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("Expected       p < 1e-308   Z = "), result.out());
        double limit = number(result.out(), "mu < ([0-9.]+e-[0-9]+) observed");
        assertTrue(limit > 0 && limit < 1e-6, result.out());
    }

    @Test
    void analyzesASimulatedModelPrintsTheSummaryAndStoresTheRun() throws Exception {
        String db = folder.resolve("db").toString();
        Path report = folder.resolve("report");
        ProductProcess.Result result = ProductProcess.run("--db", db, "analyze", "T1tttt:1500:100:events=20000",
                "--optimizer", "greedy-q", "-o", report.toString(), "--report", "json-summary,markdown-summary");
        assertEquals(0, result.exitCode(), result.err());
        String out = result.out();
        assertTrue(out.contains("Model          T1tttt_1500_100 (T1tttt, mGluino = 1500, mLSP = 100"), out);
        assertTrue(out.contains("Design         greedy-q maximising hybrid"), out);
        assertTrue(out.contains(" from the signal nuisances of the search's full likelihood (in the limits only)"),
                out);
        double signalUp = number(out, "S uncertainty  \\+([0-9.]+)% -");
        assertTrue(signalUp > 3.5 && signalUp < 50, out);
        double expectedZ = number(out, "Expected .*Z = (-?[0-9.]+)");
        double observedZ = number(out, "Observed .*Z = (-?[0-9.]+)");
        double limit = number(out, "mu < ([0-9.]+) observed");

        try (ResultsDatabase database = ResultsDatabase.openEmbedded(Path.of(db))) {
            AnalysisRun run = database.runs().forModel(Ra2Search.ANALYSIS.name(), "T1tttt_1500_100").get(0);
            assertEquals("greedy-q", run.optimizer());
            assertEquals(run.expectedSignificance(), expectedZ, 0.0005, "printed to 3 decimals");
            assertEquals(run.observedSignificance(), observedZ, 0.0005);
            assertEquals(run.signalStrengthLimit(), limit, 0.0005);
            assertEquals((long) number(out, "N_obs +([0-9]+)"), run.observed());
            assertTrue(out.contains("Chosen bins    " + run.bins().size() + ": "), out);
            assertEquals(report.toAbsolutePath().normalize().toString(), run.reportLocation());
            // the full likelihood beside the merged bin, stored with the run
            var full = run.full().orElseThrow();
            assertEquals(full.observedLimit(), number(out, "  95% CL limit mu < ([0-9.]+) observed"), 0.0005);
            assertEquals(full.expectedSignificance(), number(out, "  Significance Z = [-0-9.]+ observed, ([-0-9.]+)"),
                    0.0005);
            assertEquals(100 * full.expectedMedian() / (run.expectedSignalLimit() / run.signal()),
                    number(out, "Merged bin     keeps ([0-9]+)%"), 0.5);
        }
        assertTrue(out.contains("Report         " + report.toAbsolutePath().normalize() + ": "), out);
        for (String file : List.of("summary.json", "summary.md", "figures/njets.png", "figures/p-value.pdf")) {
            assertTrue(Files.size(report.resolve(file)) > 0, file);
        }

        // the model is taken from the database the second time: same numbers
        ProductProcess.Result again = ProductProcess.run("--db", db, "analyze", "T1tttt_1500_100", "--optimizer",
                "greedy-q", "--no-report", "--statistics", "one-bin");
        assertEquals(0, again.exitCode(), again.err());
        assertEquals(expectedZ, number(again.out(), "Expected .*Z = (-?[0-9.]+)"));
        assertFalse(again.out().contains("Full likelihood"), again.out());
    }

    @Test
    void jsonOutputFollowsTheSummarySchema() throws Exception {
        ProductProcess.Result result = ProductProcess.run("--db", folder.resolve("db").toString(), "analyze", "T1qqqq",
                "1500", "700", "--json", "-o", folder.resolve("report").toString(), "--report", "json-summary");
        assertEquals(0, result.exitCode(), result.err());
        JsonNode document = new ObjectMapper().readTree(result.out());
        Schema schema;
        try (InputStream file = FrameworkUtil.getBundle(ReportRegistry.class).getEntry(JsonSummary.SCHEMA)
                .openStream()) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(file);
        }
        assertEquals(List.of(), schema.validate(document).stream().map(Object::toString).toList());
        assertEquals(document, new ObjectMapper().readTree(folder.resolve("report").resolve(JsonSummary.FILE).toFile()),
                "stdout is the summary file");
        assertTrue(result.out().contains("T1qqqq_1500_700"), result.out());
        assertEquals(0, document.get("figures").size(), "the JSON summary alone renders no figures");
        assertFalse(Files.exists(folder.resolve("report").resolve("figures")));
        JsonNode full = document.get("fullLikelihood");
        assertEquals("both", document.at("/options/statistics").asText());
        assertEquals(full.at("/signalStrength/observed").asDouble() * document.at("/model/crossSection/value")
                .asDouble(), full.at("/crossSection/observed").asDouble(), 1e-9 * full.at("/crossSection/observed")
                        .asDouble());
        assertEquals(full.at("/signalStrength/expected/median").asDouble()
                / document.at("/limits/signalStrength/expected/median").asDouble(),
                document.get("sensitivityKept").asDouble(), 1e-12);
        // the merged signal's uncertainty from the full likelihood's signal nuisances (schema 1.5): at least
        // the cards' luminosity, isolated-track and jet-ID terms on every search bin's signal
        assertEquals("1.6", document.get("schemaVersion").asText());
        assertEquals("statistical-model", document.at("/limits/signalUncertainty/source").asText());
        double floor = Math.sqrt(0.027 * 0.027 + 0.02 * 0.02 + 0.01 * 0.01);
        assertTrue(document.at("/limits/signalUncertainty/relativeUp").asDouble() > floor, document.toString());
        assertTrue(document.at("/limits/signalUncertainty/relativeDown").asDouble() > floor / 1.1, document.toString());
    }

    @Test
    void designsForExclusionWithTheOriginalErrorsAndRecordsIt() throws Exception {
        String db = folder.resolve("db").toString();
        ProductProcess.Result result = ProductProcess.run("--db", db, "analyze", "T1tttt:1500:100:events=20000",
                "--design", "exclusion", "--errors", "original", "--statistics", "one-bin", "--no-report");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("maximising exclusion, original background errors"), result.out());
        try (ResultsDatabase database = ResultsDatabase.openEmbedded(Path.of(db))) {
            AnalysisRun run = database.runs().forModel(Ra2Search.ANALYSIS.name(), "T1tttt_1500_100").get(0);
            assertEquals("exclusion", run.figureOfMerit());
            assertEquals(run.expectedSignalLimit() / run.signal(), number(result.out(), "< ([0-9.]+) expected"), 0.0005);
        }
        ProductProcess.Result scanDesign = ProductProcess.run("--db", db, "scan", "T1tttt", "--design", "limits");
        assertEquals(2, scanDesign.exitCode());
        assertTrue(scanDesign.err().contains("Unknown design 'limits'"), scanDesign.err());
    }

    @Test
    void usageErrorsAndFailuresHaveTheirExitCodesAndOneLine() throws Exception {
        String db = folder.resolve("db").toString();
        ProductProcess.Result missing = ProductProcess.run("--db", db, "analyze");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().startsWith("miniana: Missing required parameter: 'MODEL'"), missing.err());
        assertTrue(missing.err().contains("Run 'miniana analyze --help' for usage."), missing.err());

        ProductProcess.Result badOption = ProductProcess.run("--db", db, "analyze", "T1tttt:1500:100",
                "--figure-of-merit", "nope");
        assertEquals(2, badOption.exitCode());
        assertTrue(badOption.err().contains("Unknown figure of merit 'nope'; known: hybrid, asimov, binomial,"
                + " exclusion"), badOption.err());

        ProductProcess.Result badDesign = ProductProcess.run("--db", db, "analyze", "T1tttt:1500:100", "--design",
                "limits");
        assertEquals(2, badDesign.exitCode());
        assertTrue(badDesign.err().contains("Unknown design 'limits'; known: discovery, exclusion"), badDesign.err());
        ProductProcess.Result conflict = ProductProcess.run("--db", db, "analyze", "T1tttt:1500:100", "--design",
                "exclusion", "--figure-of-merit", "asimov");
        assertEquals(2, conflict.exitCode());
        assertTrue(conflict.err().contains("--design exclusion does not go with --figure-of-merit asimov"),
                conflict.err());
        ProductProcess.Result badErrors = ProductProcess.run("--db", db, "scan", "T1tttt", "--errors", "linear");
        assertEquals(2, badErrors.exitCode());
        assertTrue(badErrors.err().contains("known: uncorrelated, correlated-syst, original"), badErrors.err());

        ProductProcess.Result fewToys = ProductProcess.run("--db", db, "analyze", "T1tttt:1500:100", "--full-toys",
                "10");
        assertEquals(2, fewToys.exitCode());
        assertTrue(fewToys.err().contains("--full-toys needs at least 50 toys, or 0 for the asymptotic formulas, not 10"),
                fewToys.err());

        ProductProcess.Result unknownModel = ProductProcess.run("--db", db, "analyze", "no-such-model");
        assertEquals(1, unknownModel.exitCode());
        // the first use of a database also says that it was filled
        assertTrue(unknownModel.err().lines().anyMatch(
                line -> line.startsWith("miniana: No signal model provider understands 'no-such-model'")),
                unknownModel.err());
        assertTrue(!unknownModel.err().contains("\tat "), "no stack trace without --debug");

        ProductProcess.Result help = ProductProcess.run("analyze", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("--optimizer=ID") && help.out().contains("--p-value=METHOD")
                && help.out().contains("Exit codes:"), help.out());
    }

    static double number(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertTrue(matcher.find(), () -> "no '" + regex + "' in:\n" + text);
        return Double.parseDouble(matcher.group(1));
    }
}
