/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.core.model;

/**
 * The effect of one nuisance parameter on one sample, as the datacard entry states it.
 * <ul>
 * <li>lnN: {@code down} and {@code up} are the yield factors at theta = -1 and +1 (a symmetric entry
 * "k" is down = 1/k, up = k; either factor may lie on either side of 1);</li>
 * <li>lnU: the normalisation ranges over [down, up] = [1/k, k] for the entry "k";</li>
 * <li>gmN: down = up = alpha, the yield per control-region event.</li>
 * </ul>
 *
 * @param parameter index of the parameter in {@link StatisticalModel#parameters()}
 */
public record Modifier(int parameter, double down, double up) {

    public Modifier {
        if (parameter < 0) {
            throw new IllegalArgumentException("negative parameter index " + parameter);
        }
        if (!(down > 0) || !(up > 0) || Double.isInfinite(down) || Double.isInfinite(up)) {
            throw new IllegalArgumentException("modifier factors must be positive and finite, not " + down + "/" + up);
        }
    }

    /** Whether the datacard entry is a single number (down = 1/up). */
    public boolean isSymmetric() {
        return Math.abs(down * up - 1) < 1e-12;
    }
}
