/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.core;

import java.util.Objects;

/**
 * A published search: what it is called, its collision energy and integrated luminosity, and
 * where it is documented.
 */
public record Analysis(String name, double sqrtSTeV, double luminosityInvPb, String reference, String description) {

    public Analysis {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("An analysis needs a name");
        }
        if (!(sqrtSTeV > 0) || !(luminosityInvPb > 0)) {
            throw new IllegalArgumentException("sqrt(s) and luminosity must be positive");
        }
        reference = Objects.requireNonNullElse(reference, "");
        description = Objects.requireNonNullElse(description, "");
    }

    public double luminosityInvFb() {
        return luminosityInvPb / 1000.0;
    }
}
