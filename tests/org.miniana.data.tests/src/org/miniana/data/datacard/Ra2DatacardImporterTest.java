/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data.datacard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.miniana.core.BinYields;
import org.miniana.core.Ra2Search;
import org.miniana.core.SearchResult;
import org.miniana.data.InputFormatException;
import org.miniana.data.SharedData;

class Ra2DatacardImporterTest {

    private static final double EXACT = 1e-9;

    @Test
    void importsTheBundledCards() throws Exception {
        List<String> warnings = new ArrayList<>();
        SearchResult result = Ra2DatacardImporter.read(Ra2DatacardImporter.bundled(), warnings::add);
        assertEquals(160, result.bins().size());
        assertEquals(21963, result.totalObserved());
        // The seed's placeholder substitution hit 38 background rates in 18 cards.
        assertEquals(38, warnings.size(), () -> String.join("\n", warnings));
        assertEquals(18, warnings.stream().map(warning -> warning.substring(0, warning.indexOf(':'))).distinct().count());
        assertTrue(warnings.get(0).contains("SIGNAL placeholder"), warnings.get(0));
    }

    /** Three bins summed by hand from the rate lines of their cards. */
    @Test
    void sumsCombineProcessesIntoBackgrounds() throws Exception {
        SearchResult result = Ra2DatacardImporter.read(Ra2DatacardImporter.bundled(), warning -> {
        });
        // card_signal0: rate SIGNAL 982.78689 0.57141 747.75679 0.25000 3146.16769 63.22000
        BinYields bin0 = result.bins().get(0);
        assertEquals(5180, bin0.observed());
        assertEquals(982.78689 + 0.57141, bin0.background(Ra2Search.LOST_LEPTON).value(), EXACT);
        assertEquals(747.75679 + 0.25, bin0.background(Ra2Search.HADRONIC_TAU).value(), EXACT);
        assertEquals(3146.16769, bin0.background(Ra2Search.Z_TO_NUNU).value(), EXACT);
        assertEquals(63.22, bin0.background(Ra2Search.QCD).value(), EXACT);
        // card_signal77: observation 2; rate SIGNAL 0.0001 0.36484 0.15049 0.25000 0.20555 0.13000
        BinYields bin77 = result.bins().get(77);
        assertEquals(2, bin77.observed());
        assertEquals(0.36494, bin77.background(Ra2Search.LOST_LEPTON).value(), EXACT);
        assertEquals(0.40049, bin77.background(Ra2Search.HADRONIC_TAU).value(), EXACT);
        assertEquals(0.20555, bin77.background(Ra2Search.Z_TO_NUNU).value(), EXACT);
        assertEquals(0.13, bin77.background(Ra2Search.QCD).value(), EXACT);
        assertEquals(0.36494 + 0.40049 + 0.20555 + 0.13, bin77.totalBackground(), EXACT);
        // card_signal100: rate SIGNAL 0.27057 0.33972 0.31602 0.25000 0.59950 SIGNAL (QCD placeholder)
        BinYields bin100 = result.bins().get(100);
        assertEquals(0.27057 + 0.33972, bin100.background(Ra2Search.LOST_LEPTON).value(), EXACT);
        assertEquals(0.56602, bin100.background(Ra2Search.HADRONIC_TAU).value(), EXACT);
        assertEquals(0.5995, bin100.background(Ra2Search.Z_TO_NUNU).value(), EXACT);
        assertEquals(0.0, bin100.background(Ra2Search.QCD).value());
        assertEquals(Ra2Search.bin(100), bin100.bin());
    }

    @Test
    void bundledCardsAreTheSharedOnes() throws Exception {
        SearchResult bundled = Ra2DatacardImporter.read(Ra2DatacardImporter.bundled(), warning -> {
        });
        SearchResult shared = Ra2DatacardImporter.read(CardLocation.directory(SharedData.ra2Cards()), warning -> {
        });
        assertEquals(bundled, shared);
    }

    @Test
    void rejectsACardWhoseTagNamesAnotherBin(@TempDir Path folder) throws Exception {
        Path cards = copyOfSharedCards(folder);
        Path card5 = cards.resolve("SR/card_signal5.txt");
        Files.writeString(card5, Files.readString(card5).replace("NJets0_BTags0_MHT1_HT5", "NJets0_BTags0_MHT1_HT4"));
        var error = assertThrows(InputFormatException.class,
                () -> Ra2DatacardImporter.read(CardLocation.directory(cards), warning -> {
                }));
        assertEquals(card5.toString(), error.file());
        assertEquals(1, error.line());
        assertTrue(error.problem().contains("does not describe bin 5"), error.getMessage());
    }

    @Test
    void rejectsAnUnmappedBackground(@TempDir Path folder) throws Exception {
        Path cards = copyOfSharedCards(folder);
        Path card9 = cards.resolve("SR/card_signal9.txt");
        Files.writeString(card9, Files.readString(card9).replace("process sig WTopSL", "process sig WTopXX"));
        var error = assertThrows(InputFormatException.class,
                () -> Ra2DatacardImporter.read(CardLocation.directory(cards), warning -> {
                }));
        assertEquals(10, error.line());
        assertTrue(error.problem().contains("'WTopXX' is not in the process mapping"), error.getMessage());
    }

    @Test
    void reportsAMissingCard(@TempDir Path folder) throws Exception {
        Path cards = copyOfSharedCards(folder);
        Files.delete(cards.resolve("SR/card_signal42.txt"));
        var error = assertThrows(IOException.class,
                () -> Ra2DatacardImporter.read(CardLocation.directory(cards), warning -> {
                }));
        assertTrue(error.getMessage().contains("card_signal42.txt"), error.getMessage());
    }

    private static Path copyOfSharedCards(Path folder) throws IOException {
        Path source = SharedData.ra2Cards();
        Path target = folder.resolve("cards");
        Files.createDirectories(target.resolve("SR"));
        try (var files = Files.list(source.resolve("SR"))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, target.resolve("SR").resolve(file.getFileName().toString()));
            }
        }
        return target;
    }
}
