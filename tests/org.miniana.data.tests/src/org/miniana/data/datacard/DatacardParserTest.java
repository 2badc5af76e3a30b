/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data.datacard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.miniana.core.model.NuisanceParameter;
import org.miniana.data.InputFormatException;

class DatacardParserTest {

    private static final String CARD = """
            #the tag = NJets0_BTags0_MHT0_HT0
            imax 1 #number of channels
            jmax 2 #number of backgrounds
            kmax * nuissance
            shapes * * FAKE
            ------------
            bin Bin7
            observation 12.0
            bin Bin7 Bin7 Bin7
            process sig bkgA bkgB
            process 0 1 2
            rate SIGNAL 4.5 0.25
            ------------
            lumi lnN 1.027 - -
            AStat lnN - 0.9/1.2 -
            CR7 lnU - - 100
            """;

    @Test
    void readsACountingCard() throws Exception {
        Datacard card = parse(CARD);
        assertEquals("NJets0_BTags0_MHT0_HT0", card.tag());
        assertEquals("Bin7", card.channel());
        assertEquals(12.0, card.observation());
        assertEquals(List.of("sig", "bkgA", "bkgB"), card.processes());
        assertEquals(List.of(0, 1, 2), card.processIds());
        assertTrue(card.isSignal(0));
        assertTrue(card.isPlaceholder(0));
        assertEquals(4.5, card.rates().get(1));
        assertEquals(3, card.nuisances().size());
        Nuisance lumi = card.nuisances().get(0);
        assertEquals(1.027, lumi.effect(0).up());
        assertEquals(1 / 1.027, lumi.effect(0).down(), 1e-15);
        assertNull(lumi.effect(1));
        Nuisance stat = card.nuisances().get(1);
        assertEquals(0.9, stat.effect(1).down());
        assertEquals(1.2, stat.effect(1).up());
        assertEquals(15, stat.line());
        assertEquals(NuisanceParameter.Type.LN_U, card.nuisances().get(2).type());
        assertEquals(new Datacard.Lines(8, 10, 12), card.lines());
    }

    @Test
    void readsARealRa2Card() throws Exception {
        Datacard card;
        try (InputStream in = Ra2DatacardImporter.bundled().open("SR/card_signal0.txt")) {
            card = DatacardParser.parse("card_signal0.txt", in);
        }
        assertEquals(5180.0, card.observation());
        assertEquals(List.of("sig", "WTopSL", "WTopSLHighW", "WTopHad", "WTopHadHighW", "zvv", "qcd"), card.processes());
        assertEquals(982.78689, card.rates().get(1));
        assertEquals(63.22, card.rates().get(6));
    }

    @Test
    void namesFileLineAndProblem() {
        var error = assertThrows(InputFormatException.class,
                () -> parse(CARD.replace("rate SIGNAL 4.5 0.25", "rate SIGNAL 4.5 abc")));
        assertEquals("test.txt", error.file());
        assertEquals(12, error.line());
        assertEquals("test.txt:12: rate of process bkgB must be a plain decimal number, not 'abc'", error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "observation 1e30|test.txt:8: the observation must be a whole number from 0 to 1000000000, not 1.0E30",
            "observation 2.5|test.txt:8: the observation must be a whole number from 0 to 1000000000, not 2.5",
            "lumi lnN 1e308 - -|test.txt:14: kappa of 'lumi' must be between 0.001 and 1000, not 1e308",
            "lumi lnN 0.5/1e-9 - -|test.txt:14: kappa of 'lumi' must be between 0.001 and 1000, not 1e-9",
            "rate SIGNAL 0x1p3 0.25|test.txt:12: rate of process bkgA must be a plain decimal number, not '0x1p3'",
            "rate SIGNAL 1.5d 0.25|test.txt:12: rate of process bkgA must be a plain decimal number, not '1.5d'",
            "rate SIGNAL 4.5 1e300|test.txt:12: rate of process bkgB must be a finite number of magnitude at most 1e9,"
                    + " not 1.0E300",
            "process sig bk\u0000gA bkgB|test.txt:10: the line contains the control character U+0000",
            "process sig \u202EAgkb bkgB|test.txt:10: the line contains the bidirectional-formatting character U+202E,"
                    + " which can make text display as other text" })
    void refusesHostileValuesOnTheirLine(String lineAndMessage) {
        String[] parts = lineAndMessage.split("\\|");
        String line = parts[0].replace("\\u0000", "\u0000").replace("\\u202E", "\u202E");
        String keyword = line.substring(0, line.indexOf(' ') + 1);
        String changed = CARD.replaceFirst("(?m)^" + keyword + ".*$", line);
        var error = assertThrows(InputFormatException.class, () -> parse(changed));
        assertEquals(parts[1], error.getMessage());
    }

    @Test
    void rejectsWrongColumnCounts() {
        var error = assertThrows(InputFormatException.class,
                () -> parse(CARD.replace("AStat lnN - 0.9/1.2 -", "AStat lnN - 0.9/1.2")));
        assertEquals(15, error.line());
        assertTrue(error.problem().contains("2 entries for 3 processes"), error.getMessage());
    }

    @Test
    void readsGammaNuisances() throws Exception {
        Datacard card = parse(CARD.replace("CR7 lnU - - 100", "CR7 gmN 10 - - 0.1"));
        Nuisance gamma = card.nuisances().get(2);
        assertEquals(NuisanceParameter.Type.GM_N, gamma.type());
        assertEquals(10, gamma.controlCount());
        assertEquals(0.1, gamma.effect(2).up());
        assertEquals(0.1, gamma.effect(2).down());
        assertNull(gamma.effect(1));
    }

    @ParameterizedTest
    @ValueSource(strings = { "CR7 shape - - 1", "CR7 param 0 1", "CR7 rateParam bin1 qcd 1", "CR7 lognormal - - 2" })
    void rejectsUnsupportedNuisanceTypesNamingWhatIsSupported(String line) {
        var error = assertThrows(InputFormatException.class, () -> parse(CARD.replace("CR7 lnU - - 100", line)));
        assertEquals(16, error.line());
        assertTrue(error.problem().contains("unsupported type '" + line.split(" ")[1] + "'"), error.getMessage());
        assertTrue(error.problem().contains("lnN (symmetric or down/up), lnU and gmN"), error.getMessage());
    }

    @Test
    void rejectsAGammaNuisanceWithoutAWholeCount() {
        var error = assertThrows(InputFormatException.class,
                () -> parse(CARD.replace("CR7 lnU - - 100", "CR7 gmN 2.5 - - 0.1")));
        assertEquals(16, error.line());
        assertTrue(error.problem().contains("must be a whole number"), error.getMessage());
    }

    @Test
    void rejectsATruncatedCard() {
        String truncated = CARD.substring(0, CARD.indexOf("rate"));
        var error = assertThrows(InputFormatException.class, () -> parse(truncated));
        assertTrue(error.problem().contains("without its 'rate' line"), error.getMessage());
    }

    @Test
    void rejectsNegativeRatesAndBadUtf8() {
        var negative = assertThrows(InputFormatException.class,
                () -> parse(CARD.replace("rate SIGNAL 4.5 0.25", "rate SIGNAL -4.5 0.25")));
        assertEquals(12, negative.line());
        byte[] bytes = CARD.replace("lumi", "lumi\u00e9").getBytes(StandardCharsets.UTF_8);
        int at = CARD.indexOf("lumi") + 4;
        bytes[at] = (byte) 0xC3;
        bytes[at + 1] = (byte) 0x28;
        var utf8 = assertThrows(InputFormatException.class,
                () -> DatacardParser.parse("test.txt", new ByteArrayInputStream(bytes)));
        assertEquals(14, utf8.line());
        assertEquals("not valid UTF-8 text", utf8.problem());
    }

    @Test
    void rejectsAHugeFileWithoutReadingItAll() {
        byte[] huge = new byte[DatacardParser.MAX_BYTES + 10];
        Arrays.fill(huge, (byte) ' ');
        var error = assertThrows(InputFormatException.class,
                () -> DatacardParser.parse("huge.txt", new ByteArrayInputStream(huge)));
        assertEquals("huge.txt: file is larger than 4 MiB", error.getMessage());
    }

    @Test
    void rejectsChannelMismatch() {
        var error = assertThrows(InputFormatException.class,
                () -> parse(CARD.replace("bin Bin7 Bin7 Bin7", "bin Bin7 Bin8 Bin7")));
        assertEquals(9, error.line());
        assertTrue(error.problem().contains("'Bin8'"), error.getMessage());
    }

    private static Datacard parse(String text) throws InputFormatException, IOException {
        return DatacardParser.parse("test.txt", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
