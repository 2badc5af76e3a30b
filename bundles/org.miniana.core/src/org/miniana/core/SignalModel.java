/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A new-physics model as a search sees it: the expected signal yield in every bin of one
 * analysis (index = bin index), plus what identifies the model.
 *
 * @param name unique name, e.g. "T1tttt_1500_100"
 * @param family simplified-model family, e.g. "T1tttt"
 * @param parameters ordered named parameters, e.g. mGluino = 1500, mLSP = 100 (GeV)
 * @param crossSectionPb production cross section in pb
 * @param provenance where the yields come from (generator and seed, file, ...)
 * @param yields one entry per search bin, in bin order
 */
public record SignalModel(String name, String family, Map<String, Double> parameters, double crossSectionPb,
        String provenance, List<SignalYield> yields) {

    public SignalModel {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A signal model needs a name");
        }
        family = Objects.requireNonNullElse(family, "");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        if (!(crossSectionPb >= 0) || Double.isInfinite(crossSectionPb)) {
            throw new IllegalArgumentException("Cross section must be finite and non-negative, not " + crossSectionPb);
        }
        provenance = Objects.requireNonNullElse(provenance, "");
        yields = List.copyOf(yields);
    }

    public SignalYield yield(int bin) {
        return yields.get(bin);
    }

    public double totalYield() {
        return yields.stream().mapToDouble(SignalYield::value).sum();
    }
}
