/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The CMS simplified models of gluino-pair production with a three-body gluino decay to a
 * quark-antiquark pair and the lightest neutralino (LSP), 100% branching fraction.
 */
public enum SimplifiedModel {

    /** Gluino -&gt; t tbar LSP, with on-shell tops. */
    T1TTTT("T1tttt", "t", StandardModel.TOP_MASS),
    /** Gluino -&gt; b bbar LSP. */
    T1BBBB("T1bbbb", "b", StandardModel.BOTTOM_MASS),
    /** Gluino -&gt; q qbar LSP with q = u, d, s, c in equal parts (massless). */
    T1QQQQ("T1qqqq", "q", 0);

    private final String family;
    private final String quark;
    private final double quarkMass;

    SimplifiedModel(String family, String quark, double quarkMass) {
        this.family = family;
        this.quark = quark;
        this.quarkMass = quarkMass;
    }

    /** The family name used in model names and references, e.g. "T1tttt". */
    public String family() {
        return family;
    }

    /** The mass of the quarks of the gluino decay (GeV): the gluino-LSP splitting must exceed twice this. */
    public double quarkMass() {
        return quarkMass;
    }

    /** The quark symbol: "t", "b" or "q". */
    String quark() {
        return quark;
    }

    /** The gluino decay in words, e.g. "gluino -> t tbar LSP". */
    public String decay() {
        return "gluino -> " + quark + " " + quark + "bar LSP";
    }

    /** The model of a family name such as "T1bbbb" (exact spelling). */
    public static SimplifiedModel ofFamily(String family) {
        for (SimplifiedModel model : values()) {
            if (model.family.equals(family)) {
                return model;
            }
        }
        throw new IllegalArgumentException("Unknown simplified model '" + family + "'; known: "
                + Arrays.stream(values()).map(SimplifiedModel::family).collect(Collectors.joining(", ")));
    }
}
