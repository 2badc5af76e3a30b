/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.miniana.data.InputFormatException;
import org.miniana.data.datacard.CardLocation;

/**
 * What a hostile tester fed the readers: each input is refused with exactly one
 * "FILE:LINE: problem" in the tool's words (never a library's class or option names).
 */
class HostileInputTest {

    private static final String SEARCH_JSON = "search-result.json";
    private static final String MODELS_JSON = "signal-models.json";
    private static final String MODEL_CSV = "signal-model.csv";
    private static final String SEARCH_CSV = "search-result.csv";

    static Stream<Arguments> hostileFiles() {
        return Stream.of(
                hostile("fractional observed count", SEARCH_JSON, "\"observed\" : 2.5", "bins[0].observed: must be a whole number",
                        text -> text.replace("\"observed\" : 42", "\"observed\" : 2.5")),
                hostile("number in quotes", SEARCH_JSON, "\"value\" : \"1.5\"",
                        "bins[0].backgrounds.ttbar.value: must be a number (without quotes)",
                        text -> text.replace("\"value\" : 30.5", "\"value\" : \"1.5\"")),
                hostile("fractional bin number", MODELS_JSON, "\"bin\": 3.5", "models[0].yields[3].bin: must be a whole number",
                        text -> text.replace("\"bin\": 3,", "\"bin\": 3.5,")),
                hostile("member twice", SEARCH_JSON, "\"observed\" : 43",
                        "the member 'observed' appears twice in one object",
                        text -> text.replace("\"observed\" : 42,", "\"observed\" : 42,\n    \"observed\" : 43,")),
                hostile("NaN", SEARCH_JSON, "NaN", "NaN and Infinity are no numbers in JSON; write a finite decimal number",
                        text -> text.replace("\"value\" : 30.5", "\"value\" : NaN")),
                hostile("absurd yield", SEARCH_JSON, "1e300",
                        "bins[0].backgrounds.ttbar.value must be a finite number of magnitude at most 1e9, not 1.0E300",
                        text -> text.replace("\"value\" : 30.5", "\"value\" : 1e300")),
                hostile("text after the document", SEARCH_JSON, "{ }", "text after the end of the JSON object",
                        text -> text + "{ }\n"),
                hostile("nested too deeply", SEARCH_JSON, "\"observed\" : [",
                        "nested deeper than 1000 levels, or a number or text too long for any input of this tool",
                        text -> text.replace("\"observed\" : 42", "\"observed\" : " + "[".repeat(1200) + "]".repeat(1200))),
                hostile("escape sequence in a name", SEARCH_JSON, "EXAMPLE\\u001b",
                        "analysis.name contains the control character U+001B",
                        text -> text.replace("\"EXAMPLE-2BIN\"", "\"EXAMPLE\\u001b[2J-2BIN\"")),
                hostile("line break in a name", MODELS_JSON, "EXAMPLE\\n", "models[0].name contains the control character U+000A",
                        text -> text.replace("\"EXAMPLE_T1tttt_1500_100\"", "\"EXAMPLE\\nT1tttt\"")),
                hostile("NUL in a name", SEARCH_JSON, "tt\\u0000bar", "processes[0].name contains the control character U+0000",
                        text -> text.replace("\"name\" : \"ttbar\"", "\"name\" : \"tt\\u0000bar\"")),
                hostile("bidirectional override in a label", SEARCH_JSON, "\u202E",
                        "processes[0].label contains the bidirectional-formatting character U+202E, which can make text"
                                + " display as other text",
                        text -> text.replace("\"Top-quark pairs\"", "\"\u202Esriap kraup-poT\"")),
                hostile("texts where numbers belong", SEARCH_JSON, "[ \"3\", \"5\" ]",
                        "bins[0].njets[0]: must be a number (without quotes)",
                        text -> text.replace("\"njets\" : [ 3.0, 5.0 ]", "\"njets\" : [ \"3\", \"5\" ]")),
                hostile("no bins", SEARCH_JSON, "\"bins\" : [ ]", "the analysis has no bins",
                        text -> text.replaceFirst("(?s)\"bins\" : \\[.*\\]", "\"bins\" : [ ]")),
                hostile("the same bin twice", SEARCH_JSON, "\"index\" : 1", -1,
                        "bin 1 has the same ranges as bin 0",
                        text -> text.replace("\"njets\" : [ 5.0, null ]", "\"njets\" : [ 3.0, 5.0 ]")),
                hostile("hexadecimal number in CSV", MODEL_CSV, "0x1p3", "column 'yield' must be a plain decimal number, not '0x1p3'",
                        text -> text.replace("\n2,0.05,0.01", "\n2,0x1p3,0.01")),
                hostile("Java double suffix in CSV", MODEL_CSV, "1.5d", "column 'yield' must be a plain decimal number, not '1.5d'",
                        text -> text.replace("\n3,0.05,0.01", "\n3,1.5d,0.01")),
                hostile("second model line in CSV", MODEL_CSV, "# model = OTHER",
                        "a second '# model = ...' line (the first is line 3)",
                        text -> text.replace("# family", "# model = OTHER\n# family")),
                hostile("fractional observed count in CSV", SEARCH_CSV, "2.5,2.2",
                        "column 'observed' must be a whole number from 0 to 1000000000, not 2.5",
                        text -> text.replace(",3,2.2,", ",2.5,2.2,")),
                hostile("escape sequence in CSV metadata", SEARCH_CSV, "\u001b[31m",
                        "the line contains the control character U+001B",
                        text -> text.replace("# description = ", "# description = \u001b[31m")),
                hostile("the same bin twice in CSV", SEARCH_CSV, "\n1,3,5,", 1, "bin 1 has the same ranges as bin 0",
                        text -> text.replace("\n1,5,,0,", "\n1,3,5,0,")),
                hostile("no bins in CSV", SEARCH_CSV, "bin,njets_min", "the analysis has no bins (no rows after the header)",
                        text -> text.substring(0, text.indexOf('\n', text.indexOf("bin,njets_min")) + 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void refusesWithFileLineAndProblem(String name, String example, String fragment, int offset, String problem,
            UnaryOperator<String> change, @TempDir Path folder) throws Exception {
        String original = example(example);
        String changed = change.apply(original);
        assertTrue(!changed.equals(original), "the change applies to " + example);
        Path file = Files.writeString(folder.resolve(example), changed);
        var error = assertThrows(InputFormatException.class, () -> DataFiles.read(List.of(file), warning -> {
        }));
        String expected = file + ":" + (lineOf(changed, fragment) + offset) + ": " + problem;
        assertTrue(error.getMessage().startsWith(expected), () -> "expected " + expected + "\nbut got  "
                + error.getMessage());
    }

    @Test
    void twoModelsOfOneNameInAFileAreNamedAsSuch(@TempDir Path folder) throws Exception {
        String text = example(MODELS_JSON);
        int start = text.indexOf('{', text.indexOf("\"models\""));
        String model = text.substring(start, text.lastIndexOf(']')).stripTrailing();
        String head = text.substring(0, start) + model + ",\n    ";
        Path file = Files.writeString(folder.resolve("twice.json"), head + model + "\n  ]\n}\n");
        var error = assertThrows(InputFormatException.class, () -> DataFiles.read(List.of(file), warning -> {
        }));
        assertEquals(file + ":" + lineOf(head + "{", "{", head.length()) + ": a second model named"
                + " 'EXAMPLE_T1tttt_1500_100' in this file (the first begins on line " + lineOf(text, "{", start) + ")",
                error.getMessage());
    }

    @Test
    void oneModelInTwoFilesOfAnImportNamesBothFiles(@TempDir Path folder) throws Exception {
        String text = example(MODELS_JSON);
        Path first = Files.writeString(folder.resolve("first.json"), text);
        Path second = Files.writeString(folder.resolve("second.json"), text);
        var error = assertThrows(InputFormatException.class, () -> DataFiles.read(List.of(first, second), warning -> {
        }));
        assertEquals(second + ": the model 'EXAMPLE_T1tttt_1500_100' of CMS-PAS-SUS-16-014 is in " + first
                + " too; give each model of a search its own name", error.getMessage());
    }

    /** A name is unique within its search: one name for two searches in one import is two models. */
    @Test
    void oneNameForTwoSearchesInAnImportIsTwoModels(@TempDir Path folder) throws Exception {
        String text = example(MODELS_JSON);
        String otherSearch = text.replace("\"analysis\": \"CMS-PAS-SUS-16-014\"", "\"analysis\": \"OTHER\"");
        Path first = Files.writeString(folder.resolve("first.json"), text);
        Path second = Files.writeString(folder.resolve("second.json"), otherSearch);
        var content = DataFiles.read(List.of(first, second), warning -> {
        });
        assertEquals(List.of("CMS-PAS-SUS-16-014", "OTHER"), content.signalModels().stream()
                .map(SignalModelSource::analysis).toList());
        assertEquals(content.signalModels().get(0).names(), content.signalModels().get(1).names());
    }

    @Test
    void acceptsAByteOrderMark(@TempDir Path folder) throws Exception {
        for (String example : List.of(SEARCH_JSON, SEARCH_CSV, MODEL_CSV, MODELS_JSON)) {
            Path file = Files.writeString(folder.resolve(example), "\uFEFF" + example(example));
            DataFiles.Content content = DataFiles.read(List.of(file), warning -> {
            });
            assertEquals(1, content.searchResults().size() + content.signalModels().size(), example);
        }
    }

    @Test
    void namesAFolderWhereAFileBelongs(@TempDir Path folder) throws Exception {
        Files.createDirectories(folder.resolve("SR/card_signal0.txt"));
        var error = assertThrows(FileSystemException.class,
                () -> CardLocation.directory(folder).open("SR/card_signal0.txt").close());
        assertEquals(folder.resolve("SR/card_signal0.txt") + ": a folder, where a file belongs", error.getMessage());
        Path notCards = Files.createDirectories(folder.resolve("photos"));
        var refusal = assertThrows(InputFormatException.class, () -> DataFiles.read(List.of(notCards), warning -> {
        }));
        assertEquals(notCards + ": a folder, but not one of datacards (no SR/ folder of search-bin cards in it)",
                refusal.getMessage());
    }

    private static Arguments hostile(String name, String example, String fragment, String problem,
            UnaryOperator<String> change) {
        return hostile(name, example, fragment, 0, problem, change);
    }

    /** {@code offset} lines from the line of {@code fragment}: where the problem is reported. */
    private static Arguments hostile(String name, String example, String fragment, int offset, String problem,
            UnaryOperator<String> change) {
        return Arguments.of(name, example, fragment, offset, problem, change);
    }

    static String example(String name) throws IOException {
        try (InputStream in = HostileInputTest.class.getResourceAsStream("/examples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int lineOf(String text, String fragment) {
        return lineOf(text, fragment, 0);
    }

    /** The 1-based line of the first {@code fragment} at or after {@code from}. */
    private static int lineOf(String text, String fragment, int from) {
        int at = text.indexOf(fragment, from);
        assertTrue(at >= 0, "'" + fragment + "' is in the changed file");
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
