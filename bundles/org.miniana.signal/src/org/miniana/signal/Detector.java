/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal;

import java.util.List;

/**
 * The CMS detector and the RA2 event selection as the fast simulation models them
 * (CMS-PAS-SUS-16-014, 2016 data). README.md gives the source of every number.
 */
final class Detector {

    /** Jets: anti-kT R = 0.4, approximated by merging partons closer than this in (eta, phi). */
    static final double JET_RADIUS = 0.4;
    static final double JET_PT_MIN = 30;
    /** Jets counted in Njets, HT, Nb and the delta-phi requirements: |eta| &lt; 2.4. */
    static final double HT_JET_ETA_MAX = 2.4;
    /** Jets in MHT: |eta| &lt; 5. */
    static final double MHT_JET_ETA_MAX = 5.0;

    /**
     * Relative jet pT resolution sqrt((N/pT)^2 + S^2/pT + C^2), representative of CMS particle-flow
     * AK4 jets in the barrel in 2016 (CMS, JINST 12 (2017) P02014).
     */
    static final double JER_NOISE = 3.0;
    static final double JER_STOCHASTIC = 1.0;
    static final double JER_CONSTANT = 0.04;

    /** CSVv2 medium working point, flat in pT and eta (CMS, JINST 13 (2018) P05011). */
    static final double BTAG_EFFICIENCY_B = 0.65;
    static final double BTAG_EFFICIENCY_C = 0.12;
    static final double BTAG_EFFICIENCY_LIGHT = 0.015;

    /** Isolated electrons and muons that veto the event: pT &gt; 10 GeV, |eta| &lt; 2.5. */
    static final double LEPTON_PT_MIN = 10;
    static final double LEPTON_ETA_MAX = 2.5;
    /** Probability that a prompt lepton in acceptance is identified and isolated (assumed). */
    static final double ELECTRON_VETO_EFFICIENCY = 0.80;
    static final double MUON_VETO_EFFICIENCY = 0.90;

    /** RA2 baseline: HT &gt; 300 GeV, MHT &gt; 300 GeV, Njets &gt;= 3. */
    static final double HT_MIN = 300;
    static final double MHT_MIN = 300;
    static final int JETS_MIN = 3;
    /** RA2 baseline: delta-phi(jet i, MHT) above these for the leading jets i = 1..4. */
    static final List<Double> DELTA_PHI_MIN = List.of(0.5, 0.5, 0.3, 0.3);

    private Detector() {
    }
}
