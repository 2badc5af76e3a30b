/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.core;

import java.util.ArrayList;
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
 * @param variations the yields under systematic shifts, each with one entry per bin; empty when the
 *        model's source gives none (the search's statistical model then keeps its own signal terms)
 */
public record SignalModel(String name, String family, Map<String, Double> parameters, double crossSectionPb,
        String provenance, List<SignalYield> yields, List<SignalVariation> variations) {

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
        variations = List.copyOf(variations);
        for (SignalVariation variation : variations) {
            if (variation.up().size() != yields.size()) {
                throw new IllegalArgumentException("The signal variation " + variation.name() + " has "
                        + variation.up().size() + " bins, the model " + yields.size());
            }
        }
        if (variations.stream().map(SignalVariation::name).distinct().count() != variations.size()) {
            throw new IllegalArgumentException("The signal model " + name + " names a variation twice");
        }
    }

    /** A model without systematic variations. */
    public SignalModel(String name, String family, Map<String, Double> parameters, double crossSectionPb,
            String provenance, List<SignalYield> yields) {
        this(name, family, parameters, crossSectionPb, provenance, yields, List.of());
    }

    /**
     * The model with one bin's yield replaced (an edit by hand): its variations in that bin keep
     * their factors varied/nominal, or vary nothing when the bin had no yield.
     */
    public SignalModel withYield(int bin, SignalYield yield) {
        List<SignalYield> newYields = new ArrayList<>(yields);
        double old = newYields.set(bin, yield).value();
        List<SignalVariation> newVariations = new ArrayList<>(variations.size());
        for (SignalVariation variation : variations) {
            List<Double> up = new ArrayList<>(variation.up());
            List<Double> down = new ArrayList<>(variation.down());
            up.set(bin, old > 0 ? up.get(bin) * (yield.value() / old) : yield.value());
            down.set(bin, old > 0 ? down.get(bin) * (yield.value() / old) : yield.value());
            newVariations.add(new SignalVariation(variation.name(), up, down));
        }
        return new SignalModel(name, family, parameters, crossSectionPb, provenance, newYields, newVariations);
    }

    public SignalYield yield(int bin) {
        return yields.get(bin);
    }

    public double totalYield() {
        return yields.stream().mapToDouble(SignalYield::value).sum();
    }
}
