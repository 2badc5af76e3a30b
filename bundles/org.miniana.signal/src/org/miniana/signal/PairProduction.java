/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal;

import java.util.function.DoubleUnaryOperator;

/**
 * Gluino-pair kinematics in pp collisions at 13 TeV for one gluino mass.
 *
 * <p>The pair mass M and rapidity y follow d(sigma)/dM dy = (2M/s) g(x1) g(x2) sigma_LO(M) with
 * x1,2 = (M/sqrt(s)) exp(+-y), the leading-order gg -&gt; gluino gluino cross section (squarks
 * decoupled) and a two-parameter gluon density x g(x) = x^-DELTA (1-x)^ETA whose parameters were
 * fitted so that this model reproduces the mass dependence of the bundled NLO+NLL cross-section
 * table. Both are tabulated once per gluino mass as quantile tables, so that an event costs two
 * table look-ups.
 *
 * <p>The gluinos' polar angle theta* in the pair rest frame follows the same LO cross section,
 * d(sigma)/dt (t-channel gluino exchange makes it forward-peaked well above threshold), tabulated
 * as quantiles of |cos theta*| per slice of the mass distribution.
 *
 * <p>The transverse recoil of the pair against initial-state radiation follows the leading-log
 * Sudakov form factor of a gluon-gluon initial state.
 *
 * <p>Immutable once built; one instance may serve many threads.
 */
final class PairProduction {

    static final double SQRT_S = 13000.0;
    static final double LOG_SQRT_S = Math.log(SQRT_S);

    /**
     * x g(x) ~ x^-DELTA (1-x)^ETA: least-squares fit (normalisation free) of this model times
     * alpha_s(m)^2 to ln(sigma) of the NLO+NLL table, 800-2200 GeV; largest residual 0.4%.
     */
    static final double GLUON_DELTA = 1.024;
    static final double GLUON_ETA = 4.253;

    /** Colour factor C_A and the gluon's single-log coefficient -(11 C_A - 2 n_f)/6 of the Sudakov exponent. */
    private static final double SUDAKOV_A = StandardModel.C_A;
    private static final double SUDAKOV_B = -(11.0 * StandardModel.C_A - 2.0 * StandardModel.ACTIVE_FLAVOURS) / 6.0;
    /** ln(M^2/pT^2) where the exponent is smallest: recoils above M exp(-L0/2) are not generated. */
    private static final double SUDAKOV_L0 = -SUDAKOV_B / SUDAKOV_A;

    private static final int MASS_NODES = 512;
    private static final int RAPIDITY_NODES = 48;
    private static final int MASS_QUANTILES = 1024;
    private static final int RAPIDITY_SLICES = 32;
    private static final int RAPIDITY_QUANTILES = 64;
    private static final int POLAR_QUANTILES = 64;

    private final double mGluino;
    private final double[] massQuantiles;
    /**
     * Per slice of the mass distribution (equal probability): quantiles of |y|/y_max at the
     * slice's central mass; scaled to each event's y_max = ln(sqrt(s)/M), so that no pair
     * exceeds its kinematic limit.
     */
    private final double[][] rapidityQuantiles;
    /** Per slice of the mass distribution, as for the rapidity: quantiles of |cos theta*| at the slice's central mass. */
    private final double[][] polarQuantiles;

    PairProduction(double mGluino) {
        if (!(mGluino > 0 && 2 * mGluino < SQRT_S)) {
            throw new IllegalArgumentException("A gluino pair needs 0 < m_gluino < sqrt(s)/2 = " + SQRT_S / 2
                    + " GeV, not " + mGluino);
        }
        this.mGluino = mGluino;
        double[] cumulative = cumulativeMassDistribution(mGluino);
        massQuantiles = quantiles(cumulative, MASS_QUANTILES, u -> pairMass(mGluino, u));
        rapidityQuantiles = new double[RAPIDITY_SLICES][];
        for (int slice = 0; slice < RAPIDITY_SLICES; slice++) {
            double tau = square(mass((slice + 0.5) / RAPIDITY_SLICES) / SQRT_S);
            double yMax = -0.5 * Math.log(tau);
            double[] cumulativeY = new double[4 * RAPIDITY_QUANTILES + 1];
            double step = yMax / (cumulativeY.length - 1);
            for (int i = 1; i < cumulativeY.length; i++) {
                cumulativeY[i] = cumulativeY[i - 1]
                        + 0.5 * step * (rapidityDensity(tau, (i - 1) * step) + rapidityDensity(tau, i * step));
            }
            rapidityQuantiles[slice] = quantiles(cumulativeY, RAPIDITY_QUANTILES, u -> u);
        }
        polarQuantiles = new double[RAPIDITY_SLICES][];
        for (int slice = 0; slice < RAPIDITY_SLICES; slice++) {
            double pairMass = mass((slice + 0.5) / RAPIDITY_SLICES);
            double[] cumulativeCos = new double[4 * POLAR_QUANTILES + 1];
            double step = 1.0 / (cumulativeCos.length - 1);
            double previous = angularDensity(pairMass, mGluino, 0);
            for (int i = 1; i < cumulativeCos.length; i++) {
                double density = angularDensity(pairMass, mGluino, i * step);
                cumulativeCos[i] = cumulativeCos[i - 1] + 0.5 * step * (previous + density);
                previous = density;
            }
            polarQuantiles[slice] = quantiles(cumulativeCos, POLAR_QUANTILES, u -> u);
        }
    }

    double mGluino() {
        return mGluino;
    }

    /** The pair mass for a uniform number u in [0, 1). */
    double mass(double u) {
        return interpolate(massQuantiles, u * MASS_QUANTILES);
    }

    /** |y| of the pair whose mass was drawn with {@code uMass}, for a second uniform number v in [0, 1). */
    double absRapidity(double uMass, double mass, double v) {
        return rapidityFraction(uMass, v) * Math.log(SQRT_S / mass);
    }

    /**
     * |y|/y_max of {@link #absRapidity(double, double, double)}, where y_max = ln(sqrt(s)/M) =
     * LOG_SQRT_S - ln M; for a caller that has ln M at hand.
     */
    double rapidityFraction(double uMass, double v) {
        return interpolate(rapidityQuantiles[(int) (uMass * RAPIDITY_SLICES)], v * RAPIDITY_QUANTILES);
    }

    /** |cos theta*| of the pair whose mass was drawn with {@code uMass}, for a second uniform number w in [0, 1). */
    double absCosTheta(double uMass, double w) {
        return interpolate(polarQuantiles[(int) (uMass * RAPIDITY_SLICES)], w * POLAR_QUANTILES);
    }

    /**
     * The LO gg -&gt; gluino gluino d(sigma)/dt with decoupled squarks, divided by alpha_s^2
     * (GeV^-4), at s = M^2 and t = m^2 - (s/2)(1 - beta cos theta*) (u = 2m^2 - s - t):
     * (9 pi / 4 s^2) [2 (m^2-t)(m^2-u)/s^2 + ((m^2-t)(m^2-u) - 2m^2(m^2+t))/(m^2-t)^2
     * + ((m^2-t)(m^2-u) - 2m^2(m^2+u))/(m^2-u)^2 + m^2(s-4m^2)/((m^2-t)(m^2-u))
     * - ((m^2-t)(m^2-u) + m^2(u-t))/(s(m^2-t)) - ((m^2-t)(m^2-u) + m^2(t-u))/(s(m^2-u))]
     * (Dawson, Eichten, Quigg, Phys. Rev. D 31 (1985) 1581; Beenakker et al., Nucl. Phys. B 492
     * (1997) 51). Its integral over the whole t range is twice
     * {@link #partonicCrossSection}: the gluinos are identical.
     */
    static double angularDensity(double pairMass, double mGluino, double cosTheta) {
        double s = pairMass * pairMass;
        double m2 = mGluino * mGluino;
        if (4 * m2 >= s) {
            return 0;
        }
        double beta = Math.sqrt(1 - 4 * m2 / s);
        double t = m2 - 0.5 * s * (1 - beta * cosTheta);
        double u = 2 * m2 - s - t;
        double tm = m2 - t;
        double um = m2 - u;
        double product = tm * um;
        return 9 * Math.PI / (4 * s * s) * (2 * product / (s * s) + (product - 2 * m2 * (m2 + t)) / (tm * tm)
                + (product - 2 * m2 * (m2 + u)) / (um * um) + m2 * (s - 4 * m2) / product
                - (product + m2 * (u - t)) / (s * tm) - (product + m2 * (t - u)) / (s * um));
    }

    /**
     * The transverse momentum of a pair of mass M recoiling against initial-state radiation, for
     * a uniform number u in (0, 1]: the inverse of P(pT' &lt; pT) = exp(-(alpha_s/pi) (A/2)
     * (L - L0)^2), L = ln(M^2/pT^2), the leading-log gluon Sudakov factor
     * exp(-(alpha_s/pi) (A L^2/2 + B L)) shifted to be 1 at its stationary point L0.
     */
    static double recoilPt(double pairMass, double u) {
        return pairMass * Math.exp(-recoilLogRatio(Math.log(pairMass), -Math.log(u)));
    }

    /**
     * ln(M/pT) of {@link #recoilPt(double, double)}, which the ISR rapidity range needs too, for
     * ln M and an exponential variate e = -ln(u).
     */
    static double recoilLogRatio(double logPairMass, double exponential) {
        double inverseAlphaS = StandardModel.inverseAlphaSAtLog(2 * (logPairMass - StandardModel.LOG_Z_MASS));
        return 0.5 * (SUDAKOV_L0 + Math.sqrt(2.0 * Math.PI / SUDAKOV_A * exponential * inverseAlphaS));
    }

    /**
     * The gluino-pair cross section up to a constant factor: the integral of the model's
     * d(sigma)/dM times alpha_s(m_gluino)^2, for checking the model against the NLO+NLL table.
     */
    static double relativeCrossSection(double mGluino) {
        double[] cumulative = cumulativeMassDistribution(mGluino);
        return cumulative[cumulative.length - 1] * square(StandardModel.alphaS(mGluino));
    }

    /**
     * LO gg -&gt; gluino gluino with decoupled squarks, divided by alpha_s^2 (GeV^-2):
     * (pi/s) [ (9/4)(1 + 4m^2/s - 4m^4/s^2) ln((1+beta)/(1-beta)) - (3/4)(4 + 17 m^2/s) beta ]
     * (Dawson, Eichten, Quigg, Phys. Rev. D 31 (1985) 1581; Beenakker et al., Nucl. Phys. B 492 (1997) 51).
     */
    static double partonicCrossSection(double pairMass, double mGluino) {
        double s = pairMass * pairMass;
        double r = mGluino * mGluino / s;
        if (r >= 0.25) {
            return 0;
        }
        double beta = Math.sqrt(1 - 4 * r);
        return Math.PI / s * (2.25 * (1 + 4 * r - 4 * r * r) * Math.log((1 + beta) / (1 - beta))
                - 0.75 * (4 + 17 * r) * beta);
    }

    /** d(sigma)/dM up to a constant: M tau^(-1-DELTA) sigma_LO(M) times the integral over y. */
    private static double massDensity(double pairMass, double mGluino) {
        double tau = square(pairMass / SQRT_S);
        double yMax = -0.5 * Math.log(tau);
        double step = yMax / RAPIDITY_NODES;
        double integral = 0.5 * rapidityDensity(tau, 0);
        for (int i = 1; i < RAPIDITY_NODES; i++) {
            integral += rapidityDensity(tau, i * step);
        }
        return pairMass * Math.pow(tau, -1 - GLUON_DELTA) * partonicCrossSection(pairMass, mGluino) * 2 * integral * step;
    }

    /** The y dependence at fixed tau: [(1 - x1)(1 - x2)]^ETA = (1 - 2 sqrt(tau) cosh y + tau)^ETA. */
    private static double rapidityDensity(double tau, double y) {
        double base = 1 - 2 * Math.sqrt(tau) * Math.cosh(y) + tau;
        return base > 0 ? Math.pow(base, GLUON_ETA) : 0;
    }

    /** Mass nodes M(u) = 2m + (sqrt(s) - 2m) u^2, dense near threshold where the distribution peaks. */
    private static double pairMass(double mGluino, double u) {
        return 2 * mGluino + (SQRT_S - 2 * mGluino) * u * u;
    }

    /** Cumulative distribution of the pair mass over the nodes u = i / MASS_NODES (trapezoidal rule in u). */
    private static double[] cumulativeMassDistribution(double mGluino) {
        double[] cumulative = new double[MASS_NODES + 1];
        double previous = 0;
        for (int i = 1; i <= MASS_NODES; i++) {
            double u = (double) i / MASS_NODES;
            double density = massDensity(pairMass(mGluino, u), mGluino) * 2 * (SQRT_S - 2 * mGluino) * u;
            cumulative[i] = cumulative[i - 1] + 0.5 * (previous + density) / MASS_NODES;
            previous = density;
        }
        return cumulative;
    }

    /**
     * Inverts a cumulative distribution tabulated on equidistant nodes t = i/(n-1) of [0, 1]:
     * returns count + 1 values x(q) for q = k/count, with x mapping t to the variable.
     */
    private static double[] quantiles(double[] cumulative, int count, DoubleUnaryOperator x) {
        double total = cumulative[cumulative.length - 1];
        double[] result = new double[count + 1];
        int node = 0;
        for (int k = 0; k <= count; k++) {
            double target = total * k / count;
            while (node < cumulative.length - 2 && cumulative[node + 1] < target) {
                node++;
            }
            double width = cumulative[node + 1] - cumulative[node];
            double fraction = width > 0 ? Math.min(1, Math.max(0, (target - cumulative[node]) / width)) : 0;
            result[k] = x.applyAsDouble((node + fraction) / (cumulative.length - 1));
        }
        return result;
    }

    private static double interpolate(double[] table, double position) {
        int i = (int) position;
        return table[i] + (position - i) * (table[i + 1] - table[i]);
    }

    private static double square(double x) {
        return x * x;
    }
}
