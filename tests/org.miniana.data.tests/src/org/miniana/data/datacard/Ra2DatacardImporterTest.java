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
import org.miniana.core.Estimate;
import org.miniana.core.Ra2Search;
import org.miniana.core.SearchResult;
import org.miniana.data.InputFormatException;
import org.miniana.data.SharedData;
import org.miniana.data.io.BinDefinitionsCsv;

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
        SearchResult result = SharedData.bundledRa2();
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

    /**
     * Bin 159's Z to nunu and QCD errors, worked out by hand from its card (rates and kappas
     * copied below) and from its control regions (sphoton39: 0 observed, zvv rate 3.2677;
     * Lowdphi159: 0 observed, qcd rate 1.0). For 0 observed events the Garwood 68.27% upper limit
     * is -ln((1 - 0.6827) / 2) = 1.8410 and the lower limit 0.
     */
    @Test
    void derivesStatAndSystErrorsFromKappasAndControlRegions() throws Exception {
        BinYields bin = SharedData.bundledRa2().bins().get(159);
        double garwoodUpperOfZero = -Math.log((1 - 0.6826894921370859) / 2);

        double znunu = 0.17083;
        // stat: DYstat_Njet1_BTag3 2.00183653831, DYMCstat_Nj3_Btag3 1.43622463942, SPhoCR39 (lnU)
        double zStatUp = znunu * Math.sqrt(sq(1.00183653831) + sq(0.43622463942) + sq(garwoodUpperOfZero / 3.2677));
        double zStatDown = znunu * Math.sqrt(sq(1 - 1 / 2.00183653831) + sq(1 - 1 / 1.43622463942));
        // syst: DYsysKin159 1.20000000298, DYPur_BTag2Plus 1.07668808848, DYsysNj 0.62614145875/1.97367024422
        double zSystUp = znunu * Math.sqrt(sq(0.20000000298) + sq(0.07668808848) + sq(0.97367024422));
        double zSystDown = znunu * Math.sqrt(sq(1 - 1 / 1.20000000298) + sq(1 - 1 / 1.07668808848)
                + sq(1 - 0.62614145875));
        assertEstimate(new Estimate(znunu, zStatUp, zStatDown, zSystUp, zSystDown), bin.background(Ra2Search.Z_TO_NUNU));

        double qcd = 0.0361;
        // stat: QCDControlCNJets3_BTags3_MHT3_HT9 (lnU); syst: KQCDHT3 1.241, KQCDNJ4 1.665, KQCDHT3MHT4 1.56
        double qcdSystUp = qcd * Math.sqrt(sq(0.241) + sq(0.665) + sq(0.56));
        double qcdSystDown = qcd * Math.sqrt(sq(1 - 1 / 1.241) + sq(1 - 1 / 1.665) + sq(1 - 1 / 1.56));
        assertEstimate(new Estimate(qcd, qcd * garwoodUpperOfZero, 0, qcdSystUp, qcdSystDown),
                bin.background(Ra2Search.QCD));
    }

    @Test
    void totalsOverAllBins() throws Exception {
        SearchResult result = SharedData.bundledRa2();
        // Sums of the cards' rate lines (placeholders as 0), summed independently with awk.
        assertEquals(4582.845, result.totalBackground(Ra2Search.LOST_LEPTON), 5e-4);
        assertEquals(3971.851, result.totalBackground(Ra2Search.HADRONIC_TAU), 5e-4);
        assertEquals(12208.397, result.totalBackground(Ra2Search.Z_TO_NUNU), 5e-4);
        assertEquals(579.697, result.totalBackground(Ra2Search.QCD), 5e-4);
        for (BinYields bin : result.bins()) {
            for (var process : result.processes()) {
                Estimate estimate = bin.background(process);
                assertTrue(estimate.value() == 0 || estimate.totalUp() > 0,
                        () -> "bin " + bin.bin().index() + " " + process.name() + " has no error");
            }
        }
    }

    private static double sq(double x) {
        return x * x;
    }

    private static void assertEstimate(Estimate expected, Estimate actual) {
        double tolerance = 1e-9 * Math.max(1, expected.value());
        assertEquals(expected.value(), actual.value(), tolerance, "value");
        assertEquals(expected.statUp(), actual.statUp(), 1e-6 * expected.statUp() + 1e-12, "stat up");
        assertEquals(expected.statDown(), actual.statDown(), 1e-6 * expected.statDown() + 1e-12, "stat down");
        assertEquals(expected.systUp(), actual.systUp(), 1e-9, "syst up");
        assertEquals(expected.systDown(), actual.systDown(), 1e-9, "syst down");
    }

    /** The bundled bin-definition resource and the core model's RA2 grid describe the same bins. */
    @Test
    void binDefinitionsAgreeWithTheRa2Grid() throws Exception {
        try (var in = Ra2DatacardImporter.bundled().open(Ra2DatacardImporter.BIN_DEFINITIONS)) {
            var definitions = BinDefinitionsCsv.read("bins.csv", in);
            assertEquals(Ra2Search.bins(), definitions.stream().map(BinDefinitionsCsv.BinDefinition::bin).toList());
            assertEquals("SR/card_signal77.txt", definitions.get(77).card());
        }
    }

    @Test
    void bundledCardsAreTheSharedOnes() throws Exception {
        SearchResult bundled = SharedData.bundledRa2();
        SearchResult shared = Ra2DatacardImporter.read(CardLocation.directory(SharedData.ra2Cards()), warning -> {
        });
        assertEquals(bundled, shared);
    }

    @Test
    void rejectsACardWhoseTagNamesAnotherBin(@TempDir Path folder) throws Exception {
        Path cards = SharedData.copyOfRa2Cards(folder.resolve("cards"));
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
        Path cards = SharedData.copyOfRa2Cards(folder.resolve("cards"));
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
        Path cards = SharedData.copyOfRa2Cards(folder.resolve("cards"));
        Files.delete(cards.resolve("SR/card_signal42.txt"));
        var error = assertThrows(IOException.class,
                () -> Ra2DatacardImporter.read(CardLocation.directory(cards), warning -> {
                }));
        assertTrue(error.getMessage().contains("card_signal42.txt"), error.getMessage());
    }
}
