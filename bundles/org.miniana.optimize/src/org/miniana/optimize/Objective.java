/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.optimize;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an optimizer maximises: the figure of merit of the merged bin of a selection of the
 * problem's bins. A selection without signal has no sensitivity and is worth 0, whatever the
 * figure of merit would say of S = 0 (the hybrid significance of n = B is not 0 for a
 * non-integer B).
 *
 * <p>Each distinct selection is evaluated once and remembered, and so is its bound, since local
 * moves and restarts come back to the same selections; {@link #evaluations()} counts the exact
 * evaluations, not the bounds. One objective serves one optimization run and is not thread-safe.
 */
public final class Objective {

    private final OptimizationProblem problem;
    private final FigureOfMerit figureOfMerit;
    private final Map<Key, Double> values = new HashMap<>();
    private final Map<Key, Double> bounds = new HashMap<>();

    public Objective(OptimizationProblem problem, FigureOfMerit figureOfMerit) {
        this.problem = Objects.requireNonNull(problem, "problem");
        this.figureOfMerit = Objects.requireNonNull(figureOfMerit, "figureOfMerit");
    }

    public OptimizationProblem problem() {
        return problem;
    }

    public FigureOfMerit figureOfMerit() {
        return figureOfMerit;
    }

    /**
     * The figure of merit of the selected bins merged into one, 0 when they hold no signal.
     * The selection is copied, so the caller may go on changing it.
     *
     * @throws IllegalStateException if the figure of merit gives NaN
     */
    public double value(BitSet selection) {
        Key key = new Key(selection);
        Double known = values.get(key);
        return known != null ? known : evaluate(key, problem.merge(selection));
    }

    /**
     * The value of the selection when it exceeds {@code threshold}; otherwise some number no larger
     * than {@code threshold}, found without evaluating the figure of merit when its
     * {@linkplain FigureOfMerit#upperBound upper bound} shows that the selection cannot do
     * better. Searches that only look for improvements use this to skip hopeless selections.
     */
    public double valueAbove(BitSet selection, double threshold) {
        Key key = new Key(selection);
        Double known = values.get(key);
        if (known != null) {
            return known;
        }
        Double knownBound = bounds.get(key);
        if (knownBound != null && knownBound <= threshold) {
            return knownBound;
        }
        MergedBin merged = problem.merge(selection);
        double bound = bound(key, merged, threshold);
        return bound <= threshold ? bound : evaluate(key, merged);
    }

    /** The bound, remembered: the tightest found so far, as thresholds differ from call to call. */
    private double bound(Key key, MergedBin merged, double threshold) {
        double bound = merged.signal() > 0 ? figureOfMerit.upperBound(merged.signal(), merged.background(),
                merged.up(), merged.down(), threshold) : 0;
        return bounds.merge(key, bound, Math::min);
    }

    private double evaluate(Key key, MergedBin merged) {
        double value = merged.signal() > 0
                ? figureOfMerit.value(merged.signal(), merged.background(), merged.up(), merged.down())
                : 0;
        if (Double.isNaN(value)) {
            throw new IllegalStateException("Figure of merit " + figureOfMerit.id() + " is NaN for " + merged);
        }
        values.put(key, value);
        return value;
    }

    /** How many distinct selections had their figure of merit evaluated exactly. */
    public long evaluations() {
        return values.size();
    }

    /** How many distinct selections were evaluated or bounded: the work of a search so far. */
    public long selectionsSeen() {
        return values.size() + bounds.keySet().stream().filter(key -> !values.containsKey(key)).count();
    }

    /**
     * A selection as a map key: a copy of its bit words, mixed by multiplication (both
     * BitSet's hash and Arrays.hashCode fold a word's halves onto each other, so that selections
     * differing in bins i and i + 32 collide, and local moves make many such pairs).
     */
    private record Key(long[] words) {
        Key(BitSet selection) {
            this(selection.toLongArray());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Arrays.equals(words, key.words);
        }

        @Override
        public int hashCode() {
            // Fibonacci hashing: the high half of a product by 2^64 / golden ratio mixes every bit in.
            long hash = 0;
            for (long word : words) {
                hash = (hash + word) * 0x9e3779b97f4a7c15L;
            }
            return (int) (hash >>> 32);
        }

        @Override
        public String toString() {
            return BitSet.valueOf(words).toString();
        }
    }
}
