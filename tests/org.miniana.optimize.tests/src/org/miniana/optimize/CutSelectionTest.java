/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;

import org.junit.jupiter.api.Test;
import org.miniana.core.AxisCut;
import org.miniana.core.Interval;
import org.miniana.core.Ra2Search;
import org.miniana.core.SearchBin;

/** Cuts as text, and which sets of RA2 bins cuts can select. */
class CutSelectionTest {

    private static final List<SearchBin> RA2 = Ra2Search.bins();

    private static BitSet bins(IntPredicate chosen) {
        BitSet bins = new BitSet();
        for (int bin = 0; bin < Ra2Search.BIN_COUNT; bin++) {
            if (chosen.test(bin)) {
                bins.set(bin);
            }
        }
        return bins;
    }

    private static Optional<String> cuts(IntPredicate chosen) {
        return CutSelection.of(RA2, bins(chosen)).map(selection -> AxisCut.text(selection.axisCuts()));
    }

    @Test
    void aBoxOfBinsIsWrittenWithTheCutsThatMatter() {
        // Njets >= 7, Nb >= 2, MHT > 750: no cut on HT is needed, all HT above MHT 750 is taken.
        assertEquals(Optional.of("Njets >= 7, Nb >= 2, MHT > 750 GeV"), cuts(bin -> Ra2Search.jetClass(bin) >= 2
                && Ra2Search.bTagClass(bin) >= 2 && Ra2Search.box(bin) >= 8));
        assertEquals(Optional.of("Njets >= 9, Nb >= 2, MHT > 350 GeV, HT > 500 GeV"),
                cuts(bin -> Ra2Search.jetClass(bin) == 3 && Ra2Search.bTagClass(bin) >= 2
                        && List.of(4, 5, 6, 7, 8, 9).contains(Ra2Search.box(bin))));
        // No bins lie below MHT 300 or HT 300: only the upper edges are cuts.
        assertEquals(Optional.of("5 <= Njets <= 8, Nb = 0, MHT < 350 GeV, HT < 500 GeV"),
                cuts(bin -> List.of(1, 2).contains(Ra2Search.jetClass(bin)) && Ra2Search.bTagClass(bin) == 0
                        && Ra2Search.box(bin) == 0));
        assertEquals(Optional.of("Njets <= 6, Nb <= 1"),
                cuts(bin -> Ra2Search.jetClass(bin) <= 1 && Ra2Search.bTagClass(bin) <= 1));
        assertEquals(Optional.of("no cuts beyond the baseline"), cuts(bin -> true));
    }

    @Test
    void boxesThatNoCutSelectsWholeHaveNoCuts() {
        // MHT > 500 and HT > 1000 would take part of the box MHT > 750, HT 750-1500.
        assertEquals(Optional.empty(), cuts(bin -> Ra2Search.box(bin) == 7 || Ra2Search.box(bin) == 9));
        // Two bins apart: the box around them holds others.
        assertEquals(Optional.empty(), cuts(bin -> bin == 0 || bin == 159));
        assertEquals(Optional.empty(), CutSelection.of(RA2, new BitSet()));
    }

    @Test
    void containsAndOverlapsLookAtEveryRange() {
        CutSelection cuts = CutSelection.of(Map.of(CutVariable.NJETS, Interval.atLeast(7), CutVariable.MHT,
                new Interval(Double.NEGATIVE_INFINITY, 500)));
        SearchBin inside = Ra2Search.bin(3, 1, 4);
        SearchBin outside = Ra2Search.bin(0, 1, 4);
        SearchBin cutThrough = new SearchBin(0, Interval.of(7, 9), Interval.of(0, 1), Interval.of(300, 500),
                Interval.of(400, 600));
        assertTrue(cuts.contains(inside) && cuts.overlaps(inside));
        assertFalse(cuts.contains(outside) || cuts.overlaps(outside));
        assertTrue(!cuts.contains(cutThrough) && cuts.overlaps(cutThrough));
        assertEquals("Njets >= 7, MHT < 500 GeV", AxisCut.text(cuts.axisCuts()));
        assertEquals("Nb = 0, 500 < MHT < 750 GeV", AxisCut.text(CutSelection.of(Map.of(CutVariable.NB,
                new Interval(Double.NEGATIVE_INFINITY, 1), CutVariable.MHT, Interval.of(500, 750))).axisCuts()));
        assertEquals("1 <= Nb <= 2", AxisCut.text(CutSelection.of(Map.of(CutVariable.NB, Interval.of(1, 3))).axisCuts()));
        // every variable, in the order cuts are written, with its unit
        assertEquals(List.of(new AxisCut("Njets", "", Interval.atLeast(7)), new AxisCut("Nb", "", CutSelection.UNCUT),
                new AxisCut("MHT", "GeV", new Interval(Double.NEGATIVE_INFINITY, 500)),
                new AxisCut("HT", "GeV", CutSelection.UNCUT)), cuts.axisCuts());
        assertEquals(CutSelection.UNCUT, cuts.nb());
    }
}
