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

    /**
     * b-tag efficiency of a b jet: 0.85 tanh(0.0025 pT) 25/(1 + 0.063 pT), pT in GeV, the
     * parametrisation of CMS's medium working point in Delphes' CMS card (from CMS, JINST 8 (2013)
     * P04013, arXiv:1211.4462): 0.64 at 50 GeV, 0.71 at 100, 0.68 at 300, 0.55 at 500, 0.33 at
     * 1000. Over the pT of top-quark-pair jets (30-150 GeV) it is 0.55-0.73, about the 2016 CSVv2
     * medium's 65% (CMS, JINST 13 (2018) P05011), while the hard b jets of heavy gluinos see the
     * drop at high pT.
     */
    static double bTagEfficiencyB(double pt) {
        return 0.85 * Math.tanh(0.0025 * pt) * 25 / (1 + 0.063 * pt);
    }

    /** c jets: CSVv2 medium, flat in pT and eta (CMS, JINST 13 (2018) P05011). */
    static final double BTAG_EFFICIENCY_C = 0.12;

    /**
     * Light-flavour jets (and hadronic taus): 0.01 + 3.8e-5 pT, pT in GeV, Delphes' CMS card as for
     * b jets: CSVv2 medium's 1% at low pT, rising with pT (2.9% at 500 GeV).
     */
    static double bTagEfficiencyLight(double pt) {
        return 0.01 + 3.8e-5 * pt;
    }

    /**
     * One standard deviation of the jet energy scale, relative: 0.01 + 0.6 GeV/pT (3% at 30 GeV,
     * 1.6% at 100 GeV, 1.1% at 500 GeV), the shape and size of CMS's total uncertainty of the
     * corrections of AK4 PF jets in 2016 (CMS, JINST 12 (2017) P02014), taken flat in eta.
     */
    static double jetEnergyScaleUncertainty(double pt) {
        return 0.01 + 0.6 / pt;
    }

    /**
     * One standard deviation of the data/simulation scale factor of the b-tag efficiency of b jets:
     * 2% up to 670 GeV, where CMS's measurements for CSVv2 end, twice that above (CMS, JINST 13
     * (2018) P05011, and the prescription to double the last measured uncertainty beyond it).
     */
    static double bTagScaleFactorUncertaintyB(double pt) {
        return pt < 670 ? 0.02 : 0.04;
    }

    /**
     * c jets: twice the b jets' uncertainty, fully correlated with it (CMS's prescription where c
     * jets have no measurement of their own).
     */
    static final double BTAG_SCALE_FACTOR_UNCERTAINTY_C_OVER_B = 2;

    /** Light-flavour jets: 10% on the mistag rate, the size of CMS's CSVv2 medium mistag scale-factor uncertainty. */
    static final double MISTAG_SCALE_FACTOR_UNCERTAINTY = 0.10;

    /**
     * The renormalisation scale of the ISR Sudakov factor's alpha_s (the pair mass) is varied by
     * this factor up and down, the customary estimate of a leading-log shower's uncertainty.
     */
    static final double ISR_SCALE_FACTOR = 2;

    /** Isolated electrons and muons that veto the event: pT &gt; 10 GeV, |eta| &lt; 2.5. */
    static final double LEPTON_PT_MIN = 10;
    static final double LEPTON_ETA_MAX = 2.5;
    /** Probability that a prompt lepton in acceptance is identified and isolated (assumed). */
    static final double ELECTRON_VETO_EFFICIENCY = 0.80;
    static final double MUON_VETO_EFFICIENCY = 0.90;

    /**
     * RA2's isolated-track veto (CMS-PAS-SUS-16-014, section 3): an isolated electron or muon track with
     * pT &gt; 5 GeV, or charged-hadron track with pT &gt; 10 GeV, within abs(eta) &lt; 2.5 and with
     * m_T(track, MHT) &lt; 100 GeV vetoes the event. It catches the leptons the lepton veto misses and
     * the one-prong hadronic tau decays.
     */
    static final double LEPTON_TRACK_PT_MIN = 5;
    static final double HADRON_TRACK_PT_MIN = 10;
    static final double TRACK_ETA_MAX = 2.5;
    static final double TRACK_TRANSVERSE_MASS_MAX = 100;

    /** RA2 baseline: HT &gt; 300 GeV, MHT &gt; 300 GeV, Njets &gt;= 3. */
    static final double HT_MIN = 300;
    static final double MHT_MIN = 300;
    static final int JETS_MIN = 3;
    /** RA2 baseline: delta-phi(jet i, MHT) above these for the leading jets i = 1..4. */
    static final List<Double> DELTA_PHI_MIN = List.of(0.5, 0.5, 0.3, 0.3);

    private Detector() {
    }
}
