/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class Ra2SearchTest {

    @Test
    void hasOneHundredSixtyBinsInIndexOrder() {
        List<SearchBin> bins = Ra2Search.bins();
        assertEquals(160, bins.size());
        for (int i = 0; i < bins.size(); i++) {
            assertEquals(i, bins.get(i).index());
        }
    }

    @Test
    void numbersBinsAsFortyJetClassPlusTenBTagClassPlusBox() {
        assertEquals(0, Ra2Search.index(0, 0, 0));
        assertEquals(77, Ra2Search.index(1, 3, 7));
        assertEquals(159, Ra2Search.index(3, 3, 9));
        assertEquals("NJets1_BTags3_MHT2_HT7", Ra2Search.tag(77));
        assertEquals("NJets3_BTags3_MHT3_HT9", Ra2Search.tag(159));
        assertEquals("NJets0_BTags0_MHT1_HT3", Ra2Search.tag(3));
        assertThrows(IllegalArgumentException.class, () -> Ra2Search.index(4, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Ra2Search.index(0, 0, 10));
    }

    @Test
    void binsCarryThePublishedKinematicRanges() {
        SearchBin bin77 = Ra2Search.bin(77);
        assertEquals("5-6", bin77.njets().countLabel());
        assertEquals(">=3", bin77.nb().countLabel());
        assertEquals(">1000", bin77.ht().rangeLabel());
        assertEquals("500-750", bin77.mht().rangeLabel());
        SearchBin bin3 = Ra2Search.bin(3);
        assertEquals("3-4", bin3.njets().countLabel());
        assertEquals("0", bin3.nb().countLabel());
        assertEquals("350-500", bin3.ht().rangeLabel());
        assertEquals("350-500", bin3.mht().rangeLabel());
        SearchBin bin159 = Ra2Search.bin(159);
        assertEquals(">=9", bin159.njets().countLabel());
        assertEquals(">1500", bin159.ht().rangeLabel());
        assertEquals(">750", bin159.mht().rangeLabel());
        assertEquals("Njets >=9, Nb >=3, HT >1500, MHT >750", bin159.label());
    }

    @Test
    void edgesAreLowerInclusiveUpperExclusive() {
        SearchBin bin0 = Ra2Search.bin(0);
        assertTrue(bin0.contains(3, 0, 300, 300));
        assertTrue(bin0.contains(4, 0, 499.999, 349.999));
        assertFalse(bin0.contains(5, 0, 400, 320));
        assertFalse(bin0.contains(3, 0, 500, 320));
        assertFalse(bin0.contains(3, 0, 400, 350));
        assertFalse(bin0.contains(2, 0, 400, 320));
    }

    /** The HT-MHT boxes tile the plane above the baseline: no event may fall into two bins. */
    @Test
    void noEventFallsIntoTwoBins() {
        int[] htValues = { 299, 300, 349, 350, 499, 500, 749, 750, 999, 1000, 1499, 1500, 2500 };
        int[] mhtValues = { 299, 300, 349, 350, 499, 500, 749, 750, 1200 };
        int inside = 0;
        for (int jets = 0; jets <= 12; jets++) {
            for (int bTags = 0; bTags <= 5; bTags++) {
                for (int ht : htValues) {
                    for (int mht : mhtValues) {
                        final int j = jets, b = bTags, h = ht, m = mht;
                        long matches = Ra2Search.bins().stream().filter(bin -> bin.contains(j, b, h, m)).count();
                        assertTrue(matches <= 1, () -> "event in " + matches + " bins: " + j + " " + b + " " + h + " " + m);
                        inside += matches;
                    }
                }
            }
        }
        assertTrue(inside > 0);
    }

    @Test
    void everyBinIsReachable() {
        for (SearchBin bin : Ra2Search.bins()) {
            assertTrue(bin.contains((int) bin.njets().lower(), (int) bin.nb().lower(), bin.ht().lower(),
                    bin.mht().lower()), bin::label);
        }
    }
}
