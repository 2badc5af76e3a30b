/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One process column of one channel.
 *
 * @param name the datacard's process name (e.g. "WTopSLHighW")
 * @param process the search's background process it counts towards (e.g. "lostlep"); empty for a
 *        process that only a control region has (e.g. RA2's "contam") and for the signal
 * @param signal whether the card gives it a process id <= 0 (scaled by the signal strength mu)
 * @param rate the card's expected yield; for the signal the rate of the model in use, 0 when none
 * @param modifiers the nuisances acting on it, in card order
 */
public record Sample(String name, String process, boolean signal, double rate, List<Modifier> modifiers) {

    public Sample {
        Objects.requireNonNull(name, "name");
        process = Objects.requireNonNullElse(process, "");
        if (!(rate >= 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("the rate of " + name + " must be finite and non-negative, not " + rate);
        }
        modifiers = List.copyOf(modifiers);
    }

    /** The same sample with another rate (the signal of a model). */
    public Sample withRate(double newRate) {
        return new Sample(name, process, signal, newRate, modifiers);
    }

    /** The same sample with other modifiers (the signal's own systematics). */
    public Sample withModifiers(List<Modifier> newModifiers) {
        return new Sample(name, process, signal, rate, newModifiers);
    }
}
