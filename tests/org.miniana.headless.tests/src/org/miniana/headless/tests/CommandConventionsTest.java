/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.miniana.core.FailureMessages;
import org.miniana.data.ResultsDatabase;
import org.miniana.headless.MinianaCommand;
import org.miniana.report.JsonSummary;
import org.miniana.report.ReportRegistry;
import org.miniana.testing.SchemaAssertions;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * The conventions every command follows, run as a user runs them: '-' for standard input and
 * output, --json documents that follow their schemas, exit codes 0/1/2, shell completion, and
 * messages without Java class names.
 */
class CommandConventionsTest {

    private static final String MODEL = "EXAMPLE_T1tttt_1500_100";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path folder;

    private static String db;

    /** One database for the class, its signal model imported from standard input. */
    @BeforeAll
    static void importTheExampleModelFromStandardInput() throws Exception {
        db = folder.resolve("db").toString();
        ProductProcess.Result imported = ProductProcess.runWithInput(example("signal-models.json"), "--db", db,
                "import", "-");
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.err().contains("1 signal model(s)"), imported.err());
    }

    @Test
    void jsonOfEveryCommandFollowsItsVersionedSchema() throws Exception {
        JsonNode bins = valid("bins", "--db", db, "bins", "--json");
        assertEquals(160, bins.get("bins").size());
        assertEquals(21963, bins.at("/totals/observed").asInt());
        assertTrue(bins.findValues("njets").stream().anyMatch(njets -> njets.get("upper").isNull()),
                "Njets >= 9 is open");

        JsonNode models = valid("models", 2, "--db", db, "models", "list", "--json");
        assertEquals(MODEL, models.at("/models/0/name").asText());
        assertEquals("CMS-PAS-SUS-16-014", models.at("/models/0/analysis").asText());
        JsonNode model = valid("model", "--db", db, "models", "show", MODEL, "--json");
        assertEquals(160, model.get("yields").size(), "every bin, also those without signal");
        assertEquals(1500, model.at("/parameters/mGluino").asDouble());

        JsonNode status = valid("db-status", "--db", db, "db", "status", "--json");
        assertEquals(ResultsDatabase.SCHEMA_VERSION, status.get("databaseSchemaVersion").asInt());
        assertEquals(1, status.get("signalModels").asInt());

        JsonNode check = valid("db-check", "--db", db, "db", "check", "--json");
        assertTrue(check.get("healthy").asBoolean(), check.toString());
        assertEquals("healthy", check.get("verdict").asText());
        assertEquals(1, check.get("signalModels").asInt());
        assertEquals(0, check.get("problems").size());

        JsonNode optimizers = valid("contributions", "optimizers", "--json");
        assertEquals(List.of("greedy-q", "ranked-prefix", "rectangular-cuts", "local-search"),
                optimizers.get("contributions").findValuesAsText("id"));
        assertEquals(ReportRegistry.EXTENSION_POINT,
                valid("contributions", "reports", "--json").get("extensionPoint").asText());

        JsonNode significance = valid("significance", "significance", "40", "25", "5", "5", "--json");
        assertEquals(1.925, significance.get("hybridZ").asDouble(), 5e-4);
        assertEquals("1.1", significance.get("schemaVersion").asText(), "1.1 added the optional notes");

        JsonNode fit = valid("fit", "--db", db, "fit", "--json");
        assertEquals(160, fit.get("bins").size());
        assertEquals(fit.get("nuisances").asInt(), fit.get("pulls").size(), "every nuisance, --pulls is for text");

        // a scan prints its JSON summary, as analyze does
        ProductProcess.Result scan = ProductProcess.run("--db", db, "scan", "T1tttt", "--mother", "1500:1500:50",
                "--lsp", "100:100:50", "--events", "2000", "--statistics", "one-bin", "--json", "-o",
                folder.resolve("scan").toString(), "--report", "markdown-summary");
        assertEquals(0, scan.exitCode(), scan.err());
        JsonNode summary = JSON.readTree(scan.out());
        assertEquals(List.of(), SchemaAssertions.errors(schema(ReportRegistry.class, JsonSummary.SCHEMA), summary));
        assertEquals("scan", summary.get("kind").asText());
        assertEquals(1, summary.at("/scan/points").size());

        // the schemas can fail
        SchemaAssertions.assertInvalid(schema("bins"), (ObjectNode) bins, document -> document.remove("totals"),
                "totals");
        SchemaAssertions.assertInvalid(schema("fit"), (ObjectNode) fit,
                document -> document.put("schema", "urn:miniana:schema:cli-bins:1"), "schema");
    }

    @Test
    void dashIsStandardInputAndOutputAndNeverAFile() throws Exception {
        Path file = folder.resolve("model.json");
        assertEquals(0, ProductProcess.run("--db", db, "export", "--model", MODEL, "-o", file.toString()).exitCode());
        ProductProcess.Result toOut = ProductProcess.run("--db", db, "export", "--model", MODEL, "-o", "-");
        assertEquals(0, toOut.exitCode(), toOut.err());
        assertEquals(Files.readString(file), toOut.out(), "the file's bytes, and nothing else, on stdout");
        assertFalse(toOut.err().contains("Wrote"), toOut.err());
        assertFalse(Files.exists(Path.of("-")), "no file named '-'");

        ProductProcess.Result csv = ProductProcess.run("--db", db, "export", "--model", MODEL, "--format", "csv", "-o",
                "-");
        assertTrue(csv.out().startsWith("# format = miniana-signal-model"), csv.out());
        // what went out comes back in: the CSV read from standard input replaces the stored model
        ProductProcess.Result back = ProductProcess.runWithInput(csv.out().getBytes(StandardCharsets.UTF_8), "--db",
                db, "import", "--replace", "-");
        assertEquals(0, back.exitCode(), back.err());

        // a model to analyse from standard input: any JSON or CSV model document, '-#NAME' picks one
        ProductProcess.Result piped = ProductProcess.runWithInput(csv.out().replace("model = " + MODEL,
                "model = piped_model").getBytes(StandardCharsets.UTF_8), "--db", db, "analyze", "-", "--no-report",
                "--statistics", "one-bin");
        assertEquals(0, piped.exitCode(), piped.err());
        assertTrue(piped.out().contains("piped_model"), piped.out());
        ProductProcess.Result pickedMissing = ProductProcess.runWithInput(example("signal-models.json"), "--db", db,
                "analyze", "--no-report", "--", "-#nothing");
        assertEquals(1, pickedMissing.exitCode(), pickedMissing.err());
        assertTrue(pickedMissing.err().contains("standard input holds for 'nothing' 0 signal models"),
                pickedMissing.err());

        ProductProcess.Result pyhf = ProductProcess.run("--db", db, "export", "--analysis", "CMS-PAS-SUS-16-014",
                "--model", MODEL, "--format", "pyhf", "-o", "-");
        assertEquals(0, pyhf.exitCode(), pyhf.err());
        try (InputStream workspace = bundle(ResultsDatabase.class).getEntry("schema/pyhf-workspace-1.0.0.schema.json")
                .openStream()) {
            assertEquals(List.of(), SchemaAssertions.errors(SchemaRegistry
                    .withDefaultDialect(SpecificationVersion.DRAFT_6).getSchema(workspace), JSON.readTree(pyhf.out())));
        }

        ProductProcess.Result cards = ProductProcess.run("--db", db, "export", "--analysis", "CMS-PAS-SUS-16-014",
                "--format", "combine", "-o", "-");
        assertEquals(2, cards.exitCode(), cards.err());
        assertTrue(cards.err().contains("cannot go to standard output"), cards.err());
        ProductProcess.Result reports = ProductProcess.run("--db", db, "analyze", MODEL, "-o", "-");
        assertEquals(2, reports.exitCode(), reports.err());
        assertTrue(reports.err().contains("cannot be standard output; use --json"), reports.err());
    }

    @Test
    void everyCommandExitsWithOneForAFailureAndTwoForAUsageError() throws Exception {
        assertUsageError("Unknown optimizer 'nope'; known: greedy-q, ranked-prefix, rectangular-cuts, local-search",
                "--db", db, "analyze", MODEL, "--optimizer", "nope");
        assertUsageError("Unknown optimizer 'nope'", "--db", db, "scan", "T1tttt", "--optimizer", "nope");
        assertUsageError("Unknown p-value method 'nope'", "--db", db, "analyze", MODEL, "--p-value", "nope");
        assertUsageError("Missing required parameter: 'NAME'", "--db", db, "models", "show");
        assertUsageError("Unknown simplified model 'T9'", "--db", db, "scan", "T9");
        assertUsageError("Unknown simplified model 'T9'", "--db", db, "models", "generate", "T9");
        assertUsageError("'--mother': needs FROM:TO:STEP", "--db", db, "scan", "T1tttt", "--mother", "2000:1000:50");
        assertUsageError("--threads must be at least 1", "--db", db, "scan", "T1tttt", "--threads", "0");
        assertUsageError("--events must be from 1 to 100000000 events per point", "--db", db, "scan", "T1tttt",
                "--events", "0");
        assertUsageError("--pulls must be 0 or more", "--db", db, "fit", "--pulls", "-1");
        assertUsageError("Invalid value for option '--format'", "--db", db, "export", "--model", MODEL, "--format",
                "xml", "-o", "-");
        assertUsageError("standard input ('-') can be read once only", "--db", db, "import", "-", "-");

        ProductProcess.Result badData = ProductProcess.runWithInput("{\"models\": []}".getBytes(StandardCharsets.UTF_8),
                "--db", db, "import", "-");
        assertEquals(1, badData.exitCode(), badData.err());
        assertTrue(badData.err().contains("miniana: standard input"), badData.err());
        ProductProcess.Result unknownModel = ProductProcess.run("--db", db, "models", "show", "NO_SUCH_MODEL");
        assertEquals(1, unknownModel.exitCode(), unknownModel.err());
        ProductProcess.Result noFullModel = ProductProcess.run("--db", db, "fit", "--analysis", "CMS-XYZ");
        assertEquals(1, noFullModel.exitCode(), noFullModel.err());
    }

    @Test
    void messagesNameTheProblemNeverAJavaClass() throws Exception {
        Path empty = Files.createDirectories(folder.resolve("no-cards"));
        ProductProcess.Result result = ProductProcess.run("--db", db, "import", empty.toString());
        assertEquals(1, result.exitCode(), result.err());
        assertTrue(result.err().contains("miniana: " + empty + ": a folder, but not one of datacards"), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
        ProductProcess.Result unwritable = ProductProcess.run("--db", db, "export", "--model", MODEL, "-o",
                "/proc/miniana-cannot-write-here.json");
        assertEquals(1, unwritable.exitCode(), unwritable.err());
        assertFalse(unwritable.err().contains("Exception"), unwritable.err());

        assertEquals("/a/b: no such file or folder", FailureMessages.of(new NoSuchFileException("/a/b")));
        assertEquals("/a/b: permission denied",
                FailureMessages.of(new UncheckedIOException(new AccessDeniedException("/a/b"))));
        assertEquals("the disk is full", FailureMessages.of(new CompletionException(
                new RuntimeException(new IOException("the disk is full")))), "toString() of the cause left out");
        String internal = FailureMessages.of(new NullPointerException());
        assertFalse(internal.contains("Exception") || internal.isBlank(), internal);
    }

    @Test
    void completionScriptCoversTheCommandsAndTheOptimizers() throws Exception {
        ProductProcess.Result result = ProductProcess.run("completion");
        assertEquals(0, result.exitCode(), result.err());
        String script = result.out();
        assertTrue(script.contains("complete -F _complete_miniana"), script);
        assertTrue(script.contains("complete -F _complete_miniana -o default ./miniana"), script);
        for (String command : List.of("analyze", "scan", "significance", "bins", "models", "import", "export",
                "optimizers", "reports", "fit", "db", "bench", "completion", "generate", "status")) {
            assertTrue(script.contains(command), command);
        }
        assertTrue(script.contains("\"greedy-q\" \"ranked-prefix\" \"rectangular-cuts\" \"local-search\""),
                "--optimizer values");
        assertTrue(script.contains("\"hybrid\" \"toys\" \"binomial\""), "--p-value values");
        ProcessBuilder bash = new ProcessBuilder("bash", "-n");
        Process check = bash.start();
        try (var in = check.getOutputStream()) {
            in.write(script.getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(0, check.waitFor(), () -> "bash -n: " + new String(readAll(check.getErrorStream())));
    }

    private static void assertUsageError(String message, String... arguments) throws Exception {
        ProductProcess.Result result = ProductProcess.run(arguments);
        assertEquals(2, result.exitCode(), String.join(" ", arguments) + ": " + result.err());
        assertTrue(result.err().contains(message), result.err());
        assertTrue(result.err().contains("--help' for usage."), result.err());
    }

    /** Runs a command with --json: exit code 0, its schema named, valid against it. */
    private static JsonNode valid(String shape, String... arguments) throws Exception {
        return valid(shape, 1, arguments);
    }

    /** The command's output, checked against major version {@code major} of the shape's schema. */
    private static JsonNode valid(String shape, int major, String... arguments) throws Exception {
        ProductProcess.Result result = ProductProcess.run(arguments);
        assertEquals(0, result.exitCode(), result.err());
        JsonNode document = JSON.readTree(result.out());
        assertEquals("urn:miniana:schema:cli-" + shape + ":" + major, document.get("schema").asText());
        assertTrue(document.get("schemaVersion").asText().matches(major + "\\.[0-9]+"), document.toString());
        assertEquals(List.of(), SchemaAssertions.errors(schema(shape, major), document), String.join(" ", arguments));
        return document;
    }

    /** The schema of a shape, from the headless bundle. */
    static Schema schema(String shape) throws IOException {
        return schema(shape, 1);
    }

    static Schema schema(String shape, int major) throws IOException {
        Schema schema = schema(MinianaCommand.class, "schema/cli-" + shape + "-" + major + ".schema.json");
        assertEquals("urn:miniana:schema:cli-" + shape + ":" + major, schema.getSchemaNode().get("$id").asText());
        return schema;
    }

    private static Schema schema(Class<?> anchor, String path) throws IOException {
        try (InputStream file = bundle(anchor).getEntry(path).openStream()) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(file);
        }
    }

    private static Bundle bundle(Class<?> anchor) {
        return FrameworkUtil.getBundle(anchor);
    }

    private static byte[] example(String name) throws IOException {
        try (InputStream in = bundle(ResultsDatabase.class).getEntry("examples/" + name).openStream()) {
            return in.readAllBytes();
        }
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
