/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.miniana.core.Ra2Search;
import org.miniana.core.SearchResult;
import org.miniana.data.DatabaseException;
import org.miniana.data.InputFormatException;
import org.miniana.data.ResultsDatabase;
import org.miniana.data.SharedData;
import org.miniana.data.io.SignalModelJson.SignalModels;

/**
 * Broken inputs: each gives one error naming the file, the line and the problem, and the
 * database (which already holds RA2 and one model) is exactly as before.
 */
class MalformedInputTest {

    /** Builds a broken input in a folder and returns what to import. */
    @FunctionalInterface
    interface Breakage {
        Path create(Path folder) throws IOException;
    }

    /*
     * Jackson reports a value it cannot construct at the end of its object: these are the lines
     * of those ends in the indented files the tool writes.
     */
    private static final int BIN_0_END = 65;
    private static final int YIELD_0_END = 18;
    private static final int MODEL_0_END = 655;
    /** Where the object of bin 4 begins. */
    private static final int BIN_4_START = 176;

    /** Where "lumi" stands in the RA2 search-bin cards. */
    private static final int LUMI_LINE = 15;

    @TempDir
    static Path shared;
    static ResultsDatabase database;
    static String validSearchJson;
    static String validModelsJson;
    static String validModelCsv;

    @BeforeAll
    static void openDatabase() throws Exception {
        SearchResult ra2 = SharedData.bundledRa2();
        var json = new ByteArrayOutputStream();
        SearchResultJson.write(ra2, json);
        validSearchJson = json.toString(StandardCharsets.UTF_8);
        SignalModels models = new SignalModels(Ra2Search.ANALYSIS.name(), List.of(RoundTripTest.model("stored")));
        json.reset();
        SignalModelJson.write(models, json);
        validModelsJson = json.toString(StandardCharsets.UTF_8);
        json.reset();
        SignalModelCsv.write(models.analysis(), RoundTripTest.model("csv-model"), json);
        validModelCsv = json.toString(StandardCharsets.UTF_8);
        database = ResultsDatabase.openEmbedded(shared.resolve("db"));
        database.searchResults().store(ra2);
        database.signalModels().store(models.analysis(), models.models(), false);
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                card("truncated card", 7, 11, "without its 'rate' line", card -> card.substring(0, card.indexOf("rate"))),
                card("wrong column count", 3, 12, "6 rates for 7 processes", card -> card.replaceFirst("(?m)^rate (.*) (\\S+) $", "rate $1 ")),
                card("non-numeric rate", 11, 12, "rate of process WTopSL must be a plain decimal number, not '1.2.3'", card -> card.replaceFirst("(?m)^rate SIGNAL \\S+", "rate SIGNAL 1.2.3")),
                card("unknown nuisance type", 12, LUMI_LINE, "unsupported type 'shape'", card -> card.replace("lumi lnN", "lumi shape")),
                card("bin mismatch", 13, 9, "in bin 'Binsignal14' but the card's channel is 'Binsignal13'", card -> card.replaceFirst("(?m)^bin (Binsignal13) \\1", "bin Binsignal13 Binsignal14")),
                card("negative observation", 14, 8, "the observation must be a whole number from 0 to 1000000000, not -3", card -> card.replaceFirst("(?m)^observation \\S+", "observation -3")),
                card("tag of another bin", 15, 1, "does not describe bin 15", card -> card.replace("NJets0_BTags1_MHT1_HT5", "NJets0_BTags1_MHT1_HT4")),
                broken("huge card", "cards/SR/card_signal0.txt", 0, "larger than 4 MiB", folder -> {
                    Path cards = copyOfCards(folder);
                    byte[] huge = new byte[5 << 20];
                    Arrays.fill(huge, (byte) '#');
                    Files.write(cards.resolve("SR/card_signal0.txt"), huge);
                    return cards;
                }),
                file("duplicate bin", "r.json", BIN_4_START, "bin 3 stands at position 4",
                        () -> validSearchJson.replace("\"index\" : 4,", "\"index\" : 3,")),
                file("JSON syntax error", "r.json", 2, "Unexpected character",
                        () -> validSearchJson.replaceFirst(",", ";")),
                file("misspelt member", "r.json", BIN_0_END, "bins[0]: missing 'observed'",
                        () -> validSearchJson.replaceFirst("\"observed\"", "\"obsreved\"")),
                file("newer format version", "r.json", 3, "unsupported version 2 of miniana-search-result",
                        () -> validSearchJson.replace("\"version\" : 1", "\"version\" : 2")),
                file("negative yield", "m.json", YIELD_0_END, "'value' must be a finite non-negative number, not -0.5",
                        () -> validModelsJson.replaceFirst("\"value\" : [0-9.]+", "\"value\" : -0.5")),
                file("duplicate model bin", "m.json", MODEL_0_END, "bin 0 is out of range 0..159 or given twice",
                        () -> validModelsJson.replaceFirst("\"bin\" : 1,", "\"bin\" : 0,")),
                file("CSV missing column", "m.csv", 9, "missing column 'mc_stat_error'",
                        () -> validModelCsv.replace(",mc_stat_error", ",error")),
                file("CSV non-numeric yield", "m.csv", 12, "column 'yield' must be a plain decimal number, not 'lots'",
                        () -> validModelCsv.replaceFirst("(?m)^2,[^,]+,", "2,lots,")),
                file("CSV ragged row", "m.csv", 15, "2 values for 3 columns",
                        () -> validModelCsv.replaceFirst("(?m)^5,([^,]+),.*$", "5,$1")),
                file("unknown format", "x.json", 1, "unknown format 'something-else'",
                        () -> "{ \"format\" : \"something-else\" }"),
                broken("bad UTF-8", "m.csv", 4, "not valid UTF-8", folder -> {
                    byte[] bytes = validModelCsv.getBytes(StandardCharsets.UTF_8);
                    int fourthLine = validModelCsv.indexOf("# family");
                    bytes[fourthLine + 2] = (byte) 0xFF;
                    return Files.write(folder.resolve("m.csv"), bytes);
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void givesOneClearErrorAndLeavesTheDatabaseUnchanged(String name, String file, int line, String problem,
            Breakage breakage, @TempDir Path folder) throws Exception {
        Path input = breakage.create(folder);
        List<String> analysesBefore = database.searchResults().names();
        List<String> modelsBefore = database.signalModels().names(Ra2Search.ANALYSIS.name());
        var error = assertThrows(InputFormatException.class, () -> database.importAll(DataFiles.read(List.of(input),
                warning -> {
                }), false));
        assertEquals(folder.resolve(file).toString(), error.file(), error.getMessage());
        assertEquals(line, error.line(), error.getMessage());
        assertTrue(error.problem().contains(problem), error.getMessage());
        assertEquals(analysesBefore, database.searchResults().names());
        assertEquals(modelsBefore, database.signalModels().names(Ra2Search.ANALYSIS.name()));
    }

    @Test
    void databaseLevelRefusalsLeaveEverythingUnchanged(@TempDir Path folder) throws Exception {
        List<String> modelsBefore = database.signalModels().names(Ra2Search.ANALYSIS.name());
        Path fewBins = Files.writeString(folder.resolve("few.json"), validModelsJson
                .replace("\"name\" : \"stored\"", "\"name\" : \"new-model\"")
                .replaceFirst("(?s),\\s*\\{\\s*\"bin\" : 159.*?\\}", ""));
        Path good = Files.writeString(folder.resolve("good.json"),
                validModelsJson.replace("\"name\" : \"stored\"", "\"name\" : \"another\""));
        var error = assertThrows(DatabaseException.class,
                () -> database.importAll(DataFiles.read(List.of(good, fewBins), warning -> {
                }), false));
        assertTrue(error.getMessage().contains("has 159 yields, but CMS-PAS-SUS-16-014 has 160 bins"), error.getMessage());
        Path again = Files.writeString(folder.resolve("again.json"), validModelsJson);
        var duplicate = assertThrows(DatabaseException.class,
                () -> database.importAll(DataFiles.read(List.of(good, again), warning -> {
                }), false));
        assertTrue(duplicate.getMessage().contains("'stored' is stored already"), duplicate.getMessage());
        assertEquals(modelsBefore, database.signalModels().names(Ra2Search.ANALYSIS.name()));
    }

    /**
     * The models of a file are stored as they are read again from it, one at a time (so that an
     * import's memory does not grow with its size): a file changed after it was checked is refused
     * whole, naming it, and nothing of the import is stored.
     */
    @Test
    void aFileChangedBetweenItsCheckAndItsStoringIsRefusedAndNothingIsStored(@TempDir Path folder) throws Exception {
        List<String> modelsBefore = database.signalModels().names(Ra2Search.ANALYSIS.name());
        Path first = Files.writeString(folder.resolve("first.json"),
                validModelsJson.replace("\"name\" : \"stored\"", "\"name\" : \"first\""));
        Path changed = Files.writeString(folder.resolve("changed.json"),
                validModelsJson.replace("\"name\" : \"stored\"", "\"name\" : \"checked\""));
        DataFiles.Content content = DataFiles.read(List.of(first, changed), warning -> {
        });
        assertEquals(List.of("checked"), content.signalModels().get(1).names());
        Files.writeString(changed, validModelsJson.replace("\"name\" : \"stored\"", "\"name\" : \"swapped\""));
        var error = assertThrows(DatabaseException.class, () -> database.importAll(content, false));
        assertEquals(changed + ": changed while being imported (model 1 is no longer 'checked'); nothing was imported",
                error.getMessage());
        assertEquals(modelsBefore, database.signalModels().names(Ra2Search.ANALYSIS.name()));
    }

    private static Arguments card(String name, int bin, int line, String problem, UnaryOperator<String> change) {
        String file = "cards/SR/card_signal" + bin + ".txt";
        return broken(name, file, line, problem, folder -> {
            Path cards = copyOfCards(folder);
            Path card = folder.resolve(file);
            String before = Files.readString(card);
            String after = change.apply(before);
            assertTrue(!after.equals(before), "the breakage changes " + file);
            Files.writeString(card, after);
            return cards;
        });
    }

    private static Arguments file(String name, String file, int line, String problem, Supplier<String> content) {
        return broken(name, file, line, problem, folder -> Files.writeString(folder.resolve(file), content.get()));
    }

    private static Arguments broken(String name, String file, int line, String problem, Breakage breakage) {
        return Arguments.of(name, file, line, problem, breakage);
    }

    private static Path copyOfCards(Path folder) throws IOException {
        return SharedData.copyOfRa2Cards(folder.resolve("cards"));
    }
}
