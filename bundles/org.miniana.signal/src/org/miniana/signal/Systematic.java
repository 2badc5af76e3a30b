/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal;

/**
 * The systematic effects that every event is weighed under besides the nominal simulation, each
 * one standard deviation up and down; README.md gives their sizes and sources. Each is named after
 * the nuisance parameter of the RA2 datacards that describes the same effect on the signal, which
 * the full likelihood then takes from the model instead of from the cards.
 */
enum Systematic {

    JET_ENERGY_SCALE("JECUnc"),
    BTAG_HEAVY_FLAVOUR("BTagSFUnc"),
    MISTAG_LIGHT_FLAVOUR("MisTagSFunc"),
    INITIAL_STATE_RADIATION("ISRSystem");

    /** The nominal simulation's weight set; the variations' follow, up then down for each. */
    static final int NOMINAL = 0;
    static final int WEIGHT_SETS = 1 + 2 * values().length;

    private final String nuisance;

    Systematic(String nuisance) {
        this.nuisance = nuisance;
    }

    String nuisance() {
        return nuisance;
    }

    int upSet() {
        return 1 + 2 * ordinal();
    }

    int downSet() {
        return 2 + 2 * ordinal();
    }
}
