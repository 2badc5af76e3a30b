/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.likelihood;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.miniana.likelihood.Models.background;
import static org.miniana.likelihood.Models.bin;
import static org.miniana.likelihood.Models.signal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.miniana.core.model.Modifier;
import org.miniana.core.model.NuisanceParameter;
import org.miniana.core.model.StatisticalModel;

/** Toys against the asymptotic formulas where these hold (about 50 background events). */
class ToyCalculatorTest {

    private static StatisticalModel model(long observed) {
        return new StatisticalModel(List.of(NuisanceParameter.lnN("bkgSyst")),
                List.of(bin(0, observed, signal(1), background(50, new Modifier(0, 1 / 1.05, 1.05)))));
    }

    @Test
    void limitsAgreeWithAsymptotics() {
        StatisticalModel model = model(50);
        Fitter fitter = new Fitter(Likelihood.of(model));
        Data data = fitter.likelihood().observed();
        UpperLimit asymptotic = new AsymptoticCalculator(fitter).upperLimit(data);
        UpperLimit toys = new ToyCalculator(fitter, 12345, 2000).upperLimit(data, 0.95);
        System.out.println("asymptotic " + asymptotic + "\ntoys       " + toys);
        assertEquals(Method.TOYS, toys.method());
        assertEquals(asymptotic.observed(), toys.observed(), 0.06 * asymptotic.observed());
        assertEquals(asymptotic.expectedMedian(), toys.expectedMedian(), 0.06 * asymptotic.expectedMedian());
        assertEquals(asymptotic.expectedMinus1(), toys.expectedMinus1(), 0.1 * asymptotic.expectedMinus1());
        assertEquals(asymptotic.expectedPlus1(), toys.expectedPlus1(), 0.1 * asymptotic.expectedPlus1());
    }

    @Test
    void sameSeedSameResult() {
        StatisticalModel model = model(45);
        Fitter fitter = new Fitter(Likelihood.of(model));
        Data data = fitter.likelihood().observed();
        assertEquals(new ToyCalculator(fitter, 7, 200).cls(data, 12), new ToyCalculator(fitter, 7, 200).cls(data, 12),
                0);
    }

    @Test
    void discoveryAgreesWithAsymptotics() {
        // 65 over 50 +- 5%: Z about 1.9, p about 0.03, known to +-0.004 from 4000 toys
        StatisticalModel model = new StatisticalModel(List.of(NuisanceParameter.lnN("bkgSyst")),
                List.of(bin(0, 65, signal(15), background(50, new Modifier(0, 1 / 1.05, 1.05)))));
        Fitter fitter = new Fitter(Likelihood.of(model));
        Data data = fitter.likelihood().observed();
        Discovery asymptotic = new AsymptoticCalculator(fitter).discovery(data);
        Discovery toys = new ToyCalculator(fitter, 99, 4000).discovery(data);
        System.out.println("asymptotic " + asymptotic + "\ntoys       " + toys);
        assertEquals(asymptotic.observedQ0(), toys.observedQ0(), 1e-9);
        assertEquals(asymptotic.observedZ(), toys.observedZ(), 0.15);
        assertEquals(asymptotic.expectedZ(), toys.expectedZ(), 0.15);
    }
}
