/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.miniana.core.Ra2Search;
import org.miniana.core.SignalModel;
import org.miniana.data.DatabaseException;
import org.miniana.data.DefaultDatabase;
import org.miniana.data.ResultsDatabase;
import org.miniana.data.io.SignalModelCsv;
import org.miniana.optimize.bench.Ra2SyntheticSignal;
import org.miniana.signal.SignalModelProviders;

/** Models named by the user: stored ones, simulated ones cached in the database, and files. */
class ModelSourceTest {

    @TempDir
    Path folder;

    @Test
    void simulatesOnceThenTakesTheStoredModel() throws Exception {
        try (ResultsDatabase database = DefaultDatabase.open(folder.resolve("db"), message -> {
        })) {
            ModelSource source = new ModelSource(database.signalModels(), Ra2Search.ANALYSIS.name(),
                    SignalModelProviders.fromPlatform());
            SignalModel simulated = source.resolve("T1bbbb:1500:100", new NullProgressMonitor());
            assertEquals("T1bbbb_1500_100", simulated.name());
            assertEquals(List.of("T1bbbb_1500_100"), database.signalModels().names(Ra2Search.ANALYSIS.name()));

            // cached: a second simulation with another seed would differ
            var monitor = new NullProgressMonitor();
            monitor.setCanceled(true); // a simulation would stop at once
            assertEquals(simulated, source.resolve("T1bbbb:1500:100", monitor));
            assertEquals(simulated, source.resolve("T1bbbb_1500_100", monitor));
        }
    }

    @Test
    void storesAModelFromAFileAndRefusesAnotherOfTheSameName() throws Exception {
        try (ResultsDatabase database = DefaultDatabase.open(folder.resolve("db"), message -> {
        })) {
            ModelSource source = new ModelSource(database.signalModels(), Ra2Search.ANALYSIS.name(),
                    SignalModelProviders.fromPlatform());
            Path file = write(Ra2SyntheticSignal.FLAT.model(), "flat.csv");
            SignalModel model = source.resolve(file.toString(), new NullProgressMonitor());
            assertEquals("synthetic-flat", model.name());
            assertEquals(model.yields(), database.signalModels().get(Ra2Search.ANALYSIS.name(), "synthetic-flat").yields());
            assertEquals(model, source.resolve(file.toString(), new NullProgressMonitor()), "the same file again");

            Path other = write(Ra2SyntheticSignal.FLAT.model(99), "other.csv");
            var e = assertThrows(DatabaseException.class,
                    () -> source.resolve(other.toString(), new NullProgressMonitor()));
            assertTrue(e.getMessage().contains("different signal model named 'synthetic-flat'"), e.getMessage());
            assertEquals(model.yields(), database.signalModels().get(Ra2Search.ANALYSIS.name(), "synthetic-flat").yields(), "unchanged");
        }
    }

    private Path write(SignalModel model, String name) throws Exception {
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            SignalModelCsv.write(Ra2Search.ANALYSIS.name(), model, out);
        }
        return file;
    }
}
