/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class CrossSectionTableTest {

    private final CrossSectionTable table = CrossSectionTable.gluinoPair13TeV();

    /** The published table, read here without the class under test. */
    private static List<double[]> publishedPoints() throws IOException {
        String folder = System.getProperty("miniana.shared.data");
        assertTrue(folder != null, "system property miniana.shared.data is not set (the build sets it)");
        return Files.readAllLines(Path.of(folder, "xsec-gluino-pair-13TeV-nlo-nll.csv")).stream()
                .filter(line -> !line.startsWith("#") && !line.startsWith("m_gluino") && !line.isBlank())
                .map(line -> line.split(","))
                .map(fields -> new double[] { Double.parseDouble(fields[0]), Double.parseDouble(fields[1]) })
                .toList();
    }

    @Test
    void givesThePublishedValueExactlyAtEveryTablePoint() throws IOException {
        List<double[]> points = publishedPoints();
        assertEquals(15, points.size());
        for (double[] point : points) {
            assertEquals(point[1], table.crossSectionPb(point[0]), 0.0, () -> "at " + point[0] + " GeV");
        }
        assertEquals(800, table.minimumMass());
        assertEquals(2200, table.maximumMass());
    }

    @Test
    void interpolatesLinearlyInTheLogarithm() throws IOException {
        List<double[]> points = publishedPoints();
        for (int i = 0; i + 1 < points.size(); i++) {
            double[] lower = points.get(i);
            double[] upper = points.get(i + 1);
            // the midpoint of a log-linear interpolation is the geometric mean
            double midpoint = 0.5 * (lower[0] + upper[0]);
            assertEquals(Math.sqrt(lower[1] * upper[1]), table.crossSectionPb(midpoint), 1e-12 * lower[1],
                    () -> "at " + midpoint + " GeV");
            // a quarter of the way: sigma_lower^(3/4) sigma_upper^(1/4)
            double quarter = lower[0] + 0.25 * (upper[0] - lower[0]);
            assertEquals(Math.pow(lower[1], 0.75) * Math.pow(upper[1], 0.25), table.crossSectionPb(quarter),
                    1e-12 * lower[1], () -> "at " + quarter + " GeV");
        }
    }

    @Test
    void refusesMassesOutsideTheTable() {
        for (double mass : new double[] { 799.999, 600, 2200.001, 3000, Double.NaN }) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> table.crossSectionPb(mass));
            assertTrue(error.getMessage().contains("800-2200 GeV"), error::getMessage);
            assertTrue(error.getMessage().contains("give the cross section explicitly"), error::getMessage);
        }
    }

    @Test
    void readsCommentsHeaderAndBlankLines() throws IOException {
        CrossSectionTable read = CrossSectionTable.read(new StringReader("""
                # a comment
                mass,xsec

                100, 10
                200,1
                """), "test.csv");
        assertEquals(10, read.crossSectionPb(100));
        assertEquals(Math.sqrt(10), read.crossSectionPb(150), 1e-12);
        assertEquals("test.csv", read.source());
    }

    @Test
    void theBundledTableCarriesTheWorkingGroupsUncertainties() {
        assertTrue(table.hasUncertainties());
        // the LHC SUSY cross section working group's NLO+NLL table: 15.0 % at 800 GeV, 22.7 % at
        // 1500 GeV, 36.0 % at 2200 GeV
        assertEquals(0.150167, table.relativeUncertainty(800), 0);
        assertEquals(0.227296, table.relativeUncertainty(1500), 0);
        assertEquals(0.359623, table.relativeUncertainty(2200), 0);
        assertEquals((0.227296 + 0.242679) / 2, table.relativeUncertainty(1550), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> table.relativeUncertainty(2300));
    }

    @Test
    void theUncertaintyColumnIsOptional() throws IOException {
        CrossSectionTable without = CrossSectionTable.read(new StringReader("m,x\n100,10\n200,1\n"), "test.csv");
        assertFalse(without.hasUncertainties());
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> without.relativeUncertainty(150));
        assertEquals("The table test.csv has no uncertainty column", error.getMessage());
    }

    @Test
    void reportsTheFileAndLineOfMalformedInput() {
        assertMalformed("m,x\n100,10\n200\n", "test.csv:3: expected '<mass in GeV>,<cross section in pb>[,<relative"
                + " uncertainty>]', got '200'");
        assertMalformed("m,x\n100,10\n200,abc\n", "test.csv:3: expected");
        assertMalformed("m,x\n100,10\n200,1,3,4\n", "test.csv:3: expected");
        assertMalformed("m,x\n100,10\n200,-1\n", "test.csv:3: expected '<mass in GeV>,<cross section in pb>[,<relative"
                + " uncertainty>]', got '200,-1' (mass and cross section must be finite and positive)");
        assertMalformed("m,x,u\n100,10,0.1\n200,1,1.5\n", "test.csv:3: expected");
        assertMalformed("m,x,u\n100,10,0.1\n200,1\n", "test.csv:3: no uncertainty, where the first line has one:"
                + " give the uncertainty on every line or on none");
        assertMalformed("m,x\n100,10\n100,5\n", "test.csv:3: masses must increase");
        assertMalformed("# only a header\nm,x\n100,10\n", "test.csv: a cross-section table needs a header and at"
                + " least two points, found 1");
    }

    private static void assertMalformed(String text, String expectedStart) {
        IOException error = assertThrows(IOException.class,
                () -> CrossSectionTable.read(new StringReader(text), "test.csv"));
        assertTrue(error.getMessage().startsWith(expectedStart), error::getMessage);
    }
}
