/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.miniana.core.Ra2Search;
import org.miniana.core.SignalModel;
import org.miniana.data.ResultsDatabase;

/** An import killed with SIGKILL in the middle leaves a database that opens and holds all of it or none. */
class CrashSafetyTest {

    private static final int MODELS = 400;

    @Test
    void importKilledMidwayLeavesAllOrNothing(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("many.json");
        List<SignalModel> models = TestModels.write(file, "crash-", MODELS);
        Path database = folder.resolve("db");
        assertEquals(0, ProductProcess.run("--db", database.toString(), "bins").exitCode());

        Process importing = ProductProcess.start("--db", database.toString(), "import", file.toString());
        ProductProcess.awaitLine(importing.getErrorStream(), "Importing ");
        Thread.sleep(300);
        importing.destroyForcibly();
        assertTrue(importing.waitFor(30, TimeUnit.SECONDS));

        try (ResultsDatabase reopened = ResultsDatabase.openEmbedded(database)) {
            int stored = reopened.signalModels().names(Ra2Search.ANALYSIS.name()).size();
            assertTrue(stored == 0 || stored == MODELS, "all or nothing, found " + stored + " models");
            if (stored == MODELS) {
                assertEquals(models.get(MODELS - 1), reopened.signalModels().get(Ra2Search.ANALYSIS.name(), "crash-" + (MODELS - 1)));
            }
            assertEquals(160, reopened.searchResults().get(Ra2Search.ANALYSIS.name()).bins().size());
        }
    }
}
