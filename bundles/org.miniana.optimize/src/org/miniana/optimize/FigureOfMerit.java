/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.optimize;

import java.util.Arrays;
import java.util.List;

/**
 * What optimizers maximise, as a function of a merged bin's expected signal and background:
 * larger is always better. Most figures are an expected discovery significance; a figure that is
 * to be minimised, such as the expected limit on the signal strength, is offered as its inverse
 * (see {@link StandardFigureOfMerit#EXCLUSION}), so that every optimizer, contributed ones
 * included, works with it unchanged. Implementations must be immutable and thread-safe.
 */
public interface FigureOfMerit {

    /**
     * The original tool's choice, and the default: {@link StandardFigureOfMerit#HYBRID}. A method,
     * not a constant: the enum initializes this interface first (it has default methods), and a
     * constant read while the enum is still being initialized would be null.
     */
    static FigureOfMerit defaultFigure() {
        return StandardFigureOfMerit.HYBRID;
    }

    /** Short stable name, e.g. "hybrid". */
    String id();

    /** One line for people. */
    String label();

    /**
     * The sensitivity (larger is better) of s expected signal events over b +up -down expected
     * background events. Called only with s &gt; 0; a selection without signal has no sensitivity
     * and is worth 0 (see {@link Objective}). Must not return NaN.
     */
    double value(double s, double b, double up, double down);

    /**
     * Whether {@link #value} is a significance in Gaussian standard deviations, so that thresholds
     * in sigma (such as greedy-q's stop at 5 sigma) apply to it. True unless overridden.
     */
    default boolean isSignificance() {
        return true;
    }

    /**
     * A number no smaller than {@link #value} for the same s, b, up and down, much cheaper to
     * compute, so that searches can skip selections that cannot beat the best so far without
     * changing what they find. An implementation may stop tightening the bound once it is at most
     * {@code threshold} (the selection is skipped then; +infinity asks for the cheapest bound).
     * The default, +infinity, skips nothing.
     */
    default double upperBound(double s, double b, double up, double down, double threshold) {
        return Double.POSITIVE_INFINITY;
    }

    /** The figures of merit that come with the bundle. */
    static List<FigureOfMerit> standard() {
        return List.of(StandardFigureOfMerit.values());
    }

    /** @throws IllegalArgumentException for an unknown id, naming the known ones */
    static FigureOfMerit byId(String id) {
        return Arrays.stream(StandardFigureOfMerit.values()).filter(fom -> fom.id().equals(id))
                .map(FigureOfMerit.class::cast).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown figure of merit '" + id + "'; known: "
                        + String.join(", ", standard().stream().map(FigureOfMerit::id).toList())));
    }
}
