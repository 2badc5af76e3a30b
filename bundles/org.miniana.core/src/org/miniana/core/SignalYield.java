/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.core;

/** Expected signal events in one bin, with the statistical error of the simulation that predicts it. */
public record SignalYield(double value, double mcStatError) {

    public static final SignalYield ZERO = new SignalYield(0, 0);

    public SignalYield {
        if (!(value >= 0) || !(mcStatError >= 0) || Double.isInfinite(value) || Double.isInfinite(mcStatError)) {
            throw new IllegalArgumentException(
                    "A signal yield and its error must be finite and non-negative, not " + value + " +- " + mcStatError);
        }
    }
}
