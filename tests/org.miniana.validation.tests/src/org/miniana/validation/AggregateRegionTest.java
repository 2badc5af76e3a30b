/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.miniana.core.Interval;
import org.miniana.core.Ra2Search;
import org.miniana.core.SearchBin;

/** The aggregate regions of CMS-SUS-16-033 as sets of RA2's search bins. */
class AggregateRegionTest {

    /** Which RA2 bins a region holds, by the bin numbering of the cards (40 Njets + 10 Nb + box). */
    private static List<Integer> bins(int region) {
        AggregateRegion aggregate = AggregateRegion.CMS_SUS_16_033.get(region - 1);
        return Ra2Search.bins().stream().filter(aggregate::contains).map(SearchBin::index).toList();
    }

    @Test
    void eachRegionHoldsExactlyTheRa2BinsOfItsSelection() {
        // Njets >= 3 (RA2 has no two-jet bins), Nb = 0, boxes 6-9 (MHT >= 500 GeV with HT >= 500 GeV)
        assertEquals(List.of(6, 7, 8, 9, 46, 47, 48, 49, 86, 87, 88, 89, 126, 127, 128, 129), bins(1));
        // HT >= 1500 and MHT >= 750 GeV is box 9 alone
        assertEquals(List.of(9, 49, 89, 129), bins(2));
        assertEquals(List.of(129), bins(5));
        // Nb >= 2 from 3 jets
        assertEquals(16 * 2, bins(6).size());
        // Nb >= 1, HT >= 750, MHT >= 750: boxes 8 and 9, three b-tag classes, four Njets classes
        assertEquals(4 * 3 * 2, bins(7).size());
        assertEquals(List.of(158, 159), bins(10)); // >= 9 jets (120), >= 3 b-tags (30), boxes 8 and 9
        // Njets >= 7, Nb >= 1 and the baseline's HT and MHT: every box
        assertEquals(2 * 3 * 10, bins(11).size());
        assertEquals("Njets >=3, Nb 0, HT >=1500, MHT >=750", AggregateRegion.CMS_SUS_16_033.get(1).label());
        assertEquals("Njets >=5, Nb >=1, HT >=750, MHT >=750", AggregateRegion.CMS_SUS_16_033.get(11).label());
    }

    @Test
    void aBinAcrossARegionsEdgeIsRefused() {
        SearchBin across = new SearchBin(0, Interval.of(3, 5), Interval.of(0, 1), Interval.of(1000, 2000),
                Interval.atLeast(750));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> AggregateRegion.CMS_SUS_16_033.get(1).contains(across));
        assertTrue(refused.getMessage().contains("lies across the edge of aggregate region 2"), refused.getMessage());
    }
}
