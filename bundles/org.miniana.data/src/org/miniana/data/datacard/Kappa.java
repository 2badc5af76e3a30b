/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data.datacard;

/**
 * The log-normal factors of one nuisance on one process: the yield is multiplied by {@code up}
 * at +1 sigma and by {@code down} at -1 sigma. A symmetric Combine entry "k" means up = k,
 * down = 1/k.
 */
public record Kappa(double down, double up) {

    public Kappa {
        if (!(down > 0) || !(up > 0) || Double.isInfinite(down) || Double.isInfinite(up)) {
            throw new IllegalArgumentException("kappa factors must be positive and finite");
        }
    }

    public static Kappa symmetric(double kappa) {
        return new Kappa(1.0 / kappa, kappa);
    }

    /** A gmN entry's extrapolation factor alpha, kept as both factors. */
    public static Kappa symmetricFactor(double alpha) {
        return new Kappa(alpha, alpha);
    }

    /** Relative upward shift of the yield, e.g. 0.05 for kappa 1.05. */
    public double relativeUp() {
        return up - 1.0;
    }

    /** Relative downward shift of the yield, e.g. 0.0476 for kappa 1.05. */
    public double relativeDown() {
        return 1.0 - down;
    }
}
