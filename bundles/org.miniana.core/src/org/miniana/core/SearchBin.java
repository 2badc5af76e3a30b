/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.core;

import java.util.Objects;

/**
 * One signal region of a multi-bin search: its position in the analysis and the kinematic
 * ranges that define it. Njets and Nb are counts; HT and MHT are in GeV.
 */
public record SearchBin(int index, Interval njets, Interval nb, Interval ht, Interval mht) {

    public SearchBin {
        if (index < 0) {
            throw new IllegalArgumentException("Negative bin index " + index);
        }
        Objects.requireNonNull(njets, "njets");
        Objects.requireNonNull(nb, "nb");
        Objects.requireNonNull(ht, "ht");
        Objects.requireNonNull(mht, "mht");
    }

    /** Whether an event with these reconstructed quantities falls into this bin. */
    public boolean contains(int jets, int bTags, double htGeV, double mhtGeV) {
        return njets.contains(jets) && nb.contains(bTags) && ht.contains(htGeV) && mht.contains(mhtGeV);
    }

    /** A compact human label, e.g. "Njets 7-8, Nb >=3, HT >1000, MHT 500-750". */
    public String label() {
        return "Njets " + njets.countLabel() + ", Nb " + nb.countLabel() + ", HT " + ht.rangeLabel()
                + ", MHT " + mht.rangeLabel();
    }
}
