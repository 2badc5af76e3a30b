/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.likelihood;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs the independent fits of one step (one per start point or per minimum) on the caller's
 * fork-join pool (the common pool outside one) and returns their results in the order of the starts. Each fit has its own
 * evaluation and warm starts, so the results are those of running them one after another; only
 * the wall time changes. On RA2 a limit follows two minima of the background-only fit, so every
 * fit of the scan is made twice.
 */
final class EachStart {

    private EachStart() {
    }

    /** What one task gave: its result, or the exception it threw, to rethrow on the caller's thread. */
    record Outcome<R>(R result, RuntimeException failure) {

        R get() {
            if (failure != null) {
                throw failure;
            }
            return result;
        }
    }

    /** What {@code task} gives, or the exception it throws. */
    static <R> Outcome<R> outcome(Supplier<R> task) {
        try {
            return new Outcome<>(task.get(), null);
        } catch (RuntimeException e) {
            return new Outcome<>(null, e);
        }
    }

    /** The outcomes in the order of {@code starts}; a task's exception is kept, not thrown. */
    static <T, R> List<Outcome<R>> outcomes(List<T> starts, Function<T, R> task) {
        return (starts.size() > 1 ? starts.parallelStream() : starts.stream())
                .map(start -> outcome(() -> task.apply(start))).toList();
    }

    /**
     * The fits that converged, in the order of {@code starts}; a start whose fit does not converge is
     * skipped, another exception is thrown (the first in that order).
     *
     * @throws FitFailedException the last one, when no fit converges
     */
    static <T> List<FitResult> converged(List<T> starts, Function<T, FitResult> fit) {
        List<FitResult> converged = new ArrayList<>(starts.size());
        FitFailedException failure = null;
        for (Outcome<FitResult> outcome : outcomes(starts, fit)) {
            if (outcome.failure() instanceof FitFailedException e) {
                failure = e;
            } else {
                converged.add(outcome.get());
            }
        }
        if (converged.isEmpty()) {
            throw failure;
        }
        return converged;
    }

    /** The results in the order of {@code starts}; the first failure in that order is thrown. */
    static <T, R> List<R> results(List<T> starts, Function<T, R> task) {
        return outcomes(starts, task).stream().map(Outcome::get).toList();
    }
}
