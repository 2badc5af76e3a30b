/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data.datacard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.miniana.core.model.Channel;
import org.miniana.core.model.Modifier;
import org.miniana.core.model.NuisanceParameter;
import org.miniana.core.model.Sample;
import org.miniana.core.model.StatisticalModel;
import org.miniana.testing.SchemaAssertions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/** The pyhf workspace: against pyhf's schema, number for number against the model, and a hand-made one. */
class PyhfWorkspaceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Schema schema;
    private static StatisticalModel ra2;

    @TempDir
    Path folder;

    @BeforeAll
    static void setUp() throws Exception {
        try (InputStream file = PyhfWorkspace.class.getResourceAsStream("/schema/pyhf-workspace-1.0.0.schema.json")) {
            assertNotNull(file, "the schema is in the bundle");
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_6).getSchema(file);
        }
        var cards = Ra2DatacardImporter.bundled();
        ra2 = Ra2DatacardImporter.readSearch(cards, cards, cards, warning -> {
        }).model();
    }

    @Test
    void theRa2WorkspaceIsValidAgainstPyhfsSchema() throws Exception {
        Path file = folder.resolve("ra2.json");
        List<String> notes = PyhfWorkspace.write(ra2, "CMS-PAS-SUS-16-014", file, false);
        JsonNode workspace = JSON.readTree(file.toFile());
        assertEquals(List.of(), errors(workspace));
        assertEquals(520, workspace.get("channels").size(), "one channel per card, no gmN in RA2");
        assertEquals(520, workspace.get("observations").size());
        assertEquals("1.0.0", workspace.get("version").asText());
        assertEquals("mu", workspace.at("/measurements/0/config/poi").asText());
        // the signal's lnU with 116 different ranges cannot be one normfactor: said, and a bounded normsys
        assertEquals(1, notes.size(), notes.toString());
        assertTrue(notes.get(0).startsWith("lnU 'METResolutionSys' has different ranges"), notes.get(0));
        JsonNode met = parameterConfig(workspace, "METResolutionSys");
        assertEquals(-1.0, met.at("/bounds/0/0").asDouble());
        assertEquals(1.0, met.at("/bounds/0/1").asDouble());
    }

    @Test
    void brokenWorkspacesFailValidation() {
        ObjectNode valid = PyhfWorkspace.of(tinyModel(), "tiny").json();
        assertEquals(List.of(), errors(valid));
        assertInvalid(valid, document -> document.remove("observations"), "observations");
        assertInvalid(valid, document -> document.put("version", "1.0.1"), "version");
        assertInvalid(valid, document -> ((ObjectNode) document.at("/channels/0/samples/1/modifiers/1/data"))
                .put("hi", "1.2"), "modifiers");
        assertInvalid(valid, document -> document.put("metadata", "x"), "metadata");
    }

    /** Every yield, factor and count of the RA2 model with a signal, read back from the file. */
    @Test
    void theWorkspaceHoldsEveryNumberOfTheModel() throws Exception {
        double[] signal = new double[160];
        double[] error = new double[160];
        for (int bin = 0; bin < signal.length; bin++) {
            signal[bin] = bin % 7 == 0 ? 0 : 0.1 + bin / 3.0;
            error[bin] = 0.01 * (bin % 11);
        }
        StatisticalModel model = ra2.withSignal(signal, Map.of()).withSignalStatistics(error);
        Path file = folder.resolve("ra2-signal.json");
        PyhfWorkspace.write(model, "with signal", file, false);
        JsonNode workspace = JSON.readTree(file.toFile());
        assertEquals(List.of(), errors(workspace));

        Map<String, JsonNode> channels = byName(workspace.get("channels"));
        Map<String, JsonNode> observations = byName(workspace.get("observations"));
        Map<String, JsonNode> configs = byName(workspace.at("/measurements/0/config/parameters"));
        assertEquals(model.channels().size(), channels.size());
        int modifiers = 0;
        for (Channel channel : model.channels()) {
            JsonNode json = channels.get(channel.name());
            assertNotNull(json, channel.name());
            assertEquals(channel.observed(), observations.get(channel.name()).at("/data/0").asLong(), channel.name());
            assertEquals(1, observations.get(channel.name()).get("data").size());
            Map<String, JsonNode> samples = byName(json.get("samples"));
            assertEquals(channel.samples().size(), samples.size(), channel.name());
            for (Sample sample : channel.samples()) {
                String where = channel.name() + "/" + sample.name();
                JsonNode sampleJson = samples.get(sample.name());
                assertEquals(1, sampleJson.get("data").size(), where);
                assertClose(sample.rate(), sampleJson.at("/data/0").asDouble(), where);
                Map<String, JsonNode> written = byName(sampleJson.get("modifiers"));
                assertEquals(sample.modifiers().size() + (sample.signal() ? 1 : 0), written.size(), where);
                if (sample.signal()) {
                    assertEquals("normfactor", written.get("mu").get("type").asText(), where);
                }
                for (Modifier modifier : sample.modifiers()) {
                    NuisanceParameter parameter = model.parameters().get(modifier.parameter());
                    JsonNode modifierJson = written.get(parameter.name());
                    assertNotNull(modifierJson, where + " " + parameter.name());
                    boolean normsys = parameter.type() == NuisanceParameter.Type.LN_N
                            || parameter.name().equals("METResolutionSys");
                    if (normsys) {
                        assertEquals("normsys", modifierJson.get("type").asText(), where + " " + parameter.name());
                        assertClose(modifier.up(), modifierJson.at("/data/hi").asDouble(), where + " " + parameter.name());
                        assertClose(modifier.down(), modifierJson.at("/data/lo").asDouble(), where + " " + parameter.name());
                    } else {
                        // RA2's other lnU: free normalisations in [1/kappa, kappa]
                        assertEquals(NuisanceParameter.Type.LN_U, parameter.type());
                        assertEquals("normfactor", modifierJson.get("type").asText(), where);
                        JsonNode bounds = configs.get(parameter.name()).at("/bounds/0");
                        assertClose(Math.min(modifier.down(), modifier.up()), bounds.get(0).asDouble(), where);
                        assertClose(Math.max(modifier.down(), modifier.up()), bounds.get(1).asDouble(), where);
                    }
                    modifiers++;
                }
            }
        }
        assertEquals(model.modifierCount(), modifiers);
        // the signal of bin 3 and its own statistical error, as the model has them
        JsonNode bin3 = byName(channels.get("Binsignal3").get("samples")).get("sig");
        assertEquals(0.1 + 1.0, bin3.at("/data/0").asDouble());
        boolean ownError = false;
        for (JsonNode modifier : bin3.get("modifiers")) {
            ownError |= Math.abs(modifier.at("/data/hi").asDouble() - 1.03) < 1e-12;
        }
        assertTrue(ownError, "the 3% MC statistical error of bin 3: " + bin3);
    }

    @Test
    void aTinyModelIsWrittenAsExpected() throws Exception {
        Path file = folder.resolve("tiny.json");
        assertEquals(List.of(), PyhfWorkspace.write(tinyModel(), "tiny", file, false));
        JsonNode expected = JSON.readTree("""
                {"channels": [
                  {"name": "SR", "samples": [
                    {"name": "sig", "data": [2.5], "modifiers": [
                      {"name": "mu", "type": "normfactor", "data": null},
                      {"name": "lumi", "type": "normsys", "data": {"hi": 1.027, "lo": 0.9737098344693282}}]},
                    {"name": "bkg", "data": [3.0], "modifiers": [
                      {"name": "norm", "type": "normfactor", "data": null},
                      {"name": "bkgSyst", "type": "normsys", "data": {"hi": 1.2, "lo": 0.9}}]},
                    {"name": "mc", "data": [0.5], "modifiers": [
                      {"name": "mcStat", "type": "normfactor", "data": null}]}]},
                  {"name": "CR", "samples": [
                    {"name": "sig", "data": [0.0], "modifiers": [{"name": "mu", "type": "normfactor", "data": null}]},
                    {"name": "bkg", "data": [28.0], "modifiers": [{"name": "norm", "type": "normfactor", "data": null}]}]},
                  {"name": "gmN_mcStat", "samples": [
                    {"name": "gmN_mcStat", "data": [1.0], "modifiers": [
                      {"name": "mcStat", "type": "normfactor", "data": null}]}]}],
                 "measurements": [{"name": "tiny", "config": {"poi": "mu", "parameters": [
                   {"name": "mu", "bounds": [[0.0, 100.0]], "inits": [1.0]},
                   {"name": "norm", "bounds": [[0.01, 100.0]], "inits": [1.0]},
                   {"name": "mcStat", "bounds": [[0.0, 34.0]], "inits": [4.0]}]}}],
                 "observations": [
                   {"name": "SR", "data": [7]}, {"name": "CR", "data": [30]}, {"name": "gmN_mcStat", "data": [4]}],
                 "version": "1.0.0"}
                """);
        JsonNode written = JSON.readTree(file.toFile());
        assertEquals(expected, written, written.toPrettyString());
        assertEquals(List.of(), errors(written));
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenAsked() throws Exception {
        Path file = folder.resolve("workspace.json");
        Files.writeString(file, "mine");
        var refused = assertThrows(IllegalArgumentException.class,
                () -> PyhfWorkspace.write(tinyModel(), "tiny", file, false));
        assertTrue(refused.getMessage().contains(file + " exists"), refused.getMessage());
        assertEquals("mine", Files.readString(file));
        assertEquals(List.of("workspace.json"), Files.list(folder).map(path -> path.getFileName().toString()).toList(),
                "no temporary file is left");

        PyhfWorkspace.write(tinyModel(), "tiny", file, true);
        assertEquals("tiny", JSON.readTree(file.toFile()).at("/measurements/0/name").asText());
    }

    @Test
    void namesPyhfWouldConfuseAreRefused() {
        StatisticalModel tiny = tinyModel();
        List<NuisanceParameter> renamed = new ArrayList<>(tiny.parameters());
        renamed.set(0, NuisanceParameter.lnN("mu"));
        var poi = assertThrows(IllegalArgumentException.class,
                () -> PyhfWorkspace.of(new StatisticalModel(renamed, tiny.channels()), "tiny"));
        assertTrue(poi.getMessage().contains("nuisance named 'mu'"), poi.getMessage());

        Channel sr = tiny.channels().get(0);
        Channel clash = new Channel("gmN_mcStat", "CRs/x.txt", "", Channel.CONTROL_REGION, 1, sr.samples().subList(1, 2));
        var auxiliary = assertThrows(IllegalArgumentException.class, () -> PyhfWorkspace.of(
                new StatisticalModel(tiny.parameters(), List.of(sr, clash)), "tiny"));
        assertTrue(auxiliary.getMessage().contains("'gmN_mcStat'"), auxiliary.getMessage());
    }

    /**
     * One search bin and one control region: an lnN on the signal, an lnU normalisation shared by
     * both regions, an asymmetric lnN, and a gmN with N = 4 and alpha = 0.5.
     */
    private static StatisticalModel tinyModel() {
        List<NuisanceParameter> parameters = List.of(NuisanceParameter.lnN("lumi"), NuisanceParameter.lnU("norm"),
                NuisanceParameter.lnN("bkgSyst"), new NuisanceParameter("mcStat", NuisanceParameter.Type.GM_N, 4));
        Modifier norm = new Modifier(1, 1 / 100.0, 100);
        Channel sr = new Channel("SR", "SR/card_SR.txt", "", 0, 7, List.of(
                new Sample("sig", "", true, 2.5, List.of(new Modifier(0, 1 / 1.027, 1.027))),
                new Sample("bkg", "bkg", false, 3.0, List.of(norm, new Modifier(2, 0.9, 1.2))),
                new Sample("mc", "bkg", false, 2.0, List.of(new Modifier(3, 0.5, 0.5)))));
        Channel cr = new Channel("CR", "CRs/card_CR.txt", "", Channel.CONTROL_REGION, 30, List.of(
                new Sample("sig", "", true, 0, List.of()), new Sample("bkg", "bkg", false, 28.0, List.of(norm))));
        return new StatisticalModel(parameters, List.of(sr, cr));
    }

    private static JsonNode parameterConfig(JsonNode workspace, String name) {
        return byName(workspace.at("/measurements/0/config/parameters")).get(name);
    }

    private static Map<String, JsonNode> byName(JsonNode array) {
        Map<String, JsonNode> byName = new HashMap<>();
        array.forEach(node -> assertEquals(null, byName.put(node.get("name").asText(), node), "one of each name"));
        return byName;
    }

    private static void assertClose(double expected, double actual, String where) {
        assertEquals(expected, actual, 1e-12 * Math.abs(expected), where);
    }

    private static void assertInvalid(ObjectNode valid, Consumer<ObjectNode> change, String expected) {
        SchemaAssertions.assertInvalid(schema, valid, change, expected);
    }

    private static List<String> errors(JsonNode document) {
        return SchemaAssertions.errors(schema, document);
    }
}
