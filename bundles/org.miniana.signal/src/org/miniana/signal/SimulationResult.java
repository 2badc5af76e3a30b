/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal;

import java.util.Objects;

import org.miniana.core.SignalModel;

/**
 * A simulated mass point: the signal model (yields = cross section x luminosity x
 * efficiency per bin) and what produced it.
 *
 * @param efficiency the fraction of generated events in the search bins, after the lepton veto
 *        (a sum of event weights, so it may exceed 1 by rounding only)
 */
public record SimulationResult(MassPoint point, SignalModel model, long events, long seed, double efficiency) {

    public SimulationResult {
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(model, "model");
        if (events <= 0 || !(efficiency >= 0 && efficiency <= 1 + 1e-9)) {
            throw new IllegalArgumentException(
                    "Not a simulation result: " + events + " events, efficiency " + efficiency);
        }
    }
}
