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

/** The headless product launched as a separate process. */
class BinsCommandTest {

    @TempDir
    Path folder;

    @Test
    void printsTheRa2BinTableFromAFreshDatabase() throws Exception {
        Path database = folder.resolve("db");
        ProductProcess.Result result = ProductProcess.run("--db", database.toString(), "bins");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.err().contains("Filled " + database.toAbsolutePath()), result.err());
        List<String> lines = result.outLines();
        assertTrue(lines.get(0).startsWith("CMS-PAS-SUS-16-014, 13 TeV, 12.9 fb^-1: 160 bins"), lines.get(0));
        assertEquals(List.of("bin", "Njets", "Nb", "HT[GeV]", "MHT[GeV]", "observed", "lostlepton", "hadtau", "znunu",
                "qcd", "total", "+error", "-error"), List.of(lines.get(1).trim().split("\\s+")));
        assertEquals(1 + 1 + 160 + 1, lines.size(), result.out());
        // the lost-lepton and hadronic-tau "HighW" rates are tied to an empty control region: 0
        assertEquals(List.of("77", "5-6", ">=3", ">1000", "500-750", "2", "0.000", "0.150", "0.206", "0.130", "0.486"),
                List.of(lines.get(2 + 77).trim().split("\\s+")).subList(0, 11));
        String[] totals = lines.get(lines.size() - 1).trim().split("\\s+");
        assertEquals("total", totals[0]);
        assertEquals("21963", totals[1]);
    }

    @Test
    void secondRunReusesTheDatabase() throws Exception {
        Path database = folder.resolve("db");
        assertEquals(0, ProductProcess.run("bins", "--db", database.toString()).exitCode());
        ProductProcess.Result again = ProductProcess.run("bins", "--db", database.toString());
        assertEquals(0, again.exitCode(), again.err());
        assertFalse(again.err().contains("Filled"), again.err());
        assertEquals(163, again.outLines().size());
    }

    @Test
    void unknownCommandIsAUsageError() throws Exception {
        ProductProcess.Result result = ProductProcess.run("--db", folder.resolve("db").toString(), "binz");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("binz"), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
    }

    @Test
    void unknownAnalysisFailsWithOneClearLine() throws Exception {
        ProductProcess.Result result = ProductProcess.run("--db", folder.resolve("db").toString(), "bins", "--analysis",
                "CMS-XYZ");
        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("miniana: No analysis 'CMS-XYZ'"), result.err());
        assertFalse(result.err().contains("\tat "), "no stack trace without --debug: " + result.err());
    }

    @Test
    void headlessProductShipsNoSwtOrJface() throws Exception {
        try (var plugins = Files.list(ProductProcess.home().resolve("plugins"))) {
            List<String> ui = plugins.map(path -> path.getFileName().toString())
                    .filter(name -> name.startsWith("org.eclipse.swt") || name.startsWith("org.eclipse.jface")
                            || name.startsWith("org.eclipse.ui"))
                    .toList();
            assertEquals(List.of(), ui);
        }
    }
}
