/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.miniana.core.SearchResult;
import org.miniana.data.datacard.Ra2DatacardImporter;

/** The workplace's ../shared/data folder (published inputs), which the build passes as a system property. */
public final class SharedData {

    private SharedData() {
    }

    public static Path ra2Cards() {
        String folder = System.getProperty("miniana.shared.data");
        assertTrue(folder != null, "system property miniana.shared.data is not set (the build sets it)");
        Path cards = Path.of(folder, "ra2-sus-16-014");
        assertTrue(Files.isDirectory(cards), () -> "no RA2 datacards at " + cards);
        return cards;
    }

    /** The RA2 result as imported from the cards bundled with the product (warnings dropped). */
    public static SearchResult bundledRa2() throws InputFormatException, IOException {
        return Ra2DatacardImporter.read(Ra2DatacardImporter.bundled(), warning -> {
        });
    }

    /** A writable copy of the RA2 search-bin and control-region cards in {@code target}. */
    public static Path copyOfRa2Cards(Path target) throws IOException {
        for (String folder : new String[] { "SR", "CRs" }) {
            Files.createDirectories(target.resolve(folder));
            try (var files = Files.list(ra2Cards().resolve(folder))) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Files.copy(file, target.resolve(folder).resolve(file.getFileName().toString()));
                }
            }
        }
        return target;
    }
}
