/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The bin assignment against an implementation of the rules written out here from the table
 * of the shared data README (bin = 40 a + 10 b + d), independent of Ra2Search.
 */
class BinAssignmentTest {

    private static final double[] EDGES = { 300, 350, 500, 750, 1000, 1500 };

    private final SearchBinLocator locator = FastSimulation.RA2_BINS;

    /** The README's rules; -1 outside every bin. */
    static int expectedBin(int jets, int bTags, double ht, double mht) {
        if (jets < 3 || bTags < 0 || ht < 300 || mht < 300) {
            return -1;
        }
        int a = jets <= 4 ? 0 : jets <= 6 ? 1 : jets <= 8 ? 2 : 3;
        int b = Math.min(bTags, 3);
        int d;
        if (mht < 350) {
            d = ht < 500 ? 0 : ht < 1000 ? 1 : 2;
        } else if (mht < 500) {
            d = ht < 350 ? -1 : ht < 500 ? 3 : ht < 1000 ? 4 : 5;
        } else if (mht < 750) {
            d = ht < 500 ? -1 : ht < 1000 ? 6 : 7;
        } else {
            d = ht < 750 ? -1 : ht < 1500 ? 8 : 9;
        }
        return d < 0 ? -1 : 40 * a + 10 * b + d;
    }

    @Test
    void agreesWithTheRulesAtRandomPointsAndEveryEdge() {
        SplittableRandom random = new SplittableRandom(2016);
        int inside = 0;
        for (int i = 0; i < 100_000; i++) {
            int jets = random.nextInt(0, 13);
            int bTags = random.nextInt(0, 7);
            double ht = variable(random);
            double mht = variable(random);
            int expected = expectedBin(jets, bTags, ht, mht);
            assertEquals(expected, locator.find(jets, bTags, ht, mht),
                    () -> "Njets " + jets + ", Nb " + bTags + ", HT " + ht + ", MHT " + mht);
            if (expected >= 0) {
                inside++;
            }
        }
        assertTrue(inside > 10_000, "too few points inside the bins: " + inside);
        for (int jets = 0; jets <= 12; jets++) {
            for (int bTags = 0; bTags <= 6; bTags++) {
                for (double ht : EDGES) {
                    for (double mht : EDGES) {
                        for (double h : new double[] { Math.nextDown(ht), ht, Math.nextUp(ht) }) {
                            for (double m : new double[] { Math.nextDown(mht), mht, Math.nextUp(mht) }) {
                                assertEquals(expectedBin(jets, bTags, h, m), locator.find(jets, bTags, h, m));
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void everySimulatedEventLandsInTheBinOfItsQuantities() {
        int[] checked = { 0 };
        MassPoint point = new MassPoint(SimplifiedModel.T1BBBB, 1200, 400);
        FastSimulation.simulate(point, FastSimulation.CrossSection.given(1), 20_000, 3, null, event -> {
            for (int k = 0; k < event.bins().size(); k++) {
                int expected = event.baseline() ? expectedBin(event.jets(), k, event.htGeV(), event.mhtGeV()) : -1;
                assertEquals(expected, event.bins().get(k).intValue(), event::toString);
                checked[0] += expected >= 0 ? 1 : 0;
            }
        });
        assertTrue(checked[0] > 1000, "too few selected events: " + checked[0]);
    }

    /** HT or MHT: an edge value (exactly, or one ulp either side) a third of the time, else uniform in 0-2500 GeV. */
    private static double variable(SplittableRandom random) {
        if (random.nextInt(3) == 0) {
            double edge = EDGES[random.nextInt(EDGES.length)];
            return switch (random.nextInt(3)) {
            case 0 -> Math.nextDown(edge);
            case 1 -> edge;
            default -> Math.nextUp(edge);
            };
        }
        return random.nextDouble(0, 2500);
    }
}
