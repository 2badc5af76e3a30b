/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.DoubleStream;

import org.miniana.core.SearchBin;

/**
 * Finds the search bin of an event in constant time. The table is derived from the bins
 * themselves (never from a second copy of the grid): every interval edge of every bin cuts
 * its axis, so each cell between consecutive edges lies wholly inside or outside each bin,
 * and the bin of a cell is found by asking the bins about the cell's lower corner.
 */
final class SearchBinLocator {

    private final double[] jetEdges;
    private final double[] bTagEdges;
    private final double[] htEdges;
    private final double[] mhtEdges;
    /** Bin index per cell, -1 outside every bin; cells ordered jets, b tags, HT, MHT. */
    private final int[] cells;
    private final int binCount;
    /** The b-tag cell of each count 0 .. highestBTagClass(), located once. */
    private final int[] bTagCells;

    SearchBinLocator(List<SearchBin> bins) {
        jetEdges = edges(bins, b -> b.njets().lower(), b -> b.njets().upper());
        bTagEdges = edges(bins, b -> b.nb().lower(), b -> b.nb().upper());
        htEdges = edges(bins, b -> b.ht().lower(), b -> b.ht().upper());
        mhtEdges = edges(bins, b -> b.mht().lower(), b -> b.mht().upper());
        binCount = bins.size();
        bTagCells = new int[highestBTagClass() + 1];
        for (int bTags = 0; bTags < bTagCells.length; bTags++) {
            bTagCells[bTags] = cellOf(bTagEdges, bTags);
        }
        cells = new int[jetEdges.length * bTagEdges.length * htEdges.length * mhtEdges.length];
        Arrays.fill(cells, -1);
        for (SearchBin bin : bins) {
            if (bin.index() >= binCount) {
                throw new IllegalArgumentException("Bins must be numbered 0.." + (binCount - 1) + ", not " + bin.index());
            }
            for (int j = 0; j < jetEdges.length; j++) {
                for (int b = 0; b < bTagEdges.length; b++) {
                    for (int h = 0; h < htEdges.length; h++) {
                        for (int m = 0; m < mhtEdges.length; m++) {
                            if (bin.contains((int) jetEdges[j], (int) bTagEdges[b], htEdges[h], mhtEdges[m])) {
                                int cell = cell(j, b, h, m);
                                if (cells[cell] >= 0) {
                                    throw new IllegalArgumentException(
                                            "Search bins " + cells[cell] + " and " + bin.index() + " overlap");
                                }
                                cells[cell] = bin.index();
                            }
                        }
                    }
                }
            }
        }
    }

    /** The index of the bin holding the event, or -1 when no bin does. */
    int find(int jets, int bTags, double ht, double mht) {
        int j = cellOf(jetEdges, jets);
        int b = cellOf(bTagEdges, bTags);
        int h = cellOf(htEdges, ht);
        int m = cellOf(mhtEdges, mht);
        return j < 0 || b < 0 || h < 0 || m < 0 ? -1 : cells[cell(j, b, h, m)];
    }

    /**
     * The bins of an event for each b-tag count k = 0 .. highestBTagClass() into {@code bins}, as
     * {@link #find} would give them, locating Njets, HT and MHT once.
     */
    void findForEachBTagCount(int jets, double ht, double mht, int[] bins) {
        int j = cellOf(jetEdges, jets);
        int h = cellOf(htEdges, ht);
        int m = cellOf(mhtEdges, mht);
        for (int bTags = 0; bTags < bins.length; bTags++) {
            int b = bTagCells[bTags];
            bins[bTags] = j < 0 || b < 0 || h < 0 || m < 0 ? -1 : cells[cell(j, b, h, m)];
        }
    }

    /** The number of bins; their indices run from 0 to binCount - 1. */
    int binCount() {
        return binCount;
    }

    /** The largest lower b-tag edge: every count from it upwards falls into the same bins. */
    int highestBTagClass() {
        return (int) bTagEdges[bTagEdges.length - 1];
    }

    private int cell(int j, int b, int h, int m) {
        return ((j * bTagEdges.length + b) * htEdges.length + h) * mhtEdges.length + m;
    }

    /**
     * Index of the last edge not above the value, -1 below the first edge (or for NaN): the number
     * of edges not above it, minus one, counted over all the few edges without a data-dependent branch.
     */
    private static int cellOf(double[] edges, double value) {
        int count = 0;
        for (double edge : edges) {
            count += value >= edge ? 1 : 0;
        }
        return count - 1;
    }

    /** The sorted distinct finite edges of one axis over all bins. */
    private static double[] edges(List<SearchBin> bins, ToDoubleFunction<SearchBin> lower,
            ToDoubleFunction<SearchBin> upper) {
        return bins.stream()
                .flatMapToDouble(b -> DoubleStream.of(lower.applyAsDouble(b), upper.applyAsDouble(b)))
                .filter(Double::isFinite).distinct().sorted().toArray();
    }
}
