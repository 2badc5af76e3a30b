/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.miniana.figure.Layer.Polyline;
import org.miniana.signal.SimplifiedModel;
import org.miniana.validation.LimitComparison.ContourGap;
import org.miniana.validation.LimitComparison.Goal;

/** The comparison's numbers on inputs whose answer is known: CMS's table against itself and scaled copies. */
class LimitComparisonTest {

    private static final LimitMap CMS = CmsLimits.observed(SimplifiedModel.T1BBBB);

    /** A map on its own grid (every {@code step} GeV from m_gluino 1000, m_LSP 0): CMS's limit there times a factor. */
    private static LimitMap cmsTimes(double factor, double step) throws Exception {
        StringBuilder text = new StringBuilder(String.join(",", LimitMap.COLUMNS)).append('\n');
        for (double x = 1000; x <= 2000; x += step) {
            for (double y = 0; y <= x - 200; y += step) {
                double limit = CMS.at(x, y);
                if (!Double.isNaN(limit)) { // CMS's maps end at m_LSP = 1595 GeV
                    text.append(String.format(Locale.ROOT, "%s,%s,%.17g%n", x, y, limit * factor));
                }
            }
        }
        return LimitMapTest.read(text.toString());
    }

    @Test
    void cmsAgainstItselfHasRatioOneAndNoContourDistance() {
        LimitComparison self = LimitComparison.of(SimplifiedModel.T1BBBB, CMS, CMS);
        assertTrue(self.points().size() > 5000, "CMS's nodes in the region: " + self.points().size());
        assertEquals(0, self.withoutPublished());
        assertEquals(1, self.median(), 0);
        assertEquals(1, self.quantile05(), 0);
        assertEquals(1, self.quantile95(), 0);
        assertEquals(1, self.fractionWithin(), 0);
        assertFalse(self.ourContour().isEmpty());
        assertEquals(0, Math.abs(self.largestGap().orElseThrow().gap()), 0);
        assertTrue(self.gaps().stream().filter(gap -> !Double.isNaN(gap.ours())).count() > 70,
                "the contour crosses most m_LSP levels up to 800 GeV: " + self.gaps());
        assertTrue(self.passed(), self.goals().toString());
    }

    @Test
    void aScaledCopyOnAnotherGridHasTheScaleAsRatio() throws Exception {
        LimitComparison weaker = LimitComparison.of(SimplifiedModel.T1BBBB, cmsTimes(1.25, 50), CMS);
        // m_gluino 1000-2000 by 50, m_LSP 0 to m_gluino - 200 by 50: 17 + 18 + ... + 37 points, less the 10 with
        // m_LSP above 1605 GeV, where CMS's map ends
        assertEquals(557, weaker.points().size());
        assertEquals(0, weaker.withoutPublished());
        weaker.points().forEach(point -> assertEquals(1.25, point.ratio(), 1e-9, point.toString()));
        assertEquals(1.25, weaker.median(), 1e-9);
        assertEquals(1, weaker.fractionWithin(), 0, "1.25 lies within 0.75-1.33");
        assertEquals(List.of(false, true), weaker.goals().subList(0, 2).stream().map(Goal::met).toList());
        // weaker limits exclude less: our contour lies at lower gluino masses wherever both cross
        List<ContourGap> crossed = weaker.gaps().stream().filter(gap -> Double.isFinite(gap.gap())).toList();
        assertTrue(crossed.size() > 70, weaker.gaps().toString());
        crossed.forEach(gap -> assertTrue(gap.gap() < 0, gap.toString()));

        LimitComparison muchWeaker = LimitComparison.of(SimplifiedModel.T1BBBB, cmsTimes(1.5, 100), CMS);
        assertEquals(1.5, muchWeaker.median(), 1e-9);
        assertEquals(0, muchWeaker.fractionWithin(), 0);
        assertTrue(muchWeaker.largestGap().orElseThrow().gap() < weaker.largestGap().orElseThrow().gap());
        assertFalse(muchWeaker.passed());
        double[] grid = muchWeaker.ratioGrid();
        assertEquals(11 * 17, grid.length, "11 gluino by 17 LSP masses (0-1600 GeV)");
        assertEquals(1.5, grid[1 * 11 + 5], 1e-9, "m_gluino 1500, m_LSP 100");
        assertTrue(Double.isNaN(grid[16 * 11 + 5]), "m_LSP 1600 lies outside the region at m_gluino 1500");
    }

    @Test
    void reachIsTheLargestGluinoMassWhereALineCrossesTheLevel() {
        List<Polyline> lines = List.of(new Polyline(List.of(1000.0, 1200.0, 1300.0), List.of(0.0, 400.0, 800.0)),
                new Polyline(List.of(900.0, 950.0), List.of(100.0, 300.0)));
        assertEquals(1100, LimitComparison.reach(lines, 200), 1e-9);
        assertEquals(1250, LimitComparison.reach(lines, 600), 1e-9);
        assertTrue(Double.isNaN(LimitComparison.reach(lines, 900)));
        assertEquals(Double.POSITIVE_INFINITY, new ContourGap(900, Double.NaN, 1500).gap());
        assertTrue(Double.isNaN(new ContourGap(900, Double.NaN, Double.NaN).gap()));
    }
}
