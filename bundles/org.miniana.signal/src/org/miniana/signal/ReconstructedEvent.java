/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal;

import java.util.List;

/**
 * One simulated event as the RA2 search sees it. b-tagging is a probability: unless the lepton
 * veto rejected it, the event adds {@code bTagProbabilities.get(k)} to bin {@code bins.get(k)}
 * for each b-tag class k.
 *
 * @param jets Njets: jets with pT &gt; 30 GeV and |eta| &lt; 2.4
 * @param htGeV scalar pT sum of those jets
 * @param mhtGeV magnitude of the negative vector pT sum of the jets with pT &gt; 30 GeV, |eta| &lt; 5
 * @param baseline whether the event passes Njets &gt;= 3, HT &gt; 300, MHT &gt; 300, the
 *        delta-phi requirements and the isolated-track veto (the lepton veto is separate)
 * @param leptonVetoed whether an isolated electron or muon vetoed the event
 * @param isolatedTrack whether the event has an isolated track with m_T(track, MHT) &lt; 100 GeV,
 *        which the isolated-track veto rejects
 * @param bTagProbabilities per b-tag class k: P(Nb = k), the last class P(Nb &gt;= k)
 * @param bins per b-tag class: the search bin, or -1 outside the baseline or every bin
 */
record ReconstructedEvent(int jets, double htGeV, double mhtGeV, boolean baseline, boolean leptonVetoed,
        boolean isolatedTrack, List<Double> bTagProbabilities, List<Integer> bins) {

    ReconstructedEvent {
        bTagProbabilities = List.copyOf(bTagProbabilities);
        bins = List.copyOf(bins);
        if (bTagProbabilities.size() != bins.size()) {
            throw new IllegalArgumentException("One bin per b-tag class: " + bTagProbabilities.size() + " classes, "
                    + bins.size() + " bins");
        }
    }

    /** The weight this event adds to the search bins in all: 0 outside the baseline. */
    public double selectedWeight() {
        double weight = 0;
        for (int k = 0; k < bins.size() && !leptonVetoed; k++) {
            if (bins.get(k) >= 0) {
                weight += bTagProbabilities.get(k);
            }
        }
        return weight;
    }
}
