/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.tests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.miniana.core.Ra2Search;
import org.miniana.core.SignalModel;
import org.miniana.core.SignalYield;
import org.miniana.ui.navigator.DatabaseNavigatorView;
import org.miniana.ui.session.DatabaseSession;
import org.miniana.ui.testing.Jobs;

/** Signal models the UI tests put into the workbench's (test) database. */
final class TestModels {

    static final Duration LOAD = Duration.ofMinutes(2);

    private TestModels() {
    }

    /** A T1tttt-like model at mGluino = 1500 whose yield in bin b is 0.5 + 0.01 b, with error 0.1. */
    static SignalModel model(String name, double mLsp) {
        Map<String, Double> parameters = new LinkedHashMap<>();
        parameters.put("mGluino", 1500.0);
        parameters.put("mLSP", mLsp);
        List<SignalYield> yields = new ArrayList<>();
        for (int bin = 0; bin < Ra2Search.BIN_COUNT; bin++) {
            yields.add(new SignalYield(0.5 + 0.01 * bin, 0.1));
        }
        return new SignalModel(name, "T1tttt", parameters, 0.0141, "UI test", yields);
    }

    /** Stores (replacing) a model and waits until the navigator shows it. */
    static SignalModel store(SignalModel model) {
        DatabaseSession.get().database().signalModels().store(Ra2Search.ANALYSIS.name(), List.of(model), true);
        DatabaseSession.get().changed(DatabaseSession.Change.MODELS);
        Jobs.waitFor(DatabaseNavigatorView.LOAD_FAMILY, LOAD);
        return model;
    }
}
