/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.optimize;

import java.util.List;
import java.util.Objects;

import org.miniana.core.Estimate;
import org.miniana.core.SearchBin;

/**
 * What an optimizer may know of one bin: where it lies in the search's grid, the expected signal
 * and the background prediction of each process. It has no observed count, by design: the choice
 * of bins must be blind.
 *
 * @param bin the bin's index and kinematic ranges
 * @param signal expected signal events
 * @param backgrounds one estimate per background process, in the problem's process order
 */
public record ProblemBin(SearchBin bin, double signal, List<Estimate> backgrounds) {

    public ProblemBin {
        Objects.requireNonNull(bin, "bin");
        if (!(signal >= 0) || Double.isInfinite(signal)) {
            throw new IllegalArgumentException("Signal in bin " + bin.index() + " must be finite and >= 0: " + signal);
        }
        backgrounds = List.copyOf(backgrounds);
    }

    /** The total background prediction. */
    public double background() {
        return backgrounds.stream().mapToDouble(Estimate::value).sum();
    }
}
