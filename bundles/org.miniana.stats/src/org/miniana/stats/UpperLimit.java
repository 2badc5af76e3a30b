/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.stats;

/**
 * An upper limit on the signal yield of one counting bin.
 *
 * @param signal the excluded signal yield s_up (events)
 * @param clb CL_b = P(N &lt;= n_obs) under the background-only hypothesis
 */
public record UpperLimit(double signal, double clb) {

    /**
     * The limit on the signal strength mu_up = s_up / S for a model predicting modelYield events.
     */
    public double signalStrength(double modelYield) {
        return signal / modelYield;
    }
}
