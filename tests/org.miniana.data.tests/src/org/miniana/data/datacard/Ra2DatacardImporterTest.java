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
import org.miniana.core.model.NuisanceParameter;
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

    /**
     * Three bins summed by hand from the rate lines of their cards, with the lnU normalisations
     * their control regions imply. Every single-lepton region is empty, so the "...HighW" rates
     * drop out; the low-delta-phi and photon regions of these bins observe what the cards' rates
     * assume (Lowdphi0: 953 = 313.4 qcd + 639.6 contamination; sphoton17: 107; sphoton20: 10).
     */
    @Test
    void scalesLinkedRatesByTheirControlRegions() throws Exception {
        SearchResult result = SharedData.bundledRa2();
        // card_signal0: rate SIGNAL 982.78689 0.57141 747.75679 0.25000 3146.16769 63.22000
        BinYields bin0 = result.bins().get(0);
        assertEquals(5180, bin0.observed());
        assertEquals(982.78689, bin0.background(Ra2Search.LOST_LEPTON).value(), EXACT);
        assertEquals(747.75679, bin0.background(Ra2Search.HADRONIC_TAU).value(), EXACT);
        assertEquals(3146.16769, bin0.background(Ra2Search.Z_TO_NUNU).value(), EXACT);
        assertEquals(63.22, bin0.background(Ra2Search.QCD).value(), EXACT);
        // card_signal77: observation 2; rate SIGNAL 0.0001 0.36484 0.15049 0.25000 0.20555 0.13000
        BinYields bin77 = result.bins().get(77);
        assertEquals(2, bin77.observed());
        assertEquals(0.0001, bin77.background(Ra2Search.LOST_LEPTON).value(), EXACT);
        assertEquals(0.15049, bin77.background(Ra2Search.HADRONIC_TAU).value(), EXACT);
        assertEquals(0.20555, bin77.background(Ra2Search.Z_TO_NUNU).value(), EXACT);
        assertEquals(0.13, bin77.background(Ra2Search.QCD).value(), EXACT);
        assertEquals(0.0001 + 0.15049 + 0.20555 + 0.13, bin77.totalBackground(), EXACT);
        // card_signal100: rate SIGNAL 0.27057 0.33972 0.31602 0.25000 0.59950 SIGNAL (QCD placeholder)
        BinYields bin100 = result.bins().get(100);
        assertEquals(0.27057, bin100.background(Ra2Search.LOST_LEPTON).value(), EXACT);
        assertEquals(0.31602, bin100.background(Ra2Search.HADRONIC_TAU).value(), EXACT);
        assertEquals(0.5995, bin100.background(Ra2Search.Z_TO_NUNU).value(), EXACT);
        assertEquals(0.0, bin100.background(Ra2Search.QCD).value());
        assertEquals(Ra2Search.bin(100), bin100.bin());
    }

    /**
     * Bin 159's Z to nunu and QCD, worked out by hand: both control regions are empty
     * (sphoton39: 0 observed, zvv rate 3.2677; Lowdphi159: 0 observed, qcd rate 1.0, other
     * backgrounds 0.0001), so both predictions are 0 and keep only the Poisson upper error of an
     * empty region, the Garwood 68.27% upper limit -ln((1 - 0.6827) / 2) = 1.8410, scaled from the
     * region's rate to the bin's (zvv 0.17083, qcd 0.0361). Kappas of a zero prediction shift nothing.
     */
    @Test
    void emptyControlRegionsGiveZeroAndAPoissonUpperError() throws Exception {
        BinYields bin = SharedData.bundledRa2().bins().get(159);
        double garwoodUpperOfZero = -Math.log((1 - 0.6826894921370859) / 2);
        assertEstimate(new Estimate(0, 0.17083 * garwoodUpperOfZero / 3.2677, 0, 0, 0),
                bin.background(Ra2Search.Z_TO_NUNU));
        assertEstimate(new Estimate(0, 0.0361 * garwoodUpperOfZero, 0, 0, 0), bin.background(Ra2Search.QCD));
    }

    /**
     * Bin 0's Z to nunu systematics come from its photon region's kappas, which act inversely on
     * the prediction (the region's count is fixed, so a larger photon-region expectation means a
     * smaller normalisation): ZScaleErr 1.06319719553, PhoPurUnc 1.01709744334, PhoRZgDblRatio0 and
     * ZgammaRatioErr down/up, read off CRs/card_sphoton0.txt below; the search-bin card's own
     * DYsysKin0 and DYsysNj are 1.0.
     */
    @Test
    void controlRegionKappasActInverselyOnThePrediction() throws Exception {
        BinYields bin = SharedData.bundledRa2().bins().get(0);
        Datacard photons;
        try (var in = Ra2DatacardImporter.bundled().open("CRs/card_sphoton0.txt")) {
            photons = DatacardParser.parse("card_sphoton0.txt", in);
        }
        double up = 0;
        double down = 0;
        for (Nuisance nuisance : photons.nuisances()) {
            Kappa kappa = nuisance.effect(1);
            if (nuisance.type() == NuisanceParameter.Type.LN_N && kappa != null) {
                double high = Math.max(1 / kappa.up(), 1 / kappa.down()) - 1;
                double low = 1 - Math.min(1 / kappa.up(), 1 / kappa.down());
                up += high * high;
                down += low * low;
            }
        }
        double znunu = 3146.16769;
        Estimate estimate = bin.background(Ra2Search.Z_TO_NUNU);
        assertEquals(znunu * Math.sqrt(up), estimate.systUp(), 1e-6);
        assertEquals(znunu * Math.sqrt(down), estimate.systDown(), 1e-6);
        // CMS's table: 3146 +220 -190 (syst); the kappas alone give about 6.6%
        assertEquals(220, estimate.systUp(), 20);
    }

    @Test
    void totalsOverAllBins() throws Exception {
        SearchResult result = SharedData.bundledRa2();
        // The same rule computed independently in Python from the cards (sums of rate x
        // max(0, (N_CR - other CR backgrounds) / CR rate), placeholders as 0).
        assertEquals(4524.33333, result.totalBackground(Ra2Search.LOST_LEPTON), 5e-4);
        assertEquals(3931.85113, result.totalBackground(Ra2Search.HADRONIC_TAU), 5e-4);
        assertEquals(12196.17126, result.totalBackground(Ra2Search.Z_TO_NUNU), 5e-4);
        assertEquals(573.95368, result.totalBackground(Ra2Search.QCD), 5e-4);
        for (BinYields bin : result.bins()) {
            for (var process : result.processes()) {
                Estimate estimate = bin.background(process);
                // 0 without error only where the card's rate was a placeholder (bin 80's QCD, ...)
                assertTrue(estimate.value() == 0 || estimate.totalUp() > 0, () -> "bin " + bin.bin().index() + " "
                        + process.name() + " has no error");
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
