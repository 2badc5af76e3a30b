/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.validation;

import java.util.List;

import org.miniana.core.Interval;
import org.miniana.core.SearchBin;

/**
 * One aggregate search region of a search: at least {@code njetsMin} jets, {@code nb} b-tagged jets
 * (exactly, or at least when {@code nbAtLeast}), HT and MHT at least the given values in GeV. A
 * region is compared through the search bins it contains, so a bin may lie inside a region or
 * outside it, never across its edge ({@link #contains} says so).
 *
 * @param number the region's number in its publication, from 1
 */
public record AggregateRegion(int number, int njetsMin, int nb, boolean nbAtLeast, double htMin, double mhtMin) {

    /**
     * The 12 aggregate search regions of CMS-SUS-16-033 (Phys. Rev. D 96 (2017) 032003), in the
     * paper's order.
     */
    public static final List<AggregateRegion> CMS_SUS_16_033 = List.of(
            new AggregateRegion(1, 2, 0, false, 500, 500),
            new AggregateRegion(2, 3, 0, false, 1500, 750),
            new AggregateRegion(3, 5, 0, false, 500, 500),
            new AggregateRegion(4, 5, 0, false, 1500, 750),
            new AggregateRegion(5, 9, 0, false, 1500, 750),
            new AggregateRegion(6, 2, 2, true, 500, 500),
            new AggregateRegion(7, 3, 1, true, 750, 750),
            new AggregateRegion(8, 5, 3, true, 500, 500),
            new AggregateRegion(9, 5, 2, true, 1500, 750),
            new AggregateRegion(10, 9, 3, true, 750, 750),
            new AggregateRegion(11, 7, 1, true, 300, 300),
            new AggregateRegion(12, 5, 1, true, 750, 750));

    /** E.g. "Njets >=3, Nb 0, HT >=1500, MHT >=750". */
    public String label() {
        return "Njets >=" + njetsMin + ", Nb " + (nbAtLeast ? ">=" : "") + nb + ", HT >=" + (int) htMin + ", MHT >="
                + (int) mhtMin;
    }

    /**
     * Whether a search bin lies inside this region.
     *
     * @throws IllegalArgumentException if the bin lies across the region's edge, so that its
     *             yield cannot be counted in or out
     */
    public boolean contains(SearchBin bin) {
        Interval[] ranges = { bin.njets(), bin.nb(), bin.ht(), bin.mht() };
        Interval[] edges = { Interval.atLeast(njetsMin), nbAtLeast ? Interval.atLeast(nb) : Interval.of(nb, nb + 1),
            Interval.atLeast(htMin), Interval.atLeast(mhtMin) };
        boolean inside = true;
        boolean outside = false;
        for (int i = 0; i < ranges.length; i++) {
            inside &= within(ranges[i], edges[i]);
            outside |= apart(ranges[i], edges[i]);
        }
        if (!inside && !outside) {
            throw new IllegalArgumentException("Bin " + bin.index() + " (" + bin.label() + ") lies across the edge of"
                    + " aggregate region " + number + " (" + label() + ")");
        }
        return inside;
    }

    private static boolean within(Interval range, Interval region) {
        return range.lower() >= region.lower() && range.upper() <= region.upper();
    }

    private static boolean apart(Interval range, Interval region) {
        return range.upper() <= region.lower() || range.lower() >= region.upper();
    }
}
