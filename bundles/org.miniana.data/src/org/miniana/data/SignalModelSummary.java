/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What identifies a stored signal model, without its per-bin yields: enough to list and group
 * many models cheaply.
 *
 * @param name the model's unique name
 * @param family its simplified-model family, possibly empty
 * @param analysis the name of the analysis whose bins it fills
 * @param parameters its parameters in order
 * @param crossSectionPb its cross section in pb
 * @param provenance where its yields come from (generator and version, file, ...)
 */
public record SignalModelSummary(String name, String family, String analysis, Map<String, Double> parameters,
        double crossSectionPb, String provenance) {

    public SignalModelSummary {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}
