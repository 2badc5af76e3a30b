/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal;

import java.util.ArrayList;
import java.util.List;

/**
 * A rectangular scan in (m_gluino, m_LSP) in GeV, cut to the points that the model allows
 * (m_LSP below m_gluino minus twice the quark mass).
 *
 * @param gluinoFrom first gluino mass
 * @param gluinoTo last gluino mass (included when on the step)
 * @param gluinoStep gluino mass step
 * @param lspFrom first LSP mass
 * @param lspStep LSP mass step
 * @param lspTo last LSP mass; LSP masses also stop below the kinematic limit of each gluino mass
 *        (infinite: only there)
 */
public record MassGrid(double gluinoFrom, double gluinoTo, double gluinoStep, double lspFrom, double lspStep,
        double lspTo) {

    /**
     * 50 GeV steps in both masses, m_LSP from 0, as the scans of the original tool; m_gluino
     * from 800 GeV (where the bundled cross-section table starts; the original scans began at
     * 600 GeV) to 2200 GeV.
     */
    public static final MassGrid STANDARD = new MassGrid(800, 2200, 50, 0, 50);

    /** Tolerance for the last point of a range, so that e.g. 800 + 28 * 50 reaches 2200 despite rounding. */
    private static final double EPSILON = 1e-9;

    public MassGrid {
        if (!(gluinoStep > 0) || !(lspStep > 0) || !(gluinoFrom <= gluinoTo) || !(lspFrom >= 0)
                || !Double.isFinite(gluinoTo) || !(lspTo >= lspFrom)) {
            throw new IllegalArgumentException("Not a mass grid: m_gluino " + gluinoFrom + " to " + gluinoTo + " step "
                    + gluinoStep + ", m_LSP from " + lspFrom + " to " + lspTo + " step " + lspStep);
        }
    }

    /** LSP masses up to the kinematic limit of each gluino mass. */
    public MassGrid(double gluinoFrom, double gluinoTo, double gluinoStep, double lspFrom, double lspStep) {
        this(gluinoFrom, gluinoTo, gluinoStep, lspFrom, lspStep, Double.POSITIVE_INFINITY);
    }

    /** The allowed points, by increasing m_gluino, then increasing m_LSP. */
    public List<MassPoint> points(SimplifiedModel model) {
        List<MassPoint> points = new ArrayList<>();
        for (int i = 0; gluinoFrom + i * gluinoStep <= gluinoTo + EPSILON * gluinoStep; i++) {
            double mGluino = gluinoFrom + i * gluinoStep;
            for (int j = 0; lspFrom + j * lspStep < mGluino - 2 * model.quarkMass()
                    && lspFrom + j * lspStep <= lspTo + EPSILON * lspStep; j++) {
                points.add(new MassPoint(model, mGluino, lspFrom + j * lspStep));
            }
        }
        return List.copyOf(points);
    }
}
