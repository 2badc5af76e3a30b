/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.optimize.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.miniana.core.Interval;
import org.miniana.core.SearchBin;
import org.miniana.optimize.CutSelection;
import org.miniana.optimize.CutVariable;
import org.miniana.optimize.Objective;
import org.miniana.optimize.Optimizer;

/**
 * {@code rectangular-cuts}: the best selection a simple cut-based analysis can make, by
 * exhaustive search. A selection is a range in each of Njets, Nb, MHT and HT (lower edge, optional
 * upper edge); it selects the bins that lie inside it, and it is admissible only if every other
 * bin lies wholly outside it (see {@link CutSelection}). In the RA2 grid the HT-MHT boxes are not
 * a product of HT and MHT ranges (the HT edges above MHT 750 GeV differ), so, for example,
 * "MHT &gt; 500 GeV, HT &gt; 1000 GeV" would cut through the box MHT &gt; 750 GeV, HT 750-1500 GeV and
 * is not admissible.
 *
 * <p>Every combination of edges that occur in the grid is enumerated (edges between them select
 * the same bins), the distinct admissible selections kept, and each evaluated once: on the RA2 grid
 * 10 Njets ranges x 10 Nb ranges x 39 HT-MHT box sets = 3,900 selections. The result is reported
 * as its cuts ({@code OptimizationResult.cuts()}).
 */
public final class RectangularCutsOptimizer implements Optimizer {

    private static final CutVariable[] VARIABLES = CutVariable.values();

    /**
     * The selections of the grid last asked for: a scan asks for the same grid at every point, and
     * the enumeration costs about a third of the search (0.7 of 2 ms). Never changed once built.
     */
    private static volatile Selections last = new Selections(List.of(), List.of());

    private record Selections(List<SearchBin> grid, List<BitSet> selections) {
    }

    @Override
    public Set<Integer> choose(Objective objective) {
        List<SearchBin> grid = objective.problem().grid();
        Selections known = last;
        if (!known.grid().equals(grid)) {
            known = new Selections(grid, List.copyOf(selections(grid)));
            last = known;
        }
        return Ranking.toSet(BestFirst.best(objective, known.selections()));
    }

    /** The distinct non-empty bin sets that admissible cuts select, in a fixed order. */
    static Set<BitSet> selections(List<SearchBin> grid) {
        return new Enumeration(grid).selections;
    }

    /** The cartesian product of the variables' ranges, with bins as bit words. */
    private static final class Enumeration {
        /** Per variable and candidate range: the bins inside it ([0]) and the bins it meets ([1]). */
        private final long[][][][] masks = new long[VARIABLES.length][][][];
        /** Per depth: the bins inside ([0]) and met by ([1]) the ranges chosen so far. */
        private final long[][][] soFar;
        private final Set<BitSet> selections = new LinkedHashSet<>();

        Enumeration(List<SearchBin> grid) {
            int words = (grid.size() + 63) / 64;
            for (int v = 0; v < VARIABLES.length; v++) {
                List<Interval> ranges = ranges(grid, VARIABLES[v]);
                masks[v] = new long[ranges.size()][2][words];
                for (int r = 0; r < ranges.size(); r++) {
                    for (SearchBin bin : grid) {
                        Interval own = VARIABLES[v].of(bin);
                        long bit = 1L << bin.index();
                        if (CutSelection.inside(own, ranges.get(r))) {
                            masks[v][r][0][bin.index() >> 6] |= bit;
                        }
                        if (CutSelection.meets(own, ranges.get(r))) {
                            masks[v][r][1][bin.index() >> 6] |= bit;
                        }
                    }
                }
            }
            soFar = new long[VARIABLES.length + 1][2][words];
            Arrays.fill(soFar[0][0], -1L);
            Arrays.fill(soFar[0][1], -1L);
            combine(0);
        }

        /**
         * Intersects the masks variable by variable; a full combination is admissible when the bins
         * it meets are the bins it holds.
         */
        private void combine(int variable) {
            long[][] current = soFar[variable];
            if (variable == VARIABLES.length) {
                if (Arrays.equals(current[0], current[1])) {
                    BitSet selection = BitSet.valueOf(current[0]);
                    if (!selection.isEmpty()) {
                        selections.add(selection);
                    }
                }
                return;
            }
            long[][] next = soFar[variable + 1];
            for (long[][] mask : masks[variable]) {
                boolean meetsAny = false;
                for (int w = 0; w < current[0].length; w++) {
                    next[0][w] = current[0][w] & mask[0][w];
                    next[1][w] = current[1][w] & mask[1][w];
                    meetsAny |= next[1][w] != 0;
                }
                // Cuts that meet no bin select nothing, whatever the other variables' ranges.
                if (meetsAny) {
                    combine(variable + 1);
                }
            }
        }
    }

    /** Every range [lo, hi) with lo and hi among the bins' edges in this variable, hi possibly open. */
    private static List<Interval> ranges(List<SearchBin> grid, CutVariable variable) {
        TreeSet<Double> edges = new TreeSet<>();
        for (SearchBin bin : grid) {
            edges.add(variable.of(bin).lower());
            edges.add(variable.of(bin).upper());
        }
        edges.add(Double.POSITIVE_INFINITY);
        List<Interval> ranges = new ArrayList<>();
        for (double lower : edges.headSet(Double.POSITIVE_INFINITY)) {
            for (double upper : edges.tailSet(lower, false)) {
                ranges.add(new Interval(lower, upper));
            }
        }
        return ranges;
    }
}
