/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.miniana.core.Interval;
import org.miniana.core.SearchBin;
import org.miniana.ui.views.BinFilter;

/** The Bin Results filter language: ranges on the bins' axes, and the errors it reports. */
class BinFilterTest {

    private static final Interval HT_MID = Interval.of(500, 1000);
    private static final Interval MHT_MID = Interval.of(500, 750);

    private static SearchBin bin(int index, Interval njets, Interval nb, Interval ht, Interval mht) {
        return new SearchBin(index, njets, nb, ht, mht);
    }

    private static SearchBin jetsAndBs(Interval njets, Interval nb) {
        return bin(0, njets, nb, HT_MID, MHT_MID);
    }

    private static boolean keeps(String filter, SearchBin bin) {
        return BinFilter.parse(filter).test(bin);
    }

    @Test
    void comparisonsOfCountsKeepBinsAllOfWhoseCountsMeetThem() {
        SearchBin threeOrMore = jetsAndBs(Interval.of(7, 9), Interval.atLeast(3));
        SearchBin two = jetsAndBs(Interval.of(7, 9), Interval.of(2, 3));
        assertTrue(keeps("Nb >= 3", threeOrMore));
        assertFalse(keeps("Nb >= 3", two));
        assertTrue(keeps("Nb > 2", threeOrMore));
        assertFalse(keeps("Nb > 2", two));
        assertTrue(keeps("Nb >=2", two));
        assertTrue(keeps("Nb <= 2", two));
        assertFalse(keeps("Nb < 2", two));
        assertFalse(keeps("Nb <= 5", threeOrMore), "an open class is never below a bound");
        assertTrue(keeps("Njets < 9", two), "7-8 jets");
        assertFalse(keeps("Njets < 8", two), "8 jets are not below 8");
    }

    @Test
    void rangesKeepTheBinsWithinAndSingleValuesTheBinsThatHoldThem() {
        SearchBin fiveSix = jetsAndBs(Interval.of(5, 7), Interval.of(0, 1));
        SearchBin sevenEight = jetsAndBs(Interval.of(7, 9), Interval.of(0, 1));
        SearchBin nineOrMore = jetsAndBs(Interval.atLeast(9), Interval.of(0, 1));
        assertTrue(keeps("Njets 7-8", sevenEight));
        assertFalse(keeps("Njets 7-8", fiveSix));
        assertFalse(keeps("Njets 7-8", nineOrMore));
        assertTrue(keeps("Njets 5-8", fiveSix));
        assertTrue(keeps("Njets 5-8", sevenEight));
        assertFalse(keeps("Njets 6-8", fiveSix), "5-6 is not within 6-8");
        assertTrue(keeps("Njets 9", nineOrMore));
        assertTrue(keeps("Njets 8", sevenEight));
        assertTrue(keeps("Njets = 8", sevenEight));
        assertFalse(keeps("Njets 6", sevenEight));
    }

    @Test
    void binEdgesInGevCountAsInside() {
        SearchBin mid = bin(0, Interval.of(3, 5), Interval.of(0, 1), Interval.of(500, 1000), Interval.of(500, 750));
        SearchBin high = bin(0, Interval.of(3, 5), Interval.of(0, 1), Interval.atLeast(1000), Interval.atLeast(750));
        assertTrue(keeps("MHT > 500", mid));
        assertTrue(keeps("MHT > 500", high));
        assertFalse(keeps("MHT > 600", mid), "500-750 reaches below 600");
        assertTrue(keeps("HT >= 1000", high));
        assertFalse(keeps("HT >= 1000", mid));
        assertTrue(keeps("HT < 1000", mid));
        assertTrue(keeps("HT 500-1000", mid));
        assertTrue(keeps("MHT 600", mid));
        assertFalse(keeps("MHT 750", mid), "the upper edge belongs to the next band");
    }

    @Test
    void binIndicesAndCombinedClauses() {
        SearchBin twelve = bin(12, Interval.of(3, 5), Interval.atLeast(3), Interval.atLeast(1000), MHT_MID);
        assertTrue(keeps("bin 12", twelve));
        assertFalse(keeps("bin 13", twelve));
        assertTrue(keeps("bin 10-12", twelve));
        assertTrue(keeps("bin > 11", twelve));
        assertTrue(keeps("Njets 3-4, Nb >= 3, MHT > 500, HT >= 1000, bin 12", twelve));
        assertFalse(keeps("Njets 3-4, Nb >= 3, MHT > 500, HT >= 1000, bin 11", twelve), "every clause must hold");
        assertTrue(keeps(" NJETS>=3 ,nb>=3 ", twelve), "case and spaces do not matter");
        assertTrue(keeps("", twelve));
        assertTrue(keeps("   ", twelve));
        assertEquals(5, BinFilter.parse("Njets 7-8, Nb >= 3, MHT > 500, HT >= 1000, bin 12").clauses().size());
    }

    @Test
    void unreadableFiltersSayWhy() {
        assertMessage("Nbb >= 3", "unknown variable");
        assertMessage("jets 7", "unknown variable");
        assertMessage("Nb >=", "expected a comparison");
        assertMessage("Nb >= x", "expected a comparison");
        assertMessage("Nb => 3", "expected a comparison");
        assertMessage("Njets 8-7", "the range ends below its start");
        assertMessage("Nb >= 3,, bin 2", "Empty clause");
        assertMessage("Nb >= 3,", "Empty clause");
    }

    private static void assertMessage(String filter, String expected) {
        BinFilter.SyntaxException error = assertThrows(BinFilter.SyntaxException.class, () -> BinFilter.parse(filter));
        assertTrue(error.getMessage().contains(expected), error.getMessage());
    }
}
