/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Bad input on the command line, refused in one clear sentence with the documented exit code. */
class InputRefusalTest {

    private static final String RA2 = "CMS-PAS-SUS-16-014";

    @TempDir
    Path folder;

    @Test
    void boundsTheEventsPerPointAsAUsageError() throws Exception {
        String db = folder.resolve("db").toString();
        assertUsageError("--events must be from 1 to 100000000 events per point (1e8, hours of simulation already), not"
                + " 2147483648", "--db", db, "scan", "T1tttt", "--events", "2147483648");
        assertUsageError("--events must be from 1 to 100000000 events per point", "--db", db, "models", "generate",
                "T1bbbb", "--events", "1000000000000");
        assertUsageError("events must be a whole number from 1 to 100000000, not '1e12'", "--db", db, "analyze",
                "T1tttt:1500:100:events=1e12");
        assertUsageError("events must be from 1 to 100000000 events per point", "--db", db, "models", "add",
                "T1tttt:1500:100:events=1000000000000");
        assertFalse(Files.exists(folder.resolve("db")), "refused before any work, even opening the database");
    }

    @Test
    void saysInWordsThatASignificanceIsBeyondDoublePrecision() throws Exception {
        ProductProcess.Result text = ProductProcess.run("significance", "10000", "1", "0.1", "0.1");
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("Note: Z_Bi: beyond 38 sigma (p-value below double precision)"), text.out());
        assertFalse(text.out().contains("Infinity"), text.out());

        ProductProcess.Result json = ProductProcess.run("significance", "10000", "1", "0.1", "0.1", "--json");
        assertEquals(0, json.exitCode(), json.err());
        JsonNode document = new ObjectMapper().readTree(json.out());
        assertEquals("1.1", document.get("schemaVersion").asText());
        assertTrue(document.get("binomialZ").isNull(), json.out());
        assertTrue(document.get("notes").toString().contains("\"Z_Bi: beyond 38 sigma (p-value below double precision)\""),
                json.out());

        ProductProcess.Result noUncertainty = ProductProcess.run("significance", "10", "5", "0", "0");
        assertEquals(0, noUncertainty.exitCode(), noUncertainty.err());
        assertTrue(noUncertainty.out().contains("Note: Z_Bi: not defined without a background uncertainty (it needs"
                + " UP + DOWN > 0)"), noUncertainty.out());
        assertFalse(noUncertainty.out().contains("NaN"), noUncertainty.out());
        assertUsageError("B must be a finite number of magnitude at most 1e9, not 1.0E300", "significance", "10",
                "1e300", "1", "1");
        assertUsageError("B must be above 0: every significance here compares N with a background", "significance",
                "10", "0", "1", "1");
    }

    @Test
    void importsCardsIntoAnEmptyDatabaseOrUnderAnotherName() throws Exception {
        String filled = folder.resolve("filled").toString();
        Path cards = folder.resolve("cards");
        ProductProcess.Result export = ProductProcess.run("--db", filled, "export", "--analysis", RA2, "--format",
                "combine", "-o", cards.toString());
        assertEquals(0, export.exitCode(), export.err());

        ProductProcess.Result existing = ProductProcess.run("--db", filled, "import", cards.toString());
        assertEquals(1, existing.exitCode(), existing.err());
        assertTrue(existing.err().contains("holds the analysis '" + RA2 + "' already; import this one under another"
                + " name (import --name NAME ...) or into a database created empty (miniana --db DIR db create"
                + " --empty)"), existing.err());
        ProductProcess.Result renamed = ProductProcess.run("--db", filled, "import", "--name", "MY-CARDS",
                cards.toString());
        assertEquals(0, renamed.exitCode(), renamed.err());
        assertTrue(status(filled).contains("analyses:       [" + RA2 + ", MY-CARDS]"), status(filled));

        String empty = folder.resolve("empty").toString();
        ProductProcess.Result create = ProductProcess.run("--db", empty, "db", "create", "--empty");
        assertEquals(0, create.exitCode(), create.err());
        assertTrue(create.out().contains(", empty."), create.out());
        assertTrue(status(empty).contains("analyses:       []"), "opening again does not fill it: " + status(empty));
        ProductProcess.Result imported = ProductProcess.run("--db", empty, "import", cards.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(status(empty).contains("analyses:       [" + RA2 + "]"), status(empty));

        ProductProcess.Result again = ProductProcess.run("--db", empty, "db", "create");
        assertEquals(1, again.exitCode(), again.err());
        assertTrue(again.err().contains(Path.of(empty).toAbsolutePath() + " holds a database already"), again.err());
    }

    @Test
    void namesAFolderGivenWhereAFileBelongs() throws Exception {
        Path photos = Files.createDirectories(folder.resolve("photos"));
        ProductProcess.Result result = ProductProcess.run("--db", folder.resolve("db").toString(), "import",
                photos.toString());
        assertEquals(1, result.exitCode(), result.err());
        assertEquals("miniana: " + photos + ": a folder, but not one of datacards (no SR/ folder of search-bin cards"
                + " in it)", result.err().lines().findFirst().orElseThrow());

        Path cards = Files.createDirectories(folder.resolve("cards/SR/card_signal0.txt"));
        ProductProcess.Result card = ProductProcess.run("--db", folder.resolve("db").toString(), "import",
                folder.resolve("cards").toString());
        assertEquals(1, card.exitCode(), card.err());
        assertEquals("miniana: " + cards + ": a folder, where a file belongs", card.err().lines().findFirst().orElseThrow());
        assertFalse(card.err().contains("java."), card.err());

        Path out = Files.createDirectories(folder.resolve("out.json"));
        ProductProcess.Result export = ProductProcess.run("--db", folder.resolve("db").toString(), "export",
                "--analysis", RA2, "-o", out.toString());
        assertEquals(1, export.exitCode(), export.err());
        assertEquals("miniana: " + out + ": a folder, where a file belongs", export.err().lines()
                .filter(line -> line.startsWith("miniana:")).findFirst().orElseThrow());
    }

    private static String status(String db) throws Exception {
        ProductProcess.Result status = ProductProcess.run("--db", db, "db", "status");
        assertEquals(0, status.exitCode(), status.err());
        return status.out();
    }

    private static void assertUsageError(String message, String... arguments) throws Exception {
        ProductProcess.Result result = ProductProcess.run(arguments);
        assertEquals(2, result.exitCode(), String.join(" ", arguments) + ": " + result.err());
        assertTrue(result.err().contains(message), result.err());
    }
}
