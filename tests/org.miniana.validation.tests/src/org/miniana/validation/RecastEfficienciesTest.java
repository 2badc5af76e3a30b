/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.miniana.core.Ra2Search;
import org.miniana.core.SignalModel;
import org.miniana.data.InputFormatException;
import org.miniana.signal.FastSimulation;
import org.miniana.signal.MassPoint;
import org.miniana.signal.SimplifiedModel;
import org.miniana.validation.EfficiencyComparison.PointEfficiencies;
import org.miniana.validation.EfficiencyComparison.RegionSummary;

/** The bundled recast efficiencies, their reader, and the comparison with the fast simulation. */
class RecastEfficienciesTest {

    private static final String HEADER = "family,m_gluino_GeV,m_lsp_GeV,region1,region2,region3,region4,region5,region6,"
            + "region7,region8,region9,region10,region11,region12\n";

    @Test
    void theBundledTableHoldsTheRecastsNumbers() {
        Map<MassPoint, double[]> bbbb = RecastEfficiencies.of(SimplifiedModel.T1BBBB);
        assertEquals(143, bbbb.size());
        assertEquals(143, RecastEfficiencies.of(SimplifiedModel.T1QQQQ).size());
        // the SModelS files' entries at 1500/110 GeV, regions 1, 6 and 9 (T1bbbb) and 2 (T1qqqq)
        double[] bbbb1500 = bbbb.get(new MassPoint(SimplifiedModel.T1BBBB, 1500, 110));
        assertEquals(0.030086, bbbb1500[0]);
        assertEquals(0.28264, bbbb1500[5]);
        assertEquals(0.077978, bbbb1500[8]);
        assertEquals(0.1263, RecastEfficiencies.of(SimplifiedModel.T1QQQQ)
                .get(new MassPoint(SimplifiedModel.T1QQQQ, 1500, 110))[1]);
        for (Entry<MassPoint, double[]> point : bbbb.entrySet()) {
            assertTrue(point.getKey().mLsp() <= point.getKey().mGluino() - 200, point.getKey().name());
        }
        IllegalArgumentException tttt = assertThrows(IllegalArgumentException.class,
                () -> RecastEfficiencies.of(SimplifiedModel.T1TTTT));
        assertTrue(tttt.getMessage().contains("T1bbbb and T1qqqq only, not for T1tttt"), tttt.getMessage());
    }

    @Test
    void aBadTableIsRefusedWithItsLine() {
        InputFormatException range = assertThrows(InputFormatException.class, () -> RecastEfficiencies.read(
                new StringReader("# comment\n" + HEADER + "T1bbbb,1500,110,0.1,0.1,0.1,0.1,0.1,1.5,0.1,0.1,0.1,0.1,0.1,0.1\n"),
                "t.csv"));
        assertEquals("t.csv:3: the efficiency in region 6 must be in [0, 1], not 1.5", range.getMessage());
        InputFormatException family = assertThrows(InputFormatException.class, () -> RecastEfficiencies
                .read(new StringReader(HEADER + "T9xxxx,1500,110,0,0,0,0,0,0,0,0,0,0,0,0\n"), "t.csv"));
        assertTrue(family.getMessage().startsWith("t.csv:2: Unknown simplified model 'T9xxxx'"), family.getMessage());
        InputFormatException twice = assertThrows(InputFormatException.class, () -> RecastEfficiencies.read(
                new StringReader(HEADER + "T1bbbb,1500,110,0,0,0,0,0,0,0,0,0,0,0,0\nT1bbbb,1500,110,0,0,0,0,0,0,0,0,0,0,0,0\n"),
                "t.csv"));
        assertEquals("t.csv:3: T1bbbb_1500_110 is given twice", twice.getMessage());
        InputFormatException header = assertThrows(InputFormatException.class,
                () -> RecastEfficiencies.read(new StringReader("family,m_gluino_GeV\n"), "t.csv"));
        assertTrue(header.getMessage().startsWith("t.csv:1: expected the header"), header.getMessage());
    }

    @Test
    void ourEfficiencyInARegionIsTheShareOfProducedEventsInItsBins() {
        MassPoint point = new MassPoint(SimplifiedModel.T1QQQQ, 1500, 110);
        SignalModel model = FastSimulation.simulate(point, 4_000, 1, new NullProgressMonitor()).model();
        double[] ours = EfficiencyComparison.efficiencies(model, Ra2Search.bins());
        double produced = model.crossSectionPb() * Ra2Search.ANALYSIS.luminosityInvPb();
        // region 11 (Njets >= 7, Nb >= 1) holds 60 bins: 7-8 and >= 9 jets, 1, 2 and >= 3 b-tags, all boxes
        double region11 = 0;
        for (int bin = 80; bin < 160; bin++) {
            if (bin % 40 >= 10) {
                region11 += model.yield(bin).value();
            }
        }
        assertEquals(region11 / produced, ours[10], 1e-12);
        assertEquals(model.yield(9).value() / produced + model.yield(49).value() / produced
                + model.yield(89).value() / produced + model.yield(129).value() / produced, ours[1], 1e-12);

        EfficiencyComparison comparison = EfficiencyComparison.of(SimplifiedModel.T1QQQQ, Map.of(point, model),
                Ra2Search.bins());
        PointEfficiencies compared = comparison.points().get(0);
        assertArrayEquals(ours, compared.ours());
        RegionSummary region2 = comparison.regions().get(1);
        assertEquals(1, region2.compared());
        assertEquals(ours[1] / 0.1263, region2.median(), 1e-12, "one point: the median is its ratio");
        assertEquals(ours[1], region2.shownOurs());
        // the recast's 0.0006 in region 10 is below 1%: no ratio counts there
        assertEquals(0, comparison.regions().get(9).compared());
        assertTrue(Double.isNaN(comparison.regions().get(9).median()));
    }

    @Test
    void theValidationSimulatesEveryRecastPoint() {
        List<String> done = new java.util.ArrayList<>();
        EfficiencyComparison comparison = EfficiencyValidation.compare(SimplifiedModel.T1BBBB, 200, 1, 2,
                new NullProgressMonitor(), done::add);
        assertEquals(143, comparison.points().size());
        assertEquals(143, done.size());
        assertEquals(List.copyOf(RecastEfficiencies.of(SimplifiedModel.T1BBBB).keySet()),
                comparison.points().stream().map(PointEfficiencies::point).toList(), "in the table's order");
    }
}
