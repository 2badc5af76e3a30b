/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Version 1.5's semileptonic b and c decays and RA2's isolated-track veto. */
class HeavyFlavourAndTrackVetoTest {

    private static final long EVENTS = 40_000;
    private static final long SEED = 11;

    /** The neutrino's energy fraction follows the V-A antineutrino spectrum 12 x^2 (1 - x): CDF 4 x^3 - 3 x^4. */
    @Test
    void neutrinoEnergyFractionsFollowTheVMinusASpectrum() {
        SplittableRandom random = new SplittableRandom(3);
        int samples = 200_000;
        double[] edges = { 0.2, 0.4, 0.6, 0.8, 0.95 };
        int[] below = new int[edges.length];
        double sum = 0;
        for (int i = 0; i < samples; i++) {
            double x = EventGenerator.neutrinoEnergyFraction(random);
            assertTrue(x >= 0 && x <= 1, "x = " + x);
            sum += x;
            for (int e = 0; e < edges.length; e++) {
                below[e] += x < edges[e] ? 1 : 0;
            }
        }
        for (int e = 0; e < edges.length; e++) {
            double x = edges[e];
            double cdf = 4 * x * x * x - 3 * x * x * x * x;
            // five binomial standard deviations
            double tolerance = 5 * Math.sqrt(cdf * (1 - cdf) / samples);
            assertEquals(cdf, below[e] / (double) samples, tolerance, "CDF at " + x);
        }
        assertEquals(0.6, sum / samples, 5 * 0.2 / Math.sqrt(samples), "mean: 12 (1/4 - 1/5)");
    }

    /**
     * b jets lose 0.709 x 0.3 of their momentum in 21.4% of them, c jets 0.5 x 0.3 in 19.2%: T1bbbb's mean
     * HT falls by about 4.5% against T1qqqq's (a quarter of whose events have two c quarks), which before
     * version 1.5 had the same kinematics.
     */
    @Test
    void semileptonicBottomDecaysSoftenTheJets() {
        double bbbb = meanHt(SimplifiedModel.T1BBBB);
        double qqqq = meanHt(SimplifiedModel.T1QQQQ);
        double expected = (1 - StandardModel.BOTTOM_HADRON_MOMENTUM_SHARE * 0.3 * StandardModel.BOTTOM_TO_LIGHT_LEPTONS)
                / (1 - 0.25 * StandardModel.CHARM_HADRON_MOMENTUM_SHARE * 0.3 * StandardModel.CHARM_TO_LIGHT_LEPTONS);
        // the jets' 30 GeV threshold and radiation not from the quarks blur the simple estimate a little
        assertEquals(expected, bbbb / qqqq, 0.01, "mean HT: T1bbbb " + bbbb + ", T1qqqq " + qqqq);
    }

    private static double meanHt(SimplifiedModel family) {
        double[] sum = { 0 };
        FastSimulation.simulate(new MassPoint(family, 1500, 100), FastSimulation.CrossSection.given(1), EVENTS, SEED,
                null, event -> sum[0] += event.htGeV());
        return sum[0] / EVENTS;
    }

    /**
     * Of T1tttt's events that the lepton veto keeps, the isolated-track veto rejects those with a
     * one-prong hadronic tau or a missed lepton at m_T &lt; 100 GeV; T1bbbb and T1qqqq have no W and no
     * track. A rejected event is never in the baseline.
     */
    @Test
    void theIsolatedTrackVetoRejectsTopEventsOnly() {
        long[] counts = new long[3];
        FastSimulation.simulate(new MassPoint(SimplifiedModel.T1TTTT, 1500, 100), FastSimulation.CrossSection.given(1),
                EVENTS, SEED, null, event -> {
                    if (!event.leptonVetoed()) {
                        counts[0]++;
                        counts[1] += event.isolatedTrack() ? 1 : 0;
                        counts[2] += event.isolatedTrack() && event.baseline() ? 1 : 0;
                    }
                });
        double share = counts[1] / (double) counts[0];
        // 4 W: P(some W -> tau -> one prong) = 1 - (1 - 0.1138 x 0.6479 x 0.749)^4 = 0.20, and not all pass pT, isolation, m_T
        assertTrue(share > 0.05 && share < 0.20, "share of lepton-veto survivors with an isolated track: " + share);
        assertEquals(0, counts[2], "events with an isolated track in the baseline");
        for (SimplifiedModel family : new SimplifiedModel[] { SimplifiedModel.T1BBBB, SimplifiedModel.T1QQQQ }) {
            FastSimulation.simulate(new MassPoint(family, 1500, 100), FastSimulation.CrossSection.given(1), 5000, SEED,
                    null, event -> assertFalse(event.isolatedTrack(), family + " has no isolated track"));
        }
    }
}
