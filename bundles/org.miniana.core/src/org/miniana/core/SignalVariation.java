/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.core;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A signal model's yields with one systematic effect shifted up and down by one standard
 * deviation (e.g. the jet energy scale), per bin in bin order. The name is the nuisance parameter
 * of the search's statistical model that the effect is: the full likelihood replaces that
 * parameter's action on the signal with these yields, correlated across bins.
 *
 * @param name the nuisance parameter, e.g. "JECUnc"
 * @param up per bin, the yield with the effect one standard deviation up
 * @param down per bin, the yield with the effect one standard deviation down
 */
public record SignalVariation(String name, List<Double> up, List<Double> down) {

    public SignalVariation {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A signal variation needs a name");
        }
        up = List.copyOf(up);
        down = List.copyOf(down);
        if (up.size() != down.size()) {
            throw new IllegalArgumentException("The signal variation " + name + " has " + up.size()
                    + " yields up and " + down.size() + " down");
        }
        for (List<Double> yields : List.of(up, down)) {
            for (double yield : yields) {
                if (!(yield >= 0) || Double.isInfinite(yield)) {
                    throw new IllegalArgumentException("The varied yields of " + name
                            + " must be finite and non-negative, not " + yield);
                }
            }
        }
    }

    /** The variation from yields in arrays, per bin. */
    public static SignalVariation of(String name, double[] up, double[] down) {
        return new SignalVariation(name, Arrays.stream(up).boxed().toList(), Arrays.stream(down).boxed().toList());
    }
}
