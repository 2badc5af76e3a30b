/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A model's signal hypothesis: the signal's own per-bin statistical errors. */
class StatisticalModelTest {

    private static final int LUMI = 0;
    private static final int STAT_BIN0 = 1;
    private static final int BACKGROUND_STAT = 2;

    /**
     * Two search bins: bin 0 has a per-bin signal statistical lnN (RA2's SignalMCStatErr0), bin 1
     * has none; luminosity acts on both signals, one background term on a background.
     */
    private static StatisticalModel twoBins() {
        List<NuisanceParameter> parameters = List.of(NuisanceParameter.lnN("lumi"),
                NuisanceParameter.lnN("SignalMCStatErr0"), NuisanceParameter.lnN("bkgStat0"));
        Channel bin0 = new Channel("bin0", "card0.txt", "", 0, 5, List.of(
                new Sample("sig", "sig", true, 0, List.of(new Modifier(LUMI, 1 / 1.027, 1.027),
                        new Modifier(STAT_BIN0, 1 / 1.16, 1.16))),
                new Sample("bkg", "bkg", false, 4, List.of(new Modifier(BACKGROUND_STAT, 1 / 1.1, 1.1)))));
        Channel bin1 = new Channel("bin1", "card1.txt", "", 1, 2, List.of(
                new Sample("sig", "sig", true, 0, List.of(new Modifier(LUMI, 1 / 1.027, 1.027))),
                new Sample("bkg", "bkg", false, 3, List.of())));
        return new StatisticalModel(parameters, List.of(bin0, bin1));
    }

    private static Sample signal(StatisticalModel model, int bin) {
        return model.searchBins().get(bin).samples().stream().filter(Sample::signal).findFirst().orElseThrow();
    }

    @Test
    void theModelsErrorReplacesTheCardsPerBinSignalTerm() {
        StatisticalModel model = twoBins().withSignalStatistics(new double[] {0.05, 0});
        assertEquals(List.of(new Modifier(LUMI, 1 / 1.027, 1.027), new Modifier(STAT_BIN0, 1 / 1.05, 1.05)),
                signal(model, 0).modifiers());
        // luminosity is shared by the bins: it is not a per-bin term and stays
        assertEquals(List.of(new Modifier(LUMI, 1 / 1.027, 1.027)), signal(model, 1).modifiers());
        assertEquals(3, model.parameters().size());
        assertEquals(twoBins().searchBins().get(0).samples().get(1), model.searchBins().get(0).samples().get(1),
                "backgrounds are untouched");
    }

    @Test
    void aBinWithoutAPerBinTermGetsOne() {
        StatisticalModel model = twoBins().withSignalStatistics(new double[] {0.05, 0.2});
        assertEquals(4, model.parameters().size());
        assertEquals(NuisanceParameter.lnN("signalStat_bin1"), model.parameters().get(3));
        assertEquals(List.of(new Modifier(LUMI, 1 / 1.027, 1.027), new Modifier(3, 1 / 1.2, 1.2)),
                signal(model, 1).modifiers());
    }

    @Test
    void aZeroErrorRemovesTheFactor() {
        StatisticalModel model = twoBins().withSignalStatistics(new double[] {0, 0});
        assertEquals(List.of(new Modifier(LUMI, 1 / 1.027, 1.027)), signal(model, 0).modifiers());
    }

    @Test
    void aBadErrorIsRefused() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> twoBins().withSignalStatistics(new double[] {Double.NaN, 0}));
        assertTrue(error.getMessage().contains("search bin 0"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> twoBins().withSignalStatistics(new double[] {0.1}));
    }
}
