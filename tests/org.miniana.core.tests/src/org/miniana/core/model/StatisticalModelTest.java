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
import org.miniana.core.SignalVariation;

/** A model's signal hypothesis: the signal's own per-bin statistical errors and systematic variations. */
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

    @Test
    void aVariationReplacesTheCardsTermOfItsNameInEverySearchBin() {
        // the model's luminosity variation: +10% / -5% in bin 0, +20% / -20% in bin 1
        SignalVariation lumi = SignalVariation.of("lumi", new double[] {2.2, 1.2}, new double[] {1.9, 0.8});
        StatisticalModel model = twoBins().withSignalVariations(new double[] {2, 1}, List.of(lumi));
        assertEquals(3, model.parameters().size(), "no new parameter: the cards' lumi is the same effect");
        assertFactors(signal(model, 0).modifiers().get(0), LUMI, 0.95, 1.1);
        assertEquals(new Modifier(STAT_BIN0, 1 / 1.16, 1.16), signal(model, 0).modifiers().get(1), "the per-bin term stays");
        assertEquals(1, signal(model, 1).modifiers().size());
        assertFactors(signal(model, 1).modifiers().get(0), LUMI, 0.8, 1.2);
        assertEquals(twoBins().searchBins().get(0).samples().get(1), model.searchBins().get(0).samples().get(1),
                "backgrounds are untouched");
    }

    @Test
    void aVariationTheCardsLackBecomesAParameterAndSkipsBinsWithoutSignal() {
        SignalVariation scale = SignalVariation.of("jes", new double[] {0.5, 3}, new double[] {0.4, 1});
        StatisticalModel model = twoBins().withSignalVariations(new double[] {0, 1e-3}, List.of(scale));
        assertEquals(NuisanceParameter.lnN("jes"), model.parameters().get(3));
        assertEquals(signal(twoBins(), 0).modifiers(), signal(model, 0).modifiers(), "no signal, no factor");
        // 3000 times the nominal yield: a bin of a few simulated events, bounded
        assertEquals(new Modifier(3, StatisticalModel.MAX_VARIATION_FACTOR, StatisticalModel.MAX_VARIATION_FACTOR),
                signal(model, 1).modifiers().get(1));
    }

    @Test
    void aVariationNamingAnotherKindOfParameterIsRefused() {
        StatisticalModel model = new StatisticalModel(List.of(NuisanceParameter.lnU("norm")),
                twoBins().channels().stream().map(channel -> channel.withSamples(channel.samples().stream()
                        .map(sample -> sample.withModifiers(List.of())).toList())).toList());
        var error = assertThrows(IllegalArgumentException.class, () -> model.withSignalVariations(new double[] {1, 1},
                List.of(SignalVariation.of("norm", new double[] {1, 1}, new double[] {1, 1}))));
        assertTrue(error.getMessage().contains("norm") && error.getMessage().contains("lnN"), error.getMessage());
    }

    /** Factors to 1e-12: 2.2/2 is not exactly 1.1. */
    private static void assertFactors(Modifier modifier, int parameter, double down, double up) {
        assertEquals(parameter, modifier.parameter());
        assertEquals(down, modifier.down(), 1e-12);
        assertEquals(up, modifier.up(), 1e-12);
    }
}
