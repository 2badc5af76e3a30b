/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data.datacard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * One systematic line of a datacard. {@code effects} has one entry per process column:
 * the kappa, or null where the card says "-" (not applied). {@code line} is where it stands in the card.
 */
public record Nuisance(String name, Type type, List<Kappa> effects, int line) {

    /** The nuisance types a counting card may use. */
    public enum Type {
        /** Log-normal constraint. */
        LN_N("lnN"),
        /** Log-uniform (free) normalisation, linked by name to a control region. */
        LN_U("lnU");

        private final String keyword;

        Type(String keyword) {
            this.keyword = keyword;
        }

        public String keyword() {
            return keyword;
        }
    }

    public Nuisance {
        effects = Collections.unmodifiableList(new ArrayList<>(effects));
    }

    /**
     * Statistical nuisances carry "stat" in their name, in any case: the RA2 cards write both
     * "LLStatMuIso" and "DYstat_Njet1_BTag3" (Z to nunu from the Z to mumu sample's statistics).
     */
    public boolean isStatistical() {
        return name.toLowerCase(Locale.ROOT).contains("stat");
    }

    public Kappa effect(int process) {
        return effects.get(process);
    }
}
