/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.analysis;

/** Thrown when no selection of bins has any expected sensitivity to a model: there is nothing to test. */
public final class NoSensitivityException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NoSensitivityException(String model, String optimizer) {
        super("No selection of bins is sensitive to " + model + " (optimizer " + optimizer
                + "): the model predicts no signal where the background allows a test");
    }
}
