/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.preferences;

import java.util.Arrays;

/** How the p-values of a run are computed. */
public enum PValueMethod {

    HYBRID("hybrid", "Hybrid, exact integration (default)"),
    TOYS("toys", "Hybrid, toy experiments (the original tool's)");

    private final String id;
    private final String label;

    PValueMethod(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The method with this id; the default for an unknown one, e.g. a setting of a newer version. */
    public static PValueMethod byId(String id) {
        return Arrays.stream(values()).filter(method -> method.id.equals(id)).findFirst().orElse(HYBRID);
    }
}
