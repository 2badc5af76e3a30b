/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One point of a simplified model: the gluino and LSP masses in GeV. Its reference reads
 * "T1tttt:1500:100" and its model name "T1tttt_1500_100".
 */
public record MassPoint(SimplifiedModel model, double mGluino, double mLsp) {

    /** Parameter names in {@link org.miniana.core.SignalModel#parameters()}. */
    public static final String GLUINO_MASS = "mGluino";
    public static final String LSP_MASS = "mLSP";

    public MassPoint {
        Objects.requireNonNull(model, "model");
        if (!Double.isFinite(mGluino) || !Double.isFinite(mLsp) || mLsp < 0) {
            throw new IllegalArgumentException(
                    "Masses must be finite and m_LSP non-negative: m_gluino = " + mGluino + ", m_LSP = " + mLsp);
        }
        if (2 * mGluino >= PairProduction.SQRT_S) {
            throw new IllegalArgumentException("m_gluino = " + format(mGluino)
                    + " GeV is beyond the 13 TeV kinematic limit of " + format(PairProduction.SQRT_S / 2) + " GeV");
        }
        double limit = mGluino - 2 * model.quarkMass();
        if (!(mLsp < limit)) {
            String rule = model.quarkMass() > 0
                    ? "m_LSP < m_gluino - 2 m_" + model.quark() + " = " + format(limit) + " GeV"
                    : "m_LSP < m_gluino = " + format(mGluino) + " GeV";
            throw new IllegalArgumentException(model.family() + " needs " + rule + " (" + model.decay()
                    + " on shell); got m_gluino = " + format(mGluino) + " GeV, m_LSP = " + format(mLsp) + " GeV");
        }
    }

    /** Parses "FAMILY:M_GLUINO:M_LSP", e.g. "T1bbbb:1500:100" (masses in GeV). */
    public static MassPoint parse(String reference) {
        String[] fields = reference.split(":", -1);
        if (fields.length != 3) {
            throw new IllegalArgumentException(
                    "Expected FAMILY:M_GLUINO:M_LSP such as T1tttt:1500:100, not '" + reference + "'");
        }
        return new MassPoint(SimplifiedModel.ofFamily(fields[0].strip()), mass(fields[1], "m_gluino", reference),
                mass(fields[2], "m_LSP", reference));
    }

    /** The model name, e.g. "T1tttt_1500_100". */
    public String name() {
        return model.family() + "_" + format(mGluino) + "_" + format(mLsp);
    }

    /** The reference that {@link #parse(String)} reads back, e.g. "T1tttt:1500:100". */
    public String reference() {
        return model.family() + ":" + format(mGluino) + ":" + format(mLsp);
    }

    /** mGluino and mLSP in GeV, in this order. */
    public Map<String, Double> parameters() {
        Map<String, Double> parameters = new LinkedHashMap<>();
        parameters.put(GLUINO_MASS, mGluino);
        parameters.put(LSP_MASS, mLsp);
        return parameters;
    }

    private static double mass(String text, String what, String reference) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " '" + text + "' in '" + reference + "' is not a number (GeV)");
        }
    }

    /** Masses print as integers when they are whole numbers: "1500", "112.5". */
    public static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
