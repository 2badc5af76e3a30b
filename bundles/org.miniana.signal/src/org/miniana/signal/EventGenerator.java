/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Generates, reconstructs and selects events of one mass point and sums their weights per
 * search bin. One instance belongs to one thread: it owns its random stream and reuses its
 * arrays, so that an event allocates nothing.
 *
 * <p>Four-vectors are double[4] = (px, py, pz, E) in GeV. The lepton veto is a random decision,
 * taken as soon as a W or tau decays to an electron or muon in acceptance, so that a vetoed
 * event stops there (unless an observer wants to see it). b-tagging enters as probabilities:
 * a selected event adds P(Nb = k) to the bin of each b-tag class k, which lowers the
 * statistical error of the yields at no cost.
 */
final class EventGenerator {

    static final int LIGHT = 0;
    static final int CHARM = 1;
    static final int BOTTOM = 2;
    /** The b-tag efficiency by flavour: LIGHT, CHARM, BOTTOM (a look-up, not an unpredictable branch). */
    private static final double[] BTAG_EFFICIENCY = { Detector.BTAG_EFFICIENCY_LIGHT, Detector.BTAG_EFFICIENCY_C,
            Detector.BTAG_EFFICIENCY_B };

    /** T1tttt: 4 tops x 3 quarks + one ISR parton, each with at most one emission. */
    private static final int MAX_PARTONS = 32;
    /** Partons softer than this cannot make a jet and would make eta singular. */
    private static final double PARTON_PT_MIN = 1e-6;

    private static final double SINH_HT_ETA = Math.sinh(Detector.HT_JET_ETA_MAX);
    private static final double SINH_MHT_ETA = Math.sinh(Detector.MHT_JET_ETA_MAX);
    private static final double SINH_LEPTON_ETA = Math.sinh(Detector.LEPTON_ETA_MAX);
    private static final double COS_JET_RADIUS = Math.cos(Detector.JET_RADIUS);
    private static final double COSH_JET_RADIUS = Math.cosh(Detector.JET_RADIUS);
    private static final double JET_RADIUS_SQUARED = Detector.JET_RADIUS * Detector.JET_RADIUS;

    /**
     * Final-state radiation: the hardest emission of each coloured parton, with delta-R up to
     * FSR_DELTA_R_MAX from it and kT = z pT delta-R above FSR_KT_MIN (a gluon with kT below
     * it has pT &lt; 30 GeV when it is 0.4 or more away: it never makes a jet of its own).
     */
    private static final double FSR_DELTA_R_MAX = 1.0;
    static final double FSR_KT_MIN = 10.0;
    private static final double FSR_LOG_KT_MIN_OVER_MZ = 2 * Math.log(FSR_KT_MIN / StandardModel.Z_MASS);
    /** Partons with pT^2 below this cannot emit above FSR_KT_MIN. */
    private static final double FSR_PT_SQUARED_MIN = square(FSR_KT_MIN / FSR_DELTA_R_MAX);
    /**
     * Slices of pT^2/pT^2_min for the emission-exponent bounds: the top 16 bits of a double, its exponent
     * and 4 mantissa bits, i.e. 16 slices per factor of 2 (ln(pT) steps of at most 0.022).
     */
    private static final int FSR_SLICE_SHIFT = 48;
    private static final long FSR_SLICE_OF_ONE = Double.doubleToRawLongBits(1.0) >>> FSR_SLICE_SHIFT;
    private static final int FSR_SLICES = 512;
    private static final double[] QUARK_EXPONENT_BOUND = emissionExponentBounds(StandardModel.C_F);
    private static final double[] GLUON_EXPONENT_BOUND = emissionExponentBounds(StandardModel.C_A);

    /** cos and sin of 2 pi k / 2^AZIMUTH_TABLE_BITS, k = 0, 1, ..., for {@link #azimuth(int, double[])}. */
    private static final int AZIMUTH_TABLE_BITS = 8;
    private static final int AZIMUTH_REMAINDER_MASK = (1 << (32 - AZIMUTH_TABLE_BITS)) - 1;
    private static final double[] AZIMUTH_COS = IntStream.range(0, 1 << AZIMUTH_TABLE_BITS)
            .mapToDouble(k -> Math.cos(2 * Math.PI * k / (1 << AZIMUTH_TABLE_BITS))).toArray();
    private static final double[] AZIMUTH_SIN = IntStream.range(0, 1 << AZIMUTH_TABLE_BITS)
            .mapToDouble(k -> Math.sin(2 * Math.PI * k / (1 << AZIMUTH_TABLE_BITS))).toArray();

    /** t -&gt; b W in the top rest frame: momentum and energies. */
    private static final double TOP_DECAY_MOMENTUM = twoBodyMomentum(StandardModel.TOP_MASS, StandardModel.BOTTOM_MASS,
            StandardModel.W_MASS);
    private static final double TOP_DECAY_B_ENERGY = Math.hypot(TOP_DECAY_MOMENTUM, StandardModel.BOTTOM_MASS);
    private static final double W_DECAY_MOMENTUM = StandardModel.W_MASS / 2;

    private final SimplifiedModel model;
    private final double mGluino;
    private final double mLsp;
    private final double quarkMass;
    private final PairProduction production;
    private final SearchBinLocator locator;
    private final EventRandom random;
    /** The number of the next event: its random stream starts from it. */
    private long eventNumber;
    /** Whether the current event is to be finished even when vetoed (an observer sees it). */
    private boolean finishVetoed;
    private final DalitzStrips dalitz;
    private final double inverseGluinoMass;
    private final double inverseTwiceGluinoMass;
    /** cos of the minimal delta-phi of the leading jets: passing means cos(delta-phi) below it. */
    private final double[] cosDeltaPhiMax;
    private final int highestBTagClass;

    private final double[] pair = new double[4];
    private final double[] isr = new double[4];
    private final double[][] gluinos = new double[2][4];
    /** The quark and antiquark of a gluino decay; the LSP leaves unseen. */
    private final double[][] gluinoDaughters = new double[2][4];
    private final double[][] topDaughters = new double[2][4];
    private final double[][] wDaughters = new double[2][4];
    /**
     * Scratch for random unit vectors and azimuths: after {@link #isotropicDirection()}, the
     * vector, sin(theta) and (cos phi, sin phi) of its polar angles.
     */
    private final double[] direction = new double[3];
    private double directionSinTheta;
    private final double[] azimuth = new double[2];

    private final double[] partonPx = new double[MAX_PARTONS];
    private final double[] partonPy = new double[MAX_PARTONS];
    private final double[] partonPz = new double[MAX_PARTONS];
    private final double[] partonPt = new double[MAX_PARTONS];
    /** The momentum |p|: with pT and pz it gives cosh(eta) = |p|/pT and sinh(eta) = pz/pT. */
    private final double[] partonP = new double[MAX_PARTONS];
    private final int[] partonFlavour = new int[MAX_PARTONS];
    /** C_F, C_A, or 0 for what does not radiate (hadronic taus, emitted gluons). */
    private final double[] partonColour = new double[MAX_PARTONS];
    private final int[] partonOrder = new int[MAX_PARTONS];
    private int partons;
    /** Whether an isolated electron or muon of the event vetoed it. */
    private boolean leptonVetoed;

    private final double[] jetPx = new double[MAX_PARTONS];
    private final double[] jetPy = new double[MAX_PARTONS];
    private final double[] jetPz = new double[MAX_PARTONS];
    private final double[] jetPt = new double[MAX_PARTONS];
    private final double[] jetP = new double[MAX_PARTONS];
    private final int[] jetFlavour = new int[MAX_PARTONS];
    private int jets;
    /** Jets counted in Njets and HT; the leading ones are moved to the front by the delta-phi test. */
    private final int[] htJets = new int[MAX_PARTONS];
    private final double[] bTagProbabilities;
    private final int[] eventBins;

    private final double[] sums;
    private final double[] squares;
    private double selectedWeight;

    EventGenerator(MassPoint point, PairProduction production, SearchBinLocator locator, long seed) {
        if (production.mGluino() != point.mGluino()) {
            throw new IllegalArgumentException("Production tables for m_gluino = " + production.mGluino()
                    + " GeV cannot serve " + point.name());
        }
        this.model = point.model();
        this.mGluino = point.mGluino();
        this.mLsp = point.mLsp();
        this.quarkMass = model.quarkMass();
        this.production = production;
        this.locator = locator;
        this.random = new EventRandom(seed);
        this.dalitz = new DalitzStrips(mGluino, quarkMass, mLsp);
        this.inverseGluinoMass = 1 / mGluino;
        this.inverseTwiceGluinoMass = 0.5 / mGluino;
        this.cosDeltaPhiMax = Detector.DELTA_PHI_MIN.stream().mapToDouble(Math::cos).toArray();
        this.highestBTagClass = locator.highestBTagClass();
        this.bTagProbabilities = new double[highestBTagClass + 1];
        this.eventBins = new int[highestBTagClass + 1];
        this.sums = new double[locator.binCount()];
        this.squares = new double[locator.binCount()];
    }

    /**
     * Generates {@code events} events, as {@link #next(EventObserver)}. Called once per chunk, this
     * loop is compiled as a method of its own: run inside a long caller's loop, the events were
     * left to on-stack-replaced code, which was 25% slower in about half of the JVM runs.
     */
    void next(long events, EventObserver observer) {
        for (long i = 0; i < events; i++) {
            next(observer);
        }
    }

    /**
     * Generates one event and adds its weight to the bins; the observer, if any, sees the event.
     * Without an observer, an event stops as soon as the lepton veto rejects it.
     */
    void next(EventObserver observer) {
        random.startEvent(eventNumber++);
        partons = 0;
        leptonVetoed = false;
        finishVetoed = observer != null;
        producePair();
        if (!decayGluino(gluinos[0]) || !decayGluino(gluinos[1])) {
            return;
        }
        radiate();
        reconstructJets();
        select(observer);
    }

    /** Whether the event goes on: false once it is vetoed and nobody wants to see the rest. */
    private boolean goesOn() {
        return !leptonVetoed || finishVetoed;
    }

    /** Per bin: the sum of the event weights (each event counts at most 1 in all). */
    double[] sums() {
        return sums.clone();
    }

    /** Per bin: the sum of the squared event weights. */
    double[] squares() {
        return squares.clone();
    }

    /** The summed weight of all selected events. */
    double selectedWeight() {
        return selectedWeight;
    }

    private void producePair() {
        double uMass = random.nextDouble();
        double mass = production.mass(uMass);
        // one logarithm serves the rapidity range and alpha_s of the recoil
        double logMass = Math.log(mass);
        // one uniform number gives the sign (its top half) and the size of y
        double v = 2 * random.nextDouble();
        double absY = production.rapidityFraction(uMass, v < 1 ? v : v - 1) * (PairProduction.LOG_SQRT_S - logMass);
        double y = v < 1 ? absY : -absY;
        double logMassOverRecoil = PairProduction.recoilLogRatio(logMass, random.nextExponential());
        double recoil = mass * Math.exp(-logMassOverRecoil);
        randomAzimuth();
        // leading-log radiation is flat in rapidity over ln(M/pT) on either side of the pair
        double yIsr = y + (2 * random.nextDouble() - 1) * logMassOverRecoil;
        setMassless(isr, recoil * azimuth[0], recoil * azimuth[1], recoil, yIsr);
        addParton(isr, LIGHT, StandardModel.C_A);

        double transverseMass = Math.sqrt(mass * mass + recoil * recoil);
        double expY = Math.exp(y);
        pair[0] = -isr[0];
        pair[1] = -isr[1];
        pair[2] = 0.5 * transverseMass * (expY - 1 / expY);
        pair[3] = 0.5 * transverseMass * (expY + 1 / expY);

        // isotropic in the pair rest frame (exact at threshold, where most pairs are made)
        double momentum = 0.5 * Math.sqrt(Math.max(0, mass * mass - 4 * mGluino * mGluino));
        twoBodyDecay(pair, mass, 1 / mass, momentum, 0.5 * mass, gluinos);
    }

    /** Decays a gluino and what it gives; returns whether the event goes on. */
    private boolean decayGluino(double[] gluino) {
        dalitzDecay();
        double inverseEnergyPlusMass = 1 / (gluino[3] + mGluino);
        for (double[] daughter : gluinoDaughters) {
            boost(daughter, gluino, inverseGluinoMass, inverseEnergyPlusMass);
        }
        switch (model) {
        case T1TTTT -> {
            decayTop(gluinoDaughters[0]);
            if (!goesOn()) {
                return false;
            }
            decayTop(gluinoDaughters[1]);
        }
        case T1BBBB -> {
            addParton(gluinoDaughters[0], BOTTOM, StandardModel.C_F);
            addParton(gluinoDaughters[1], BOTTOM, StandardModel.C_F);
        }
        case T1QQQQ -> {
            // u, d, s, c in equal parts; only charm differs for b-tagging
            int flavour = random.nextDouble() < 0.25 ? CHARM : LIGHT;
            addParton(gluinoDaughters[0], flavour, StandardModel.C_F);
            addParton(gluinoDaughters[1], flavour, StandardModel.C_F);
        }
        }
        return goesOn();
    }

    /**
     * gluino -&gt; q qbar LSP at rest, flat in the Dalitz plot (m12^2, m23^2): m12^2 is drawn with
     * the density w = 4 p2* p3*, the width of its m23^2 range ({@link DalitzStrips}), then m23^2
     * uniformly in that range. Momenta come from squares where they can (one square root for
     * p2* p3*, two for the quark momenta). The decay plane gets a random orientation.
     */
    private void dalitzDecay() {
        double m1Squared = quarkMass * quarkMass;
        double mSquared = mGluino * mGluino;
        double lspSquared = mLsp * mLsp;
        double s12 = dalitz.sample(random);
        double inverseS12 = 1 / s12;
        double widthSquared = dalitz.widthSquared(s12, inverseS12);
        double p2Squared = 0.25 * s12 - m1Squared;
        double e3TimesM12 = 0.5 * (mSquared - s12 - lspSquared);
        double p3Squared = e3TimesM12 * e3TimesM12 * inverseS12 - lspSquared;
        // m23^2 = (E2* + E3*)^2 - (p2* + p3*)^2 + 4 p2* p3* v, with (E2* + E3*)^2 = (M^2 - m3^2)^2/(4 m12^2)
        double sum = 0.5 * (mSquared - lspSquared);
        double s23 = sum * sum * inverseS12 - p2Squared - p3Squared
                + 2 * Math.sqrt(widthSquared) * (2 * random.nextDouble() - 1);

        double energy1 = (mSquared + m1Squared - s23) * inverseTwiceGluinoMass;
        double energy3 = (mSquared + lspSquared - s12) * inverseTwiceGluinoMass;
        double energy2 = mGluino - energy1 - energy3;
        double q1 = Math.sqrt(Math.max(0, energy1 * energy1 - m1Squared));
        double q2Squared = Math.max(0, energy2 * energy2 - m1Squared);
        double q3Squared = Math.max(0, energy3 * energy3 - lspSquared);
        // quark 2 along quark 1 and across it, from the triangle q1 + q2 + q3 = 0
        double along = q1 > 0 ? (q3Squared - q1 * q1 - q2Squared) / (2 * q1) : 0;
        double across = Math.sqrt(Math.max(0, q2Squared - along * along));

        // random orientation: quark 1 along an isotropic n = (sin t cos f, sin t sin f, cos t), quark 2 in a
        // plane turned by a random azimuth about n; a = d n/dt and b = z x n/sin t complete an orthonormal frame
        isotropicDirection();
        double nx = direction[0];
        double ny = direction[1];
        double nz = direction[2];
        double ax = nz * azimuth[0];
        double ay = nz * azimuth[1];
        double az = -directionSinTheta;
        double bx = -azimuth[1];
        double by = azimuth[0];
        randomAzimuth();
        double ex = azimuth[0] * ax + azimuth[1] * bx;
        double ey = azimuth[0] * ay + azimuth[1] * by;
        double ez = azimuth[0] * az;

        set(gluinoDaughters[0], q1 * nx, q1 * ny, q1 * nz, energy1);
        set(gluinoDaughters[1], along * nx + across * ex, along * ny + across * ey, along * nz + across * ez,
                energy2);
    }

    /** t -&gt; b W, isotropic in the top rest frame (no top polarisation). */
    private void decayTop(double[] top) {
        twoBodyDecay(top, StandardModel.TOP_MASS, 1 / StandardModel.TOP_MASS, TOP_DECAY_MOMENTUM, TOP_DECAY_B_ENERGY,
                topDaughters);
        addParton(topDaughters[0], BOTTOM, StandardModel.C_F);
        decayW(topDaughters[1]);
    }

    /** W -&gt; q q' (u d or c s in equal parts), e nu, mu nu or tau nu, isotropic in the W rest frame. */
    private void decayW(double[] w) {
        twoBodyDecay(w, StandardModel.W_MASS, 1 / StandardModel.W_MASS, W_DECAY_MOMENTUM, W_DECAY_MOMENTUM, wDaughters);
        double u = random.nextDouble();
        if (u < StandardModel.W_TO_HADRONS) {
            // below W_TO_HADRONS, u is again uniform: its lower half picks c sbar
            addParton(wDaughters[0], u < 0.5 * StandardModel.W_TO_HADRONS ? CHARM : LIGHT, StandardModel.C_F);
            addParton(wDaughters[1], LIGHT, StandardModel.C_F);
        } else if (u < StandardModel.W_TO_HADRONS + StandardModel.W_TO_ELECTRON) {
            addLepton(wDaughters[0], Detector.ELECTRON_VETO_EFFICIENCY);
        } else if (u < StandardModel.W_TO_HADRONS + StandardModel.W_TO_ELECTRON + StandardModel.W_TO_MUON) {
            addLepton(wDaughters[0], Detector.MUON_VETO_EFFICIENCY);
        } else {
            decayTau(wDaughters[0]);
        }
    }

    /**
     * A tau in the collinear approximation (m_tau neglected): leptonic decays give an e or mu
     * with the unpolarised spectrum (5 - 9x^2 + 4x^3)/3 in the momentum fraction x; hadronic
     * decays give a jet with a visible fraction uniform in [0, 1] (the tau -&gt; pi nu spectrum).
     */
    private void decayTau(double[] tau) {
        double u = random.nextDouble();
        if (u < StandardModel.TAU_TO_ELECTRON + StandardModel.TAU_TO_MUON) {
            double x;
            do {
                x = random.nextDouble();
            } while (5 * random.nextDouble() > 5 - 9 * x * x + 4 * x * x * x);
            scale(tau, x);
            addLepton(tau, u < StandardModel.TAU_TO_ELECTRON ? Detector.ELECTRON_VETO_EFFICIENCY
                    : Detector.MUON_VETO_EFFICIENCY);
        } else {
            scale(tau, random.nextDouble());
            addParton(tau, LIGHT, 0);
        }
    }

    private void addParton(double[] p, int flavour, double colour) {
        addParton(p[0], p[1], p[2], flavour, colour);
    }

    /** A parton by its momentum: jets and the selection never use energies (jets are massless directions). */
    private void addParton(double px, double py, double pz, int flavour, double colour) {
        int i = partons++;
        partonPx[i] = px;
        partonPy[i] = py;
        partonPz[i] = pz;
        partonFlavour[i] = flavour;
        partonColour[i] = colour;
    }

    /** A prompt electron or muon: in acceptance, it vetoes the event with the given probability. */
    private void addLepton(double[] p, double vetoEfficiency) {
        double ptSquared = p[0] * p[0] + p[1] * p[1];
        if (ptSquared > Detector.LEPTON_PT_MIN * Detector.LEPTON_PT_MIN
                && p[2] * p[2] < SINH_LEPTON_ETA * SINH_LEPTON_ETA * ptSquared
                && random.nextDouble() < vetoEfficiency) {
            leptonVetoed = true;
        }
    }

    /**
     * Final-state radiation: the hardest emission of each coloured parton, from the Sudakov
     * factor P(no emission above kT) = exp(-(alpha_s C / pi) ln^2(pT dR_max / kT)) of the
     * soft-collinear density (alpha_s C / pi) dz/z d(dR^2)/dR^2, corrected to the splitting
     * function (1 + (1 - z)^2)/z by the veto algorithm; alpha_s is fixed per parton at the
     * geometric mean of its kT range. The gluon sits at (d-eta, d-phi) = dR (cos psi, sin psi)
     * from the parton with pT fraction z; the parton recoils so that momentum is conserved.
     * Emitted gluons do not radiate further.
     */
    private void radiate() {
        int original = partons;
        for (int i = 0; i < original; i++) {
            double colour = partonColour[i];
            double ptSquared = partonPx[i] * partonPx[i] + partonPy[i] * partonPy[i];
            if (colour == 0 || ptSquared <= FSR_PT_SQUARED_MIN) {
                continue;
            }
            // the first trial emission comes at coefficient L^2 = an exponential variate, L = ln(ktMax/kT); none
            // when that is beyond coefficient L^2 at ktMax, which most of the time a table shows without a logarithm
            double exponent = random.nextExponential();
            double ratio = ptSquared * (1 / FSR_PT_SQUARED_MIN);
            if (exponent >= emissionExponentBound(ratio, colour)) {
                continue;
            }
            double logRange = 0.5 * Math.log(ratio);
            double inverseCoefficient = fsrInverseCoefficient(logRange, colour);
            double logRangeSquared = logRange * logRange;
            double logSquared;
            while ((logSquared = exponent * inverseCoefficient) < logRangeSquared) {
                // the trial emission lies uniformly on ln(dR_max/dR) + ln(1/z) = L
                double log = Math.sqrt(logSquared);
                double logDeltaR = log * random.nextDouble();
                double z = Math.exp(logDeltaR - log);
                if (2 * random.nextDouble() < 1 + (1 - z) * (1 - z)) {
                    emitGluon(i, z, FSR_DELTA_R_MAX * Math.exp(-logDeltaR));
                    break;
                }
                // the next trial: coefficient L^2 grows by an exponential variate
                exponent += random.nextExponential();
            }
        }
    }

    /** alpha_s C / pi with alpha_s at sqrt(ktMax ktMin): ln(mu^2/mZ^2) = L + 2 ln(ktMin/mZ), no second logarithm. */
    static double fsrCoefficient(double logRange, double colour) {
        return 1 / fsrInverseCoefficient(logRange, colour);
    }

    /** pi/(alpha_s C) of {@link #fsrCoefficient(double, double)}, without a division, for C = C_F or C_A. */
    static double fsrInverseCoefficient(double logRange, double colour) {
        return StandardModel.inverseAlphaSAtLog(logRange + FSR_LOG_KT_MIN_OVER_MZ)
                * (colour == StandardModel.C_A ? Math.PI / StandardModel.C_A : Math.PI / StandardModel.C_F);
    }

    /**
     * An upper bound of coefficient L^2 at ktMax, the exponent of P(no trial emission), of a parton
     * of colour factor C_F or C_A with pT^2/pT^2_min = ratio &gt;= 1, from a table.
     */
    static double emissionExponentBound(double ratio, double colour) {
        // the slice: the binary exponent and leading mantissa bits of the ratio
        long slice = Math.min(FSR_SLICES - 1, (Double.doubleToRawLongBits(ratio) >>> FSR_SLICE_SHIFT) - FSR_SLICE_OF_ONE);
        return (colour == StandardModel.C_A ? GLUON_EXPONENT_BOUND : QUARK_EXPONENT_BOUND)[(int) slice];
    }

    /**
     * Per slice of pT^2/pT^2_min, coefficient L^2 at the slice's upper edge: an upper bound for
     * every parton in the slice, because coefficient L^2 grows with L (alpha_s falls more slowly
     * than L^2 grows). The last slice is open above and bounds nothing (infinity).
     */
    private static double[] emissionExponentBounds(double colour) {
        double[] bounds = new double[FSR_SLICES];
        for (int slice = 0; slice < FSR_SLICES - 1; slice++) {
            double upperEdge = Double.longBitsToDouble((FSR_SLICE_OF_ONE + slice + 1) << FSR_SLICE_SHIFT);
            double logRange = 0.5 * Math.log(upperEdge);
            bounds[slice] = fsrCoefficient(logRange, colour) * logRange * logRange;
        }
        bounds[FSR_SLICES - 1] = Double.POSITIVE_INFINITY;
        return bounds;
    }

    /**
     * The gluon at (d-eta, d-phi) = dR (cos psi, sin psi) with pT fraction z: its pz = z pT
     * sinh(eta + d-eta) = z (pz cosh(d-eta) + |p| sinh(d-eta)), which needs no division by pT.
     */
    private void emitGluon(int parton, double z, double deltaR) {
        randomAzimuth();
        double deltaPhi = deltaR * azimuth[1];
        double expDeltaEta = Math.exp(deltaR * azimuth[0]);
        double inverseExpDeltaEta = 1 / expDeltaEta;
        double px = partonPx[parton];
        double py = partonPy[parton];
        double pz = partonPz[parton];
        double p = Math.sqrt(px * px + py * py + pz * pz);
        double cos = cosSmall(deltaPhi);
        double sin = sinSmall(deltaPhi);
        double gx = z * (px * cos - py * sin);
        double gy = z * (px * sin + py * cos);
        double gz = 0.5 * z * (pz * (expDeltaEta + inverseExpDeltaEta) + p * (expDeltaEta - inverseExpDeltaEta));
        addParton(gx, gy, gz, LIGHT, 0);
        partonPx[parton] = px - gx;
        partonPy[parton] = py - gy;
        partonPz[parton] = pz - gz;
    }

    /**
     * Partons to jets: by decreasing pT, each parton joins the first harder jet within
     * delta-R &lt; R (which is how anti-kT treats well separated hard partons), else starts a
     * jet; then every jet within abs(eta) &lt; 5 (the others never count) is scaled by the
     * smeared response.
     */
    private void reconstructJets() {
        int n = partons;
        for (int i = 0; i < n; i++) {
            double ptSquared = partonPx[i] * partonPx[i] + partonPy[i] * partonPy[i];
            partonPt[i] = Math.sqrt(ptSquared);
            partonP[i] = Math.sqrt(ptSquared + partonPz[i] * partonPz[i]);
        }
        // the order by decreasing pT from ranks (ties by index): no data-dependent branches, unlike a sort
        for (int i = 0; i < n; i++) {
            double pt = partonPt[i];
            int rank = 0;
            for (int j = 0; j < i; j++) {
                rank += partonPt[j] >= pt ? 1 : 0;
            }
            for (int j = i + 1; j < n; j++) {
                rank += partonPt[j] > pt ? 1 : 0;
            }
            partonOrder[rank] = i;
        }
        jets = 0;
        for (int k = 0; k < n; k++) {
            int i = partonOrder[k];
            double pt = partonPt[i];
            if (pt < PARTON_PT_MIN) {
                break;
            }
            int target = jetWithinRadius(partonPx[i], partonPy[i], partonPz[i], pt, partonP[i]);
            if (target < 0) {
                target = jets++;
                jetPx[target] = partonPx[i];
                jetPy[target] = partonPy[i];
                jetPz[target] = partonPz[i];
                jetPt[target] = pt;
                jetP[target] = partonP[i];
                jetFlavour[target] = partonFlavour[i];
            } else {
                double px = jetPx[target] += partonPx[i];
                double py = jetPy[target] += partonPy[i];
                double pz = jetPz[target] += partonPz[i];
                double ptSquared = px * px + py * py;
                jetPt[target] = Math.sqrt(ptSquared);
                jetP[target] = Math.sqrt(ptSquared + pz * pz);
                // hadron-flavour style: b beats c beats light
                jetFlavour[target] = Math.max(jetFlavour[target], partonFlavour[i]);
            }
        }
        for (int j = 0; j < jets; j++) {
            double pt = jetPt[j];
            if (Math.abs(jetPz[j]) < SINH_MHT_ETA * pt) {
                double inversePt = 1 / pt;
                double resolution = Math.sqrt((Detector.JER_NOISE * Detector.JER_NOISE * inversePt
                        + Detector.JER_STOCHASTIC * Detector.JER_STOCHASTIC) * inversePt
                        + Detector.JER_CONSTANT * Detector.JER_CONSTANT);
                double response = Math.max(0, 1 + resolution * random.nextGaussian());
                jetPx[j] *= response;
                jetPy[j] *= response;
                jetPz[j] *= response;
                jetPt[j] *= response;
            }
        }
    }

    /**
     * The first jet within delta-R &lt; R of a parton, or -1, without logarithms or divisions
     * for most pairs: cos(delta-phi) = (px px' + py py')/(pT pT') and
     * cosh(delta-eta) = cosh(eta) cosh(eta') - sinh(eta) sinh(eta') = (|p| |p'| - pz pz')/(pT pT')
     * must exceed cos R and stay below cosh R; only the few pairs that pass both get the exact
     * test, delta-phi^2 + delta-eta^2 &lt; R^2, from the series of acos^2 and acosh^2.
     */
    private int jetWithinRadius(double px, double py, double pz, double pt, double p) {
        for (int j = 0; j < jets; j++) {
            double ptProduct = pt * jetPt[j];
            double cosPhiProduct = px * jetPx[j] + py * jetPy[j];
            double coshEtaProduct = p * jetP[j] - pz * jetPz[j];
            // & rather than &&: one rarely taken branch instead of two unpredictable ones
            if (cosPhiProduct > COS_JET_RADIUS * ptProduct & coshEtaProduct < COSH_JET_RADIUS * ptProduct) {
                double inverse = 1 / ptProduct;
                if (deltaPhiSquared(cosPhiProduct * inverse) + deltaEtaSquared(coshEtaProduct * inverse)
                        < JET_RADIUS_SQUARED) {
                    return j;
                }
            }
        }
        return -1;
    }

    /** The RA2 baseline selection and the bin of each b-tag class. */
    private void select(EventObserver observer) {
        int htJetCount = 0;
        double ht = 0;
        double mhtX = 0;
        double mhtY = 0;
        for (int j = 0; j < jets; j++) {
            double pt = jetPt[j];
            if (pt > Detector.JET_PT_MIN) {
                double absPz = Math.abs(jetPz[j]);
                if (absPz < SINH_MHT_ETA * pt) {
                    mhtX -= jetPx[j];
                    mhtY -= jetPy[j];
                }
                if (absPz < SINH_HT_ETA * pt) {
                    ht += pt;
                    htJets[htJetCount++] = j;
                }
            }
        }
        double mht = Math.sqrt(mhtX * mhtX + mhtY * mhtY);
        boolean baseline = htJetCount >= Detector.JETS_MIN && ht > Detector.HT_MIN && mht > Detector.MHT_MIN
                && deltaPhiPassed(htJetCount, mhtX, mhtY, mht);
        if (!baseline && observer == null) {
            return;
        }
        bTagProbabilities(htJetCount);
        if (baseline) {
            locator.findForEachBTagCount(htJetCount, ht, mht, eventBins);
        }
        for (int k = 0; k <= highestBTagClass; k++) {
            int bin = baseline && bTagProbabilities[k] > 0 ? eventBins[k] : -1;
            eventBins[k] = bin;
            if (bin >= 0 && !leptonVetoed) {
                double weight = bTagProbabilities[k];
                sums[bin] += weight;
                squares[bin] += weight * weight;
                selectedWeight += weight;
            }
        }
        if (observer != null) {
            List<Double> probabilities = new ArrayList<>(bTagProbabilities.length);
            List<Integer> bins = new ArrayList<>(eventBins.length);
            for (int k = 0; k <= highestBTagClass; k++) {
                probabilities.add(bTagProbabilities[k]);
                bins.add(eventBins[k]);
            }
            observer.observe(new ReconstructedEvent(htJetCount, ht, mht, baseline, leptonVetoed, probabilities, bins));
        }
    }

    /**
     * The delta-phi requirements on the leading jets: the i-th hardest jet is picked from the
     * rest of {@code htJets} (moved to position i) only when the harder ones passed, so most
     * events that fail never order their jets.
     */
    private boolean deltaPhiPassed(int htJetCount, double mhtX, double mhtY, double mht) {
        for (int i = 0; i < Math.min(htJetCount, cosDeltaPhiMax.length); i++) {
            int hardest = i;
            for (int k = i + 1; k < htJetCount; k++) {
                hardest = jetPt[htJets[k]] > jetPt[htJets[hardest]] ? k : hardest;
            }
            int j = htJets[hardest];
            htJets[hardest] = htJets[i];
            htJets[i] = j;
            if (jetPx[j] * mhtX + jetPy[j] * mhtY >= cosDeltaPhiMax[i] * jetPt[j] * mht) {
                return false;
            }
        }
        return true;
    }

    /** P(Nb = k) for k below the highest b-tag class, and P(Nb &gt;= k) for the highest. */
    private void bTagProbabilities(int htJetCount) {
        double[] p = bTagProbabilities;
        Arrays.fill(p, 0);
        p[0] = 1;
        for (int i = 0; i < htJetCount; i++) {
            double efficiency = BTAG_EFFICIENCY[jetFlavour[htJets[i]]];
            for (int k = highestBTagClass; k > 0; k--) {
                // one more tag keeps an event in the highest class
                p[k] = (k == highestBTagClass ? p[k] : p[k] * (1 - efficiency)) + p[k - 1] * efficiency;
            }
            if (highestBTagClass > 0) {
                p[0] *= 1 - efficiency;
            }
        }
    }

    /**
     * Splits a parent at rest into two back-to-back daughters along an isotropic direction: the
     * first is boosted, the second is what the parent's four-momentum leaves.
     */
    private void twoBodyDecay(double[] parent, double parentMass, double inverseParentMass, double momentum,
            double energy1, double[][] daughters) {
        isotropicDirection();
        double[] first = daughters[0];
        set(first, momentum * direction[0], momentum * direction[1], momentum * direction[2], energy1);
        boost(first, parent, inverseParentMass, 1 / (parent[3] + parentMass));
        double[] second = daughters[1];
        for (int i = 0; i < 4; i++) {
            second[i] = parent[i] - first[i];
        }
    }

    /**
     * An isotropic unit vector from one random long: cos(theta) = 1 - 2u uniform (32 bits), the
     * azimuth from the other 32 bits.
     */
    private void isotropicDirection() {
        long bits = random.nextLong();
        double u = ((bits >>> 32) + 0.5) * 0x1p-32;
        double sinTheta = 2 * Math.sqrt(u * (1 - u));
        azimuth((int) bits, azimuth);
        direction[0] = sinTheta * azimuth[0];
        direction[1] = sinTheta * azimuth[1];
        direction[2] = 1 - 2 * u;
        directionSinTheta = sinTheta;
    }

    /** (cos phi, sin phi) for a uniform azimuth phi. */
    private void randomAzimuth() {
        azimuth((int) random.nextLong(), azimuth);
    }

    /**
     * (cos phi, sin phi) of phi = 2 pi bits / 2^32 (bits unsigned) into {@code cosSin}, without
     * a rejection loop or a call to the trigonometric functions: the top AZIMUTH_TABLE_BITS bits
     * pick a tabulated angle, the rest is a remainder d &lt; 2 pi / 256 whose cos and sin are
     * series with a truncation error below d^8/8! = 4e-18, added by the angle-addition formulae.
     */
    static void azimuth(int bits, double[] cosSin) {
        int k = bits >>> (32 - AZIMUTH_TABLE_BITS);
        double d = (bits & AZIMUTH_REMAINDER_MASK) * (2 * Math.PI * 0x1p-32);
        double d2 = d * d;
        double cosD = 1 - d2 * (1.0 / 2 - d2 * (1.0 / 24 - d2 * (1.0 / 720)));
        double sinD = d * (1 - d2 * (1.0 / 6 - d2 * (1.0 / 120 - d2 * (1.0 / 5040))));
        cosSin[0] = AZIMUTH_COS[k] * cosD - AZIMUTH_SIN[k] * sinD;
        cosSin[1] = AZIMUTH_SIN[k] * cosD + AZIMUTH_COS[k] * sinD;
    }

    /**
     * Lorentz boost of v from the rest frame of a parent with four-momentum P and mass M to the
     * frame of P, given 1/M and 1/(E + M): divisions are slow and a parent has several daughters.
     */
    private static void boost(double[] v, double[] parent, double inverseParentMass, double inverseEnergyPlusMass) {
        double pDotV = parent[0] * v[0] + parent[1] * v[1] + parent[2] * v[2];
        double factor = (pDotV * inverseEnergyPlusMass + v[3]) * inverseParentMass;
        v[3] = (parent[3] * v[3] + pDotV) * inverseParentMass;
        v[0] += factor * parent[0];
        v[1] += factor * parent[1];
        v[2] += factor * parent[2];
    }

    private static void setMassless(double[] v, double px, double py, double pt, double rapidity) {
        double exp = Math.exp(rapidity);
        set(v, px, py, 0.5 * pt * (exp - 1 / exp), 0.5 * pt * (exp + 1 / exp));
    }

    private static void set(double[] v, double px, double py, double pz, double energy) {
        v[0] = px;
        v[1] = py;
        v[2] = pz;
        v[3] = energy;
    }

    private static void scale(double[] v, double factor) {
        for (int i = 0; i < 4; i++) {
            v[i] *= factor;
        }
    }

    /**
     * delta-phi^2 from its cosine c near 1: 2x + x^2/3 + 4x^3/45 + x^4/35 with x = 1 - c (the
     * series of acos^2), good to 4e-8 up to delta-phi = R = 0.4 and much faster than acos.
     */
    static double deltaPhiSquared(double cosDeltaPhi) {
        double x = 1 - cosDeltaPhi;
        return x * (2 + x * (1.0 / 3 + x * (4.0 / 45 + x * (1.0 / 35))));
    }

    /**
     * delta-eta^2 from its cosh c near 1: 2y - y^2/3 + 4y^3/45 - y^4/35 with y = c - 1 (the series
     * of acosh^2), good to 4e-8 up to delta-eta = R = 0.4.
     */
    static double deltaEtaSquared(double coshDeltaEta) {
        double y = coshDeltaEta - 1;
        return y * (2 - y * (1.0 / 3 - y * (4.0 / 45 - y * (1.0 / 35))));
    }

    /**
     * cos x for abs(x) &lt;= FSR_DELTA_R_MAX = 1 by its Taylor series to x^14 (truncation error below
     * 1/16! = 5e-14), in Horner form with constant coefficients: a division by a constant is not
     * turned into a multiplication by the compiler, and seven divisions in a chain are slow.
     */
    static double cosSmall(double x) {
        double x2 = x * x;
        return 1 - x2 * (1.0 / 2 - x2 * (1.0 / 24 - x2 * (1.0 / 720 - x2 * (1.0 / 40320 - x2 * (1.0 / 3628800
                - x2 * (1.0 / 479001600 - x2 * (1.0 / 87178291200L)))))));
    }

    /** sin x for abs(x) &lt;= 1 by its Taylor series to x^15 (truncation error below 1/17! = 3e-15), as {@link #cosSmall}. */
    static double sinSmall(double x) {
        double x2 = x * x;
        return x * (1 - x2 * (1.0 / 6 - x2 * (1.0 / 120 - x2 * (1.0 / 5040 - x2 * (1.0 / 362880 - x2 * (1.0 / 39916800
                - x2 * (1.0 / 6227020800L - x2 * (1.0 / 1307674368000L))))))));
    }

    private static double square(double x) {
        return x * x;
    }

    private static double twoBodyMomentum(double parent, double m1, double m2) {
        double sum = m1 + m2;
        double difference = m1 - m2;
        return Math.sqrt((parent * parent - sum * sum) * (parent * parent - difference * difference)) / (2 * parent);
    }
}
