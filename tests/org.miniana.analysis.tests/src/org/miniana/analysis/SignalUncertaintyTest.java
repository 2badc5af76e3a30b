/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.miniana.core.SignalModel;
import org.miniana.core.SignalYield;
import org.miniana.core.model.Channel;
import org.miniana.core.model.Modifier;
import org.miniana.core.model.NuisanceParameter;
import org.miniana.core.model.Sample;
import org.miniana.core.model.StatisticalModel;

/**
 * The merged bin's signal uncertainty, from a statistical model's signal nuisances or the MC statistics;
 * with the RA2 cards in {@link FullLikelihoodTest}.
 */
class SignalUncertaintyTest {

    private static Sample signal(double rate, Modifier... modifiers) {
        return new Sample("sig", "sig", true, rate, List.of(modifiers));
    }

    private static Sample background(Modifier... modifiers) {
        return new Sample("bkg", "bkg", false, 5, List.of(modifiers));
    }

    private static Channel bin(int index, Sample... samples) {
        return new Channel("bin" + index, "", "", index, 7, List.of(samples));
    }

    /**
     * Three search bins with signals 10, 30 and 100 and a control region; bins 0 and 1 are merged
     * (S = 40). Worked by hand, per parameter, shifts at +1 / -1 sigma in events:
     * lumi 1.027 on all: +1.08 / 40 (1/1.027 - 1); jes 0.9/1.2 in bin 0 and 1.05/0.97 in bin 1:
     * +2 - 0.9 = +1.1 / -1 + 1.5 = +0.5, both upward; stat0 1.1 in bin 0: +1 / 10 (1/1.1 - 1);
     * stat1 1.2 in bin 1: +6 / 30 (1/1.2 - 1). The lnU on the signal and the background's lnN do not count.
     */
    @Test
    void eachParameterShiftsTheMergedSignalCoherentlyAndParametersAddInQuadrature() {
        List<NuisanceParameter> parameters = List.of(NuisanceParameter.lnN("lumi"), NuisanceParameter.lnN("jes"),
                NuisanceParameter.lnN("stat0"), NuisanceParameter.lnN("stat1"), NuisanceParameter.lnU("norm"),
                NuisanceParameter.lnN("bkg"));
        Modifier lumi = new Modifier(0, 1 / 1.027, 1.027);
        Modifier bkg = new Modifier(5, 0.8, 1.25);
        StatisticalModel model = new StatisticalModel(parameters, List.of(
                bin(0, signal(10, lumi, new Modifier(1, 0.9, 1.2), new Modifier(2, 1 / 1.1, 1.1),
                        new Modifier(4, 1 / 1.5, 1.5)), background(bkg)),
                bin(1, signal(30, lumi, new Modifier(1, 1.05, 0.97), new Modifier(3, 1 / 1.2, 1.2)), background(bkg)),
                bin(2, signal(100, lumi, new Modifier(1, 0.5, 2)), background(bkg)),
                new Channel("control", "", "", Channel.CONTROL_REGION, 50, List.of(signal(0, lumi), background(bkg)))));

        SignalUncertainty merged = SignalUncertainty.of(model, List.of(0, 1));
        double up = combined(0.027, 1.1 / 40, 1.0 / 40, 6.0 / 40);
        double down = 1 - 1 / (1 + combined(1 / (1 / 1.027) - 1, 1 / (1 - 10 * (1 - 1 / 1.1) / 40) - 1,
                1 / (1 - 30 * (1 - 1 / 1.2) / 40) - 1));
        assertEquals(up, merged.up(), 1e-14);
        assertEquals(down, merged.down(), 1e-14);
        assertEquals(SignalUncertainty.Source.STATISTICAL_MODEL, merged.source());

        // one bin alone: its own shifts; the order of the bins does not matter
        SignalUncertainty bin2 = SignalUncertainty.of(model, List.of(2));
        assertEquals(combined(0.027, 1), bin2.up(), 1e-14);
        assertEquals(1 - 1 / (1 + combined(0.027, 1)), bin2.down(), 1e-14, "symmetric lnN factors: 1/1.027 and 1/2");
        SignalUncertainty reversed = SignalUncertainty.of(model, List.of(1, 0));
        assertEquals(merged.up(), reversed.up(), 1e-15);
        assertEquals(merged.down(), reversed.down(), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> SignalUncertainty.of(model, List.of(3)));
    }

    @Test
    void aLargeDownwardShiftStaysBelowTheWholeSignal() {
        SignalModel model = new SignalModel("m", "f", Map.of(), 1, "test", List.of(new SignalYield(1, 5),
                new SignalYield(1, 5)));
        SignalUncertainty merged = SignalUncertainty.mcStatistics(model, List.of(0, 1));
        // two bins at kappa 6: each takes the merged signal to 1/2 + 1/12 at -1 sigma
        assertEquals(1 - 1 / (1 + combined(1 / (7.0 / 12) - 1, 1 / (7.0 / 12) - 1)), merged.down(), 1e-15);
        assertTrue(merged.down() < 1);
    }

    /** The relative error of log-normal factors 1 + e_i combined: exp(sqrt(sum ln^2(1 + e_i))) - 1. */
    private static double combined(double... errors) {
        double sum = 0;
        for (double error : errors) {
            sum += Math.log1p(error) * Math.log1p(error);
        }
        return Math.expm1(Math.sqrt(sum));
    }

    @Test
    void withoutAStatisticalModelTheMcStatisticsAddInQuadrature() {
        SignalModel model = new SignalModel("m", "f", Map.of(), 1, "test", List.of(new SignalYield(10, 1),
                new SignalYield(30, 6), new SignalYield(0, 2), new SignalYield(5, 0)));
        SignalUncertainty merged = SignalUncertainty.mcStatistics(model, List.of(0, 1, 2, 3));
        assertEquals(combined(1.0 / 45, 6.0 / 45), merged.up(), 1e-15);
        // each bin's error as the likelihood's symmetric kappa 1 + error / yield takes it downwards
        assertEquals(1 - 1 / (1 + combined(1 / (1 - 10 * (1 - 1 / 1.1) / 45) - 1, 1 / (1 - 30 * (1 - 1 / 1.2) / 45) - 1)),
                merged.down(), 1e-15);
        assertEquals(SignalUncertainty.Source.MC_STATISTICS, merged.source());
        assertEquals(0, SignalUncertainty.mcStatistics(model, List.of(2)).up(), "no signal, nothing uncertain");
    }
}
