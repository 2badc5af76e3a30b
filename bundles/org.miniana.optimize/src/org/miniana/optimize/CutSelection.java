/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.optimize;

import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.miniana.core.AxisCut;
import org.miniana.core.Interval;
import org.miniana.core.SearchBin;

/**
 * A cut-based selection on top of the search's baseline selection: one range per variable, an
 * infinite edge meaning no cut on that side. It stands for a set of bins only when it selects
 * them exactly: every chosen bin lies inside it and every other bin lies wholly outside. A cut
 * through a bin would select part of its events, whose background nobody predicted, so such cuts
 * are not selections of bins at all.
 *
 * @param njets range of the number of jets
 * @param nb range of the number of b-tagged jets
 * @param mht range of MHT in GeV
 * @param ht range of HT in GeV
 */
public record CutSelection(Interval njets, Interval nb, Interval mht, Interval ht) {

    /** No cut on any variable. */
    public static final Interval UNCUT = new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    public CutSelection {
        Objects.requireNonNull(njets, "njets");
        Objects.requireNonNull(nb, "nb");
        Objects.requireNonNull(mht, "mht");
        Objects.requireNonNull(ht, "ht");
    }

    /** The selection with the given range per variable; missing variables are not cut on. */
    public static CutSelection of(Map<CutVariable, Interval> ranges) {
        return new CutSelection(ranges.getOrDefault(CutVariable.NJETS, UNCUT),
                ranges.getOrDefault(CutVariable.NB, UNCUT), ranges.getOrDefault(CutVariable.MHT, UNCUT),
                ranges.getOrDefault(CutVariable.HT, UNCUT));
    }

    public Interval range(CutVariable variable) {
        return switch (variable) {
            case NJETS -> njets;
            case NB -> nb;
            case MHT -> mht;
            case HT -> ht;
        };
    }

    /** Whether every range of the bin lies inside this selection's range. */
    public boolean contains(SearchBin bin) {
        for (CutVariable variable : CutVariable.values()) {
            if (!inside(variable.of(bin), range(variable))) {
                return false;
            }
        }
        return true;
    }

    /** Whether some events of the bin pass the cuts: every range of the bin meets the cut's. */
    public boolean overlaps(SearchBin bin) {
        for (CutVariable variable : CutVariable.values()) {
            if (!meets(variable.of(bin), range(variable))) {
                return false;
            }
        }
        return true;
    }

    /** Whether these cuts select exactly the given bins of the grid: those inside, all others outside. */
    public boolean selectsExactly(List<SearchBin> grid, BitSet bins) {
        for (SearchBin bin : grid) {
            if (bins.get(bin.index()) ? !contains(bin) : overlaps(bin)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The cuts that select exactly the given bins of the grid, if any do. Of all such cuts it gives
     * the bins' bounding box with every edge dropped that can be (no lower edge where no bin lies
     * below, and so on), so that the text names only the cuts that matter.
     */
    public static Optional<CutSelection> of(List<SearchBin> grid, BitSet bins) {
        if (bins.isEmpty()) {
            return Optional.empty();
        }
        Map<CutVariable, Interval> box = new EnumMap<>(CutVariable.class);
        for (int i = bins.nextSetBit(0); i >= 0; i = bins.nextSetBit(i + 1)) {
            for (CutVariable variable : CutVariable.values()) {
                Interval range = variable.of(grid.get(i));
                box.merge(variable, range, (a, b) -> new Interval(Math.min(a.lower(), b.lower()),
                        Math.max(a.upper(), b.upper())));
            }
        }
        CutSelection cuts = of(box);
        if (!cuts.selectsExactly(grid, bins)) {
            return Optional.empty();
        }
        for (CutVariable variable : CutVariable.values()) {
            cuts = widened(cuts, variable, new Interval(Double.NEGATIVE_INFINITY, cuts.range(variable).upper()), grid,
                    bins);
            cuts = widened(cuts, variable, new Interval(cuts.range(variable).lower(), Double.POSITIVE_INFINITY), grid,
                    bins);
        }
        return Optional.of(cuts);
    }

    private static CutSelection widened(CutSelection cuts, CutVariable variable, Interval wider, List<SearchBin> grid,
            BitSet bins) {
        Map<CutVariable, Interval> ranges = new EnumMap<>(CutVariable.class);
        for (CutVariable each : CutVariable.values()) {
            ranges.put(each, each == variable ? wider : cuts.range(each));
        }
        CutSelection candidate = of(ranges);
        return candidate.selectsExactly(grid, bins) ? candidate : cuts;
    }

    /** The selection as one range per variable, in the order cuts are written; uncut ones are unbounded. */
    public List<AxisCut> axisCuts() {
        return Stream.of(CutVariable.values())
                .map(variable -> new AxisCut(variable.label(), variable.unit(), range(variable))).toList();
    }

    /** Whether a bin's range lies inside a cut's range. */
    public static boolean inside(Interval inner, Interval outer) {
        return inner.lower() >= outer.lower() && inner.upper() <= outer.upper();
    }

    /** Whether two half-open ranges share values. */
    public static boolean meets(Interval a, Interval b) {
        return a.lower() < b.upper() && b.lower() < a.upper();
    }
}
