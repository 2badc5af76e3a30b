/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.miniana.core.Ra2Search;
import org.miniana.core.SignalModel;
import org.miniana.core.SignalYield;
import org.miniana.data.io.SignalModelJson;
import org.miniana.data.io.SignalModelJson.SignalModels;

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

    /** Writes {@code count} models named {@code prefix0, prefix1, ...} to a JSON file and returns them. */
    static List<SignalModel> write(Path file, String prefix, int count) throws IOException {
        List<SignalModel> models = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            models.add(model(prefix + i, 1 + i));
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            SignalModelJson.write(new SignalModels(Ra2Search.ANALYSIS.name(), models), out);
        }
        return models;
    }
}
