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
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.miniana.core.Ra2Search;
import org.miniana.signal.FastSimulation;
import org.miniana.testing.SchemaAssertions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Generating a mass grid into the database with the product, as a separate process. */
class ModelsCommandTest {

    @Test
    void generatesAGridOnceThenReusesTheStoredPoints(@TempDir Path folder) throws Exception {
        String db = folder.resolve("db").toString();
        ProductProcess.Result first = ProductProcess.run("--db", db, "models", "generate", "T1bbbb", "--mother",
                "1000:1100:100", "--lsp", "0:500:500", "--events", "2000");
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.err().contains("4 points in the grid, 4 to simulate"), first.err());
        assertTrue(first.err().contains("[4/4]"), first.err());

        ProductProcess.Result list = ProductProcess.run("--db", db, "models", "list");
        // a model a line, its name padded to the longest, then its search
        assertEquals(List.of("T1bbbb_1000_0", "T1bbbb_1000_500", "T1bbbb_1100_0", "T1bbbb_1100_500").stream()
                .map(name -> String.format("%-15s  %s", name, Ra2Search.ANALYSIS.name())).toList(), list.outLines());

        ProductProcess.Result again = ProductProcess.run("--db", db, "models", "generate", "T1bbbb", "--mother",
                "1000:1100:100", "--lsp", "0:500:500", "--events", "2000");
        assertTrue(again.err().contains("4 points in the grid, 0 to simulate"), again.err());

        ProductProcess.Result show = ProductProcess.run("--db", db, "models", "show", "T1bbbb_1100_500");
        assertEquals(0, show.exitCode(), show.err());
        assertTrue(show.out().contains("seed 1; 2000 events"), show.out());
        assertTrue(show.out().contains("JECUnc") && show.out().contains("ISRSystem"), show.out());
        ProductProcess.Result shownJson = ProductProcess.run("--db", db, "models", "show", "T1bbbb_1100_500", "--json");
        JsonNode document = new ObjectMapper().readTree(shownJson.out());
        assertEquals(List.of(), SchemaAssertions.errors(CommandConventionsTest.schema("model"), document));
        assertEquals(List.of("JECUnc", "BTagSFUnc", "MisTagSFunc", "ISRSystem"),
                document.get("variations").findValuesAsText("name"));
        assertEquals(Ra2Search.BIN_COUNT, document.at("/variations/0/up").size());

        ProductProcess.Result added = ProductProcess.run("--db", db, "models", "add", "T1qqqq:1400:200:events=2000");
        assertEquals(0, added.exitCode(), added.err());
        assertTrue(added.err().contains("Stored T1qqqq_1400_200"), added.err());

        ProductProcess.Result unknown = ProductProcess.run("--db", db, "models", "generate", "T2xx");
        // an argument outside a known set is a usage error, read before the database is opened
        assertEquals(2, unknown.exitCode(), unknown.err());
        assertTrue(unknown.err().contains("Unknown simplified model 'T2xx'; known: T1tttt, T1bbbb, T1qqqq"),
                unknown.err());
    }

    /**
     * Models simulated by another version of the fast simulation: analyze and scan say so, with the
     * commands that simulate them again (a cross section the user gave is given again), and after
     * those nothing is flagged.
     */
    @Test
    void modelsOfAnotherSimulationVersionAreFlaggedAndSimulatedAgain(@TempDir Path folder) throws Exception {
        String db = folder.resolve("db").toString();
        String grid = "--mother 1200:1200:100 --lsp 0:300:300";
        ProductProcess.Result generated = ProductProcess.run(words("--db " + db + " models generate T1bbbb " + grid
                + " --events 2000"));
        assertEquals(0, generated.exitCode(), generated.err());
        ProductProcess.Result given = ProductProcess.run(words("--db " + db
                + " models add T1bbbb:1200:0:events=2000:xsec=0.05 --replace"));
        assertEquals(0, given.exitCode(), given.err());
        downgrade(db, folder, "T1bbbb_1200_300");
        downgrade(db, folder, "T1bbbb_1200_0");

        ProductProcess.Result analysed = ProductProcess.run("--db", db, "analyze", "T1bbbb_1200_300", "--no-report",
                "--statistics", "one-bin");
        assertEquals(0, analysed.exitCode(), analysed.err());
        assertTrue(analysed.err().contains("Note: the stored model T1bbbb_1200_300 was simulated by miniana-fastsim 1.0,"
                + " not by this version, " + FastSimulation.VERSION + "; simulate it again with 'miniana models add"
                + " T1bbbb:1200:300:events=2000:seed=1 --analysis CMS-PAS-SUS-16-014 --replace'"), analysed.err());

        String[] scan = words("--db " + db + " scan T1bbbb " + grid + " --events 2000 --statistics one-bin --no-report");
        ProductProcess.Result mixed = ProductProcess.run(scan);
        assertEquals(0, mixed.exitCode(), mixed.err());
        String remedy = "models generate T1bbbb " + grid + " --events 2000 --seed 1 --analysis CMS-PAS-SUS-16-014"
                + " --replace-older";
        assertTrue(mixed.err().contains("Note: 2 of 2 points have models simulated by miniana-fastsim 1.0, not by this"
                + " version, " + FastSimulation.VERSION + " (T1bbbb_1200_0, T1bbbb_1200_300): their limits do not"
                + " compare with the others'. Simulate them again with 'miniana " + remedy + "' and scan again."),
                mixed.err());

        ProductProcess.Result again = ProductProcess.run(words("--db " + db + " " + remedy));
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.err().contains("2 points in the grid, 1 to simulate"), again.err());
        String addGiven = "models add T1bbbb:1200:0:events=2000:seed=1:xsec=0.05 --analysis CMS-PAS-SUS-16-014 --replace";
        assertTrue(again.err().contains("Not replaced: T1bbbb_1200_0 has a cross section the user gave; simulate it"
                + " again with 'miniana " + addGiven + "'"), again.err());
        ProductProcess.Result added = ProductProcess.run(words("--db " + db + " " + addGiven));
        assertEquals(0, added.exitCode(), added.err());
        ProductProcess.Result shown = ProductProcess.run("--db", db, "models", "show", "T1bbbb_1200_0");
        assertTrue(shown.out().contains("cross section: 0.0500000 pb"), shown.out());
        ProductProcess.Result clean = ProductProcess.run(scan);
        assertEquals(0, clean.exitCode(), clean.err());
        assertFalse(clean.err().contains("Note:"), clean.err());
    }

    /** Gives a stored model the provenance an earlier version of the fast simulation would have written. */
    private static void downgrade(String db, Path folder, String model) throws Exception {
        Path file = folder.resolve(model + ".json");
        ProductProcess.Result exported = ProductProcess.run("--db", db, "export", "--model", model, "-o",
                file.toString());
        assertEquals(0, exported.exitCode(), exported.err());
        String current = "miniana-fastsim " + FastSimulation.VERSION + ";";
        assertTrue(Files.readString(file).contains(current), Files.readString(file));
        Files.writeString(file, Files.readString(file).replace(current, "miniana-fastsim 1.0;"));
        ProductProcess.Result replaced = ProductProcess.run("--db", db, "models", "add", file.toString(), "--replace");
        assertEquals(0, replaced.exitCode(), replaced.err());
    }

    /** A command line's words (none of them holds a space). */
    private static String[] words(String commandLine) {
        return commandLine.split(" ");
    }
}
