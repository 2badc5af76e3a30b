/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.core;

import java.util.Objects;

/**
 * A background category of a search, e.g. lost-lepton. {@code rgb} is the fixed display
 * colour (0xRRGGBB) so that every figure and view draws a process the same way.
 */
public record BackgroundProcess(String name, String label, int rgb) {

    public BackgroundProcess {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        if (rgb < 0 || rgb > 0xFFFFFF) {
            throw new IllegalArgumentException("Colour must be 0xRRGGBB: " + Integer.toHexString(rgb));
        }
    }
}
