/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.miniana.core.SignalModel;
import org.miniana.data.io.DataFiles;
import org.miniana.signal.SignalModelProviders;

/** Files a user brings, reached through the provider extension point. */
class FileSignalModelProviderTest {

    private final SignalModelProviders providers = SignalModelProviders.fromPlatform();

    @TempDir
    Path folder;

    @Test
    void isContributedNextToTheFastSimulation() {
        List<String> ids = providers.descriptors().stream().map(descriptor -> descriptor.id()).toList();
        assertTrue(ids.contains("org.miniana.signal.files"), ids.toString());
        assertTrue(ids.contains("org.miniana.signal.fastsim"), ids.toString());
    }

    @Test
    void readsAModelFileThroughTheRegistry() throws Exception {
        Path file = folder.resolve("model.csv");
        try (InputStream in = DataFiles.class.getResourceAsStream("/examples/signal-model.csv")) {
            Files.copy(in, file);
        }
        SignalModel model = providers.provide(file.toString(), null);
        assertEquals("EXAMPLE_T1bbbb_1000_800", model.name());
        assertEquals(160, model.yields().size());
    }

    @Test
    void picksOneOfSeveralModels() throws Exception {
        Path file = folder.resolve("models.json");
        try (InputStream in = DataFiles.class.getResourceAsStream("/examples/signal-models.json")) {
            Files.copy(in, file);
        }
        assertEquals("EXAMPLE_T1tttt_1500_100", providers.provide(file + "#EXAMPLE_T1tttt_1500_100", null).name());
        var error = assertThrows(CoreException.class, () -> providers.provide(file + "#nothing", null));
        assertTrue(error.getMessage().contains("for 'nothing' 0 signal models"), error.getMessage());
    }

    /** card_signal159 carries "SignalMCStatErr159 lnN 1.04578704686" on the signal column. */
    @Test
    void readsFilledSignalRatesAndTheirMcStatErrorsFromDatacards() throws Exception {
        Path cards = copyOfSearchBinCards("filled", "rate 0.5 ");
        SignalModel model = providers.provide(cards.toString(), null);
        assertEquals("filled", model.name());
        assertEquals(80.0, model.totalYield(), 1e-9);
        assertEquals(0.5 * 0.04578704686, model.yield(159).mcStatError(), 1e-12);
    }

    @Test
    void refusesCardsWhoseSignalRateIsStillThePlaceholder() throws Exception {
        Path cards = copyOfSearchBinCards("unfilled", "rate SIGNAL ");
        var error = assertThrows(CoreException.class, () -> providers.provide(cards.toString(), null));
        assertTrue(error.getMessage().contains("card_signal0.txt:12: the signal rate is still the SIGNAL placeholder"),
                error.getMessage());
    }

    private Path copyOfSearchBinCards(String name, String rateStart) throws IOException {
        String shared = System.getProperty("miniana.shared.data");
        assertTrue(shared != null, "system property miniana.shared.data is not set (the build sets it)");
        Path target = Files.createDirectories(folder.resolve(name).resolve("SR"));
        try (var files = Files.list(Path.of(shared, "ra2-sus-16-014", "SR"))) {
            for (Path card : (Iterable<Path>) files::iterator) {
                Files.writeString(target.resolve(card.getFileName().toString()),
                        Files.readString(card).replace("rate SIGNAL ", rateStart));
            }
        }
        return target.getParent();
    }
}
