/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal;

/**
 * Standard Model inputs of the fast simulation: masses in GeV, branching fractions from the
 * Review of Particle Physics (PDG 2024) unless stated otherwise.
 */
final class StandardModel {

    /** The value of the CMS Run-2 simulation; the PDG 2024 average of direct measurements is 172.57 +- 0.29. */
    static final double TOP_MASS = 172.5;
    /** PDG 2024: 80.369 +- 0.013. */
    static final double W_MASS = 80.37;
    /** Pole-like mass for the kinematics of b quarks (PDG: about 4.78 from the MS-bar mass). */
    static final double BOTTOM_MASS = 4.8;
    static final double Z_MASS = 91.1876;
    static final double LOG_Z_MASS = Math.log(Z_MASS);
    /** PDG 2024 world average 0.1180 +- 0.0009. */
    static final double ALPHA_S_MZ = 0.1180;
    /** Active quark flavours in the running of alpha_s and in the Sudakov exponents. */
    static final int ACTIVE_FLAVOURS = 5;
    /** Colour factors of QCD: C_F for quarks, C_A for gluons. */
    static final double C_F = 4.0 / 3.0;
    static final double C_A = 3.0;

    /** W -&gt; e nu, mu nu, tau nu (PDG 2024: 10.71%, 10.63%, 11.38%); hadrons take the rest, 67.28% (PDG 67.41 +- 0.27%). */
    static final double W_TO_ELECTRON = 0.1071;
    static final double W_TO_MUON = 0.1063;
    static final double W_TO_TAU = 0.1138;
    static final double W_TO_HADRONS = 1 - W_TO_ELECTRON - W_TO_MUON - W_TO_TAU;
    /** Tau -&gt; e nu nu, mu nu nu (PDG 2024: 17.82%, 17.39%); hadronic decays take the rest, 64.79%. */
    static final double TAU_TO_ELECTRON = 0.1782;
    static final double TAU_TO_MUON = 0.1739;
    /**
     * Tau -&gt; one charged hadron + neutrals + nu (PDG 2024, the "one-prong" modes: 48.5% of all decays):
     * their share of the hadronic decays. The rest, three charged hadrons, leave no isolated track.
     */
    static final double TAU_HADRONIC_ONE_PRONG = 0.485 / (1 - TAU_TO_ELECTRON - TAU_TO_MUON);
    /** Tau -&gt; pi nu and K nu (PDG 2024: 10.82% + 0.70%): the share of the one-prong modes whose track is all that is seen. */
    static final double TAU_ONE_PRONG_SINGLE_HADRON = (0.1082 + 0.0070) / 0.485;

    /**
     * b hadron -&gt; e or mu + nu + anything, directly (PDG 2024, the b-hadron admixture of LEP and the
     * Tevatron: 10.69% per lepton); the cascades b -&gt; c -&gt; l (8.0% per lepton) and b -&gt; tau
     * (2.4%) are neglected, their neutrinos carry less of the jet.
     */
    static final double BOTTOM_TO_LIGHT_LEPTONS = 2 * 0.1069;
    /** c hadron -&gt; e or mu + nu + anything (PDG: 9.6% per lepton, the charm-hadron admixture of LEP). */
    static final double CHARM_TO_LIGHT_LEPTONS = 2 * 0.096;
    /**
     * Mean share of a b or c quark's momentum that its hadron carries (the mean scaled energy x_E of
     * weakly decaying b hadrons, 0.709, and of D* mesons, about 0.5, at the Z: LEP and SLD, PDG review
     * "Fragmentation functions"). At the Z it includes the perturbative radiation that the one emission
     * per parton already takes, so the hadron's share of our radiated quark, and its neutrino, are
     * underestimated rather than overestimated.
     */
    static final double BOTTOM_HADRON_MOMENTUM_SHARE = 0.709;
    static final double CHARM_HADRON_MOMENTUM_SHARE = 0.5;

    private StandardModel() {
    }

    /** The one-loop beta-function coefficient b0 = (33 - 2 n_f)/(12 pi): 1/alpha_s grows by b0 per unit of ln(mu^2). */
    private static final double BETA_0 = (33.0 - 2.0 * ACTIVE_FLAVOURS) / (12.0 * Math.PI);

    /** One-loop running coupling with five active flavours, from alpha_s(m_Z). */
    static double alphaS(double scaleGeV) {
        return 1 / inverseAlphaSAtLog(Math.log(scaleGeV * scaleGeV / (Z_MASS * Z_MASS)));
    }

    /** 1/alpha_s at ln(mu^2/m_Z^2), which one loop makes linear: for callers that would divide by alpha_s. */
    static double inverseAlphaSAtLog(double logScaleSquaredOverMz) {
        return 1 / ALPHA_S_MZ + BETA_0 * logScaleSquaredOverMz;
    }
}
