/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.miniana.data.InputFormatException;
import org.miniana.signal.SimplifiedModel;

/** Reading limit tables (the bundled CMS ones and bad ones) and interpolating them. */
class LimitMapTest {

    private static final String HEADER = "m_gluino_GeV,m_lsp_GeV,observed_95CL_xsec_ul_pb\n";

    static LimitMap read(String text) throws IOException, InputFormatException {
        return LimitMap.read(new StringReader(text), "test.csv");
    }

    @Test
    void bundlesCmsTablesAsPublishedInSharedData() throws IOException {
        String shared = System.getProperty("miniana.shared.data");
        assertTrue(shared != null, "system property miniana.shared.data is not set (the build sets it)");
        for (SimplifiedModel family : CmsLimits.FAMILIES) {
            try (InputStream bundled = CmsLimits.class.getResourceAsStream(CmsLimits.resource(family))) {
                assertArrayEquals(Files.readAllBytes(Path.of(shared, "sus-16-014-limits",
                        family.family() + "-observed-xsec-ul.csv")), bundled.readAllBytes(), family.family());
            }
        }
        LimitMap t1bbbb = CmsLimits.observed(SimplifiedModel.T1BBBB);
        assertEquals(128, t1bbbb.xs().length);
        assertEquals(160, t1bbbb.ys().length);
        assertEquals(0.088712, t1bbbb.at(606.6, 6.0), 0);
        assertEquals("T1bbbb-observed-xsec-ul.csv", t1bbbb.source());
        IllegalArgumentException notBundled = assertThrows(IllegalArgumentException.class,
                () -> CmsLimits.observed(SimplifiedModel.T1TTTT));
        assertTrue(notBundled.getMessage().contains("T1bbbb and T1qqqq only"), notBundled.getMessage());
    }

    @Test
    void interpolatesBilinearlyInTheLogarithmBetweenNodes() throws Exception {
        LimitMap map = read(HEADER + "1000,0,1\n1100,0,4\n1000,100,0.25\n1100,100,1\n1200,100,2\n");
        assertEquals(4, map.at(1100, 0), 0, "a node's own value");
        assertEquals(2, map.at(1050, 0), 1e-12, "half-way in m_gluino: the geometric mean");
        assertEquals(0.5, map.at(1000, 50), 1e-12, "half-way in m_LSP");
        assertEquals(1, map.at(1050, 50), 1e-12, "the centre: the geometric mean of four");
        assertEquals(Math.sqrt(2), map.at(1150, 100), 1e-12, "along the top row, whose right neighbour is missing below");
        assertTrue(Double.isNaN(map.at(1150, 50)), "a corner without a limit");
        assertEquals(1, map.at(901, 0), 0, "within one node spacing of the first node");
        assertEquals(0.25, map.at(1000, 199), 0, "within one node spacing of the last node");
        assertTrue(Double.isNaN(map.at(899, 0)), "further out");
        assertTrue(Double.isNaN(map.at(1000, 201)), "further out");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "m_gluino,m_lsp,ul\\n1000,0,1\\n | 1 | expected the header",
        "1000,0,1\\n1000,x,1\\n | 3 | 'x' is not a number",
        "1000,0\\n | 2 | (2 fields)",
        "1000,0,-1\\n | 2 | finite and positive",
        "1000,0,1\\n\\n1100,0,1\\n | 3 | (1 fields)",
        "1000,0,1\\n1100,0,2\\n1000,0,3\\n | 4 | given on line 2 already",
        "1000,1000,1\\n | 2 | m_LSP must be below m_gluino",
        "'' | 0 | no points" })
    void refusesABadTableNamingFileLineAndProblem(String body, int line, String problem) {
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> read((line == 1 ? "" : HEADER) + body.replace("\\n", "\n")));
        assertEquals("test.csv", e.file());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.problem().contains(problem), e.getMessage());
        assertTrue(e.getMessage().startsWith("test.csv" + (line > 0 ? ":" + line + ": " : ": ")), e.getMessage());
    }
}
