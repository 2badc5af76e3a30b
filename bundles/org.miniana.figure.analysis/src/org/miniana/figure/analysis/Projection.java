/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.figure.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.miniana.core.Interval;
import org.miniana.core.SearchBin;

/**
 * The projection of a set of chosen bins onto one search variable. Every bin has four
 * coordinates, its Njets, Nb, HT and MHT intervals; the projection onto X takes every bin whose
 * three other coordinates equal those of some chosen bin, and groups them by their X interval.
 * For Njets this is every bin whose Nb class and (HT, MHT) box are among the chosen bins'. HT and
 * MHT are not a product grid in RA2 (the HT ranges of the boxes differ between MHT bands), so
 * their categories are the boxes' own intervals, drawn as labelled categories, not per GeV: for
 * MHT the four bands, for HT the distinct box ranges (300-500, 350-500, 500-1000, 750-1500, &gt;1000,
 * &gt;1500 GeV), which may overlap in GeV while every bin is in exactly one category.
 */
final class Projection {

    /** The variables of the search grid. */
    enum Variable {
        NJETS("njets", "N_{jets}", "N_{jets}", SearchBin::njets, true),
        NB("nb", "N_{b-jets}", "N_{b-jets}", SearchBin::nb, true),
        MHT("mht", "H_{T}^{miss}", "H_{T}^{miss} [GeV]", SearchBin::mht, false),
        HT("ht", "H_{T}", "H_{T} [GeV]", SearchBin::ht, false);

        final String id;
        /** The variable's symbol, e.g. "H_{T}". */
        final String symbol;
        /** The axis title, e.g. "H_{T} [GeV]". */
        final String label;
        final Function<SearchBin, Interval> coordinate;
        final boolean count;

        Variable(String id, String symbol, String label, Function<SearchBin, Interval> coordinate, boolean count) {
            this.id = id;
            this.symbol = symbol;
            this.label = label;
            this.coordinate = coordinate;
            this.count = count;
        }

        /** "3-4", "\u22659" for counts; "300-500", "&gt;1000" for GeV. */
        String categoryLabel(Interval interval) {
            return count ? interval.countLabel().replace(">=", "\u2265") : interval.rangeLabel();
        }

        /** The coordinates of a bin other than this variable. */
        List<Interval> others(SearchBin bin) {
            List<Interval> others = new ArrayList<>(3);
            for (Variable variable : values()) {
                if (variable != this) {
                    others.add(variable.coordinate.apply(bin));
                }
            }
            return others;
        }
    }

    /** One category of the projection: the interval of the variable and the bins it sums. */
    record Category(Interval interval, String label, List<Integer> bins) {
    }

    private Projection() {
    }

    /** The categories, ascending by interval (lower end, then upper end). */
    static List<Category> of(List<SearchBin> grid, Collection<Integer> chosen, Variable variable) {
        Set<List<Interval>> keys = new HashSet<>();
        chosen.forEach(bin -> keys.add(variable.others(grid.get(bin))));
        Map<Interval, List<Integer>> groups = new TreeMap<>(
                Comparator.comparingDouble(Interval::lower).thenComparingDouble(Interval::upper));
        for (SearchBin bin : grid) {
            if (keys.contains(variable.others(bin))) {
                groups.computeIfAbsent(variable.coordinate.apply(bin), key -> new ArrayList<>()).add(bin.index());
            }
        }
        return groups.entrySet().stream()
                .map(e -> new Category(e.getKey(), variable.categoryLabel(e.getKey()), List.copyOf(e.getValue())))
                .toList();
    }
}
