/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.miniana.core.Ra2Search;
import org.miniana.core.SignalModel;
import org.miniana.core.SignalYield;

/** Signal models made up for tests. */
final class TestModels {

    private TestModels() {
    }

    static SignalModel model(String name, double scale) {
        List<SignalYield> yields = new ArrayList<>();
        for (int bin = 0; bin < Ra2Search.BIN_COUNT; bin++) {
            yields.add(new SignalYield(scale * (bin % 5) / 3.0, scale * 0.01 * bin));
        }
        return new SignalModel(name, "T1tttt", Map.of("mGluino", 1500.0), 0.0141, "test", yields);
    }
}
