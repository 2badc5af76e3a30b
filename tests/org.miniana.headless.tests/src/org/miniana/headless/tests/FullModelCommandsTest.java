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
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fit} and {@code export --format combine} on the stored full model, through the product. */
class FullModelCommandsTest {

    @TempDir
    Path folder;

    @Test
    void fitsTheRa2LikelihoodBackgroundOnly() throws Exception {
        ProductProcess.Result result = ProductProcess.run("--db", folder.resolve("db").toString(), "fit", "--pulls", "5");
        assertEquals(0, result.exitCode(), result.err());
        List<String> lines = result.outLines();
        assertTrue(lines.get(0).startsWith("Background-only fit of CMS-PAS-SUS-16-014: 520 channels, 2028 nuisances;"
                + " converged"), lines.get(0));
        String[] total = lines.stream().filter(line -> line.trim().startsWith("total")).findFirst().orElseThrow().trim()
                .split("\\s+");
        assertEquals("21963", total[1]);
        double prefit = Double.parseDouble(total[2]);
        double postfit = Double.parseDouble(total[3]);
        // CMS's pre-fit table sums to 21236; the fit pulls the prediction towards the 21963 observed
        assertEquals(21236, prefit, 10);
        assertEquals(21963, postfit, 0.01 * 21963);
        assertTrue(Math.abs(postfit - 21963) < Math.abs(prefit - 21963), "the fit moves towards the data");
        assertTrue(result.out().contains("nuisances end at a bound"), result.out());
    }

    @Test
    void exportsTheModelAsCombineCards() throws Exception {
        Path cards = folder.resolve("cards");
        ProductProcess.Result result = ProductProcess.run("--db", folder.resolve("db").toString(), "export",
                "--analysis", "CMS-PAS-SUS-16-014", "--format", "combine", "-o", cards.toString());
        assertEquals(0, result.exitCode(), result.err());
        try (Stream<Path> files = Files.walk(cards)) {
            assertEquals(520, files.filter(path -> path.getFileName().toString().startsWith("card_")).count());
        }
        String bin117 = Files.readString(cards.resolve("SR/card_signal117.txt"));
        assertTrue(bin117.contains("observation 1\n"), bin117);
        assertTrue(bin117.contains("LLSCSRNJets2_BTags3_MHT2_HT7 lnU - - 100.0 - 100.0 - -"), bin117);
        assertTrue(Files.exists(cards.resolve("processes.properties")));
        assertTrue(Files.exists(cards.resolve("bins.csv")));

        ProductProcess.Result again = ProductProcess.run("--db", folder.resolve("db").toString(), "export", "--analysis",
                "CMS-PAS-SUS-16-014", "--format", "combine", "-o", cards.toString());
        assertEquals(1, again.exitCode());
        assertTrue(again.err().contains("not empty"), again.err());
        assertFalse(again.err().contains("Exception"), again.err());
    }
}
