/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.optimize;

import java.util.function.Function;

import org.miniana.core.Interval;
import org.miniana.core.SearchBin;

/** The kinematic variables a cut-based selection cuts on, in the order cuts are written. */
public enum CutVariable {

    NJETS("Njets", true, SearchBin::njets),
    NB("Nb", true, SearchBin::nb),
    MHT("MHT", false, SearchBin::mht),
    HT("HT", false, SearchBin::ht);

    private final String label;
    private final boolean count;
    private final Function<SearchBin, Interval> range;

    CutVariable(String label, boolean count, Function<SearchBin, Interval> range) {
        this.label = label;
        this.count = count;
        this.range = range;
    }

    /** How cuts name it, e.g. "Njets". */
    public String label() {
        return label;
    }

    /** Whether it counts objects (jets, b tags) rather than being an energy in GeV. */
    public boolean isCount() {
        return count;
    }

    /** Its unit as a {@link org.miniana.core.AxisCut} gives it: empty for a count, else GeV. */
    public String unit() {
        return count ? "" : "GeV";
    }

    /** The bin's range in this variable. */
    public Interval of(SearchBin bin) {
        return range.apply(bin);
    }
}
