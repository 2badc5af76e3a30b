/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.likelihood;

import java.util.List;

import org.miniana.core.model.Channel;
import org.miniana.core.model.Modifier;
import org.miniana.core.model.NuisanceParameter;
import org.miniana.core.model.Sample;
import org.miniana.core.model.StatisticalModel;

/** Tiny hand-built models. */
final class Models {

    private Models() {
    }

    static Sample background(double rate, Modifier... modifiers) {
        return new Sample("bkg", "bkg", false, rate, List.of(modifiers));
    }

    static Sample signal(double rate, Modifier... modifiers) {
        return new Sample("sig", "", true, rate, List.of(modifiers));
    }

    static Channel bin(int index, long observed, Sample... samples) {
        return new Channel("bin" + index, "", "", index, observed, List.of(samples));
    }

    static Channel control(String name, long observed, Sample... samples) {
        return new Channel(name, "", "", Channel.CONTROL_REGION, observed, List.of(samples));
    }

    /** One bin, signal s, background b known exactly. */
    static StatisticalModel knownBackground(double s, double b, long observed) {
        return new StatisticalModel(List.of(), List.of(bin(0, observed, signal(s), background(b))));
    }

    /**
     * The on/off problem: background b in the search bin, tau b in a control region, sharing one
     * free normalisation (an lnU with a wide range).
     */
    static StatisticalModel onOff(double s, double b, double tau, long on, long off) {
        Modifier norm = new Modifier(0, 0.01, 100);
        return new StatisticalModel(List.of(NuisanceParameter.lnU("norm")),
                List.of(bin(0, on, signal(s), background(b, norm)), control("off", off, background(tau * b, norm))));
    }
}
