/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.views;

import java.util.Optional;

import org.miniana.core.BinYields;
import org.miniana.core.SignalYield;

/**
 * One row of the Bin Results view, and what its selection holds: a bin with its published
 * yields, the signal of the model shown (if any), and whether the run shown merged it.
 */
public record BinRow(BinYields yields, Optional<SignalYield> signal, boolean inAggregate) {

    public int index() {
        return yields.bin().index();
    }

    /** S / sqrt(B), or empty without a signal or a background. */
    public Optional<Double> signalOverRootBackground() {
        double background = yields.totalBackground();
        return signal.filter(s -> background > 0).map(s -> s.value() / Math.sqrt(background));
    }
}
