/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.IntPredicate;

import org.junit.jupiter.api.Test;
import org.miniana.core.Ra2Search;
import org.miniana.core.SignalModel;
import org.miniana.core.SignalVariation;
import org.miniana.core.SignalYield;

/** The fast simulation's systematic variations of the signal, per bin. */
class SystematicVariationsTest {

    private static final long EVENTS = 40_000;
    private static final long SEED = 5;

    private static SignalModel simulate(SimplifiedModel family, double mGluino, double mLsp) {
        return FastSimulation.simulate(new MassPoint(family, mGluino, mLsp), EVENTS, SEED, null).model();
    }

    private static SignalVariation variation(SignalModel model, String name) {
        return model.variations().stream().filter(variation -> variation.name().equals(name)).findFirst().orElseThrow();
    }

    private static double sum(List<Double> yields, IntPredicate bins) {
        double sum = 0;
        for (int bin = 0; bin < yields.size(); bin++) {
            sum += bins.test(bin) ? yields.get(bin) : 0;
        }
        return sum;
    }

    private static List<Double> nominal(SignalModel model) {
        return model.yields().stream().map(SignalYield::value).toList();
    }

    private static IntPredicate bTags(int nb) {
        return bin -> Ra2Search.bins().get(bin).nb().lower() == nb;
    }

    @Test
    void everyModelHasTheVariationsOfTheCardsNuisancesInEveryBin() {
        SignalModel model = simulate(SimplifiedModel.T1BBBB, 1500, 100);
        assertEquals(List.of("JECUnc", "BTagSFUnc", "MisTagSFunc", "ISRSystem"),
                model.variations().stream().map(SignalVariation::name).toList());
        for (SignalVariation variation : model.variations()) {
            assertEquals(Ra2Search.bins().size(), variation.up().size(), variation.name());
        }
    }

    @Test
    void bTagScaleFactorsMoveEventsBetweenTagClassesAndKeepTheTotal() {
        SignalModel bbbb = simulate(SimplifiedModel.T1BBBB, 1500, 100);
        SignalVariation heavy = variation(bbbb, "BTagSFUnc");
        double total = sum(nominal(bbbb), bin -> true);
        assertEquals(total, sum(heavy.up(), bin -> true), 1e-12 * total, "P(Nb = k) sums to 1 for every event");
        assertEquals(total, sum(heavy.down(), bin -> true), 1e-12 * total);
        assertTrue(sum(heavy.up(), bTags(0)) < sum(nominal(bbbb), bTags(0)));
        assertTrue(sum(heavy.up(), bTags(3)) > sum(nominal(bbbb), bTags(3)));
        assertTrue(sum(heavy.down(), bTags(3)) < sum(nominal(bbbb), bTags(3)));

        SignalModel qqqq = simulate(SimplifiedModel.T1QQQQ, 1500, 100);
        SignalVariation light = variation(qqqq, "MisTagSFunc");
        double lightTotal = sum(nominal(qqqq), bin -> true);
        assertEquals(lightTotal, sum(light.up(), bin -> true), 1e-12 * lightTotal);
        // light jets give part of the one-tag events (c jets the rest): 10% more mistags, less than 10% more of those
        double oneTag = sum(nominal(qqqq), bTags(1));
        double up = sum(light.up(), bTags(1)) / oneTag;
        double down = sum(light.down(), bTags(1)) / oneTag;
        assertTrue(up > 1.01 && up < 1.1, "up " + up);
        assertTrue(down < 0.99 && down > 0.9, "down " + down);
        assertTrue(sum(light.up(), bTags(0)) < sum(nominal(qqqq), bTags(0)));
    }

    @Test
    void aHigherJetEnergyScaleSelectsMoreEvents() {
        SignalModel model = simulate(SimplifiedModel.T1QQQQ, 1500, 100);
        SignalVariation scale = variation(model, "JECUnc");
        double total = sum(nominal(model), bin -> true);
        double up = sum(scale.up(), bin -> true) / total;
        double down = sum(scale.down(), bin -> true) / total;
        // the jets move by 1-3%, HT and MHT with them: a few per cent of the events cross a boundary
        assertTrue(up > 1.001 && up < 1.05, "up " + up);
        assertTrue(down < 0.999 && down > 0.95, "down " + down);
        // the hardest bins gain most
        IntPredicate hardest = bin -> Ra2Search.bins().get(bin).mht().lower() >= 750;
        double hardUp = sum(scale.up(), hardest) / sum(nominal(model), hardest);
        assertTrue(hardUp > up, "MHT >= 750 GeV: " + hardUp + ", all: " + up);
    }

    @Test
    void moreInitialStateRadiationHelpsCompressedSpectraOnly() {
        SignalModel compressed = simulate(SimplifiedModel.T1BBBB, 1000, 900);
        SignalVariation isr = variation(compressed, "ISRSystem");
        double total = sum(nominal(compressed), bin -> true);
        assertTrue(sum(isr.up(), bin -> true) > 1.02 * total);
        assertTrue(sum(isr.down(), bin -> true) < 0.98 * total);

        // far from the diagonal the ISR recoil hardly matters: the weights average to 1
        SignalModel open = simulate(SimplifiedModel.T1BBBB, 1500, 100);
        SignalVariation openIsr = variation(open, "ISRSystem");
        double openTotal = sum(nominal(open), bin -> true);
        assertEquals(1, sum(openIsr.up(), bin -> true) / openTotal, 0.02);
        assertEquals(1, sum(openIsr.down(), bin -> true) / openTotal, 0.02);
    }
}
