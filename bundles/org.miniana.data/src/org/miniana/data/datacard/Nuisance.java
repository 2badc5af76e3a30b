/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data.datacard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.miniana.core.model.NuisanceParameter;

/**
 * One systematic line of a datacard. {@code effects} has one entry per process column:
 * the kappa (for gmN the extrapolation factor alpha as both factors), or null where the card says
 * "-" (not applied). {@code controlCount} is a gmN line's N, else 0. {@code line} is where it
 * stands in the card.
 */
public record Nuisance(String name, NuisanceParameter.Type type, long controlCount, List<Kappa> effects, int line) {

    public Nuisance {
        effects = Collections.unmodifiableList(new ArrayList<>(effects));
    }

    /** The parameter this line declares. */
    public NuisanceParameter parameter() {
        return new NuisanceParameter(name, type, controlCount);
    }

    public Kappa effect(int process) {
        return effects.get(process);
    }
}
