/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.figure.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;
import org.miniana.analysis.AnalysisOptions;
import org.miniana.analysis.ScanPoint;
import org.miniana.analysis.ScanResult;
import org.miniana.core.AnalysisRun;
import org.miniana.core.LikelihoodResult;
import org.miniana.figure.Layer;
import org.miniana.figure.Layer.ColourMap;
import org.miniana.figure.Layer.Contour;
import org.miniana.figure.NamedFigure;
import org.miniana.figure.Panel;
import org.miniana.signal.CrossSectionTable;
import org.miniana.signal.MassPoint;
import org.miniana.signal.SimplifiedModel;
import org.miniana.stats.ExpectedLimits;

/** The scan maps of a scan whose limits and significances follow known formulas. */
class ScanFiguresTest {

    /** Grid steps in GeV. */
    private static final double STEP = 100;

    /** Expected signal-strength limit: 1 on the line m_gluino = 1500 + 0.5 m_LSP, rising tenfold per 400 GeV. */
    static double expectedLimit(double mGluino, double mLsp) {
        return Math.pow(10, (mGluino - 1500 - 0.5 * mLsp) / 400);
    }

    /** Observed: the same, the line 100 GeV further out. */
    static double observedLimit(double mGluino, double mLsp) {
        return expectedLimit(mGluino - 100, mLsp);
    }

    /** A T1bbbb scan over 800-2200 GeV x 0-1600 GeV in 100 GeV steps (with m_LSP < m_gluino - 100). */
    static ScanResult scan() {
        return scan(false);
    }

    /**
     * The same scan; with the full likelihood its limits are the merged bin's lines 200 GeV
     * further out (observed 300 GeV), the expected band's edges at half and twice the median.
     */
    static ScanResult scan(boolean withFull) {
        return scan(withFull, mGluino -> 0.01);
    }

    /** The same with each point's cross section in pb. */
    static ScanResult scan(boolean withFull, DoubleUnaryOperator crossSection) {
        List<ScanPoint> points = new ArrayList<>();
        for (double mGluino = 800; mGluino <= 2200; mGluino += STEP) {
            for (double mLsp = 0; mLsp <= 1600 && mLsp < mGluino - 100; mLsp += STEP) {
                MassPoint point = new MassPoint(SimplifiedModel.T1BBBB, mGluino, mLsp);
                double signal = 10;
                double observedLimit = observedLimit(mGluino, mLsp);
                double expectedLimit = expectedLimit(mGluino, mLsp);
                double z = 5 / expectedLimit;
                AnalysisRun run = new AnalysisRun("CMS-PAS-SUS-16-014", point.name(), "local-search", "hybrid",
                        List.of(1, 2), "", signal, 5, 1, 1, 6, 0.01, z, 0.02, z * 0.9, observedLimit * signal,
                        bands(expectedLimit * signal),
                        observedLimit, Instant.EPOCH, "", withFull ? full(mGluino, mLsp) : null,
                        AnalysisOptions.DEFAULTS.runMethod(), 0.05, 0.05);
                points.add(new ScanPoint(point, run, crossSection.applyAsDouble(mGluino)));
            }
        }
        return new ScanResult(SimplifiedModel.T1BBBB, AnalysisOptions.DEFAULTS, points, Map.of(), false);
    }

    /** The expected limit's bands: each sigma moves its contour by 100 GeV in m_gluino. */
    private static ExpectedLimits bands(double median) {
        return new ExpectedLimits(median * Math.pow(10, -0.5), median * Math.pow(10, -0.25), median,
                median * Math.pow(10, 0.25), median * Math.pow(10, 0.5));
    }

    private static LikelihoodResult full(double mGluino, double mLsp) {
        double median = expectedLimit(mGluino - 200, mLsp);
        return new LikelihoodResult("asymptotic", 0, expectedLimit(mGluino - 300, mLsp), median / 4, median / 2,
                median, 2 * median, 4 * median, 0, 1);
    }

    /** The field's limit map: observed cross-section limits on a log scale, full and merged-bin contours. */
    @Test
    void theFullLikelihoodsLimitMapShowsCrossSectionLimitsAndContours() {
        ScanResult scan = scan(true);
        List<NamedFigure> figures = RunFigures.of(scan);
        assertEquals(List.of("scan-expected", "scan-observed", "scan-limits-one-bin", "scan-limits"),
                figures.stream().map(NamedFigure::id).toList());
        assertEquals(figures.get(3), RunFigures.limitMap(scan));
        Panel limits = figures.get(3).figure().main();
        ColourMap map = limits.layers(ColourMap.class).get(0);
        assertTrue(map.scale().log());
        ScanPoint first = scan.points().get(0);
        assertEquals(first.full().orElseThrow().observedLimit() * first.crossSectionPb(), map.z(0, 0), 1e-15);
        // whole decades around every value
        assertTrue(map.z().stream().filter(z -> !Double.isNaN(z))
                .allMatch(z -> z >= map.scale().min() && z <= map.scale().max()));
        assertEquals(0, Math.log10(map.scale().min()) % 1, 1e-12);
        List<Contour> contours = limits.layers(Contour.class);
        assertEquals(List.of("Expected, full likelihood", "Expected \u00b11\u03c3", "", "Observed, full likelihood",
                "Expected, merged bin", "Observed, merged bin"), contours.stream().map(Contour::label).toList());
        checkContour(contours.get(0), 1700);
        checkContour(contours.get(3), 1800);
        checkContour(contours.get(4), 1500);
        // the band: limit 1 where the median is 2 (-1 sigma edge at half the median) and 1/2
        checkContour(contours.get(1), 1700 + 400 * Math.log10(2));
        checkContour(contours.get(2), 1700 - 400 * Math.log10(2));
    }

    /**
     * With the bundled table's cross sections the observed contour gets its theory lines, where
     * mu_up = 1 +- delta(m_gluino); a cross section given by hand has none.
     */
    @Test
    void theObservedContourHasTheoryLinesFromTheCrossSectionsUncertainty() {
        CrossSectionTable table = CrossSectionTable.gluinoPair13TeV();
        Panel limits = RunFigures.limitMap(scan(true, table::crossSectionPb)).figure().main();
        List<Contour> contours = limits.layers(Contour.class);
        assertEquals(List.of("Expected, full likelihood", "Expected \u00b11\u03c3", "", "Observed, full likelihood",
                "Observed \u00b11\u03c3 theory", "", "Expected, merged bin", "Observed, merged bin"),
                contours.stream().map(Contour::label).toList());
        for (int sign : new int[] {1, -1}) {
            Contour line = contours.get(sign > 0 ? 4 : 5);
            assertFalse(line.lines().isEmpty());
            for (Layer.Polyline polyline : line.lines()) {
                for (int i = 0; i < polyline.size(); i++) {
                    double x = polyline.x().get(i);
                    // observed mu_up = 10^((m_gluino - 1800 - m_LSP / 2) / 400) reaches 1 +- delta
                    double expected = 1800 + 0.5 * polyline.y().get(i)
                            + 400 * Math.log10(1 + sign * table.relativeUncertainty(Math.min(x, 2200)));
                    assertEquals(expected, x, STEP / 2, "theory line " + sign);
                }
            }
        }
        assertTrue(figureCaption(scan(true, table::crossSectionPb)).contains("theory lines"));
        assertFalse(figureCaption(scan(true)).contains("theory lines"));
    }

    private static String figureCaption(ScanResult scan) {
        return RunFigures.limitMap(scan).caption();
    }

    /** Without the full likelihood the limit map is the merged bins': their limits and contours. */
    @Test
    void theMergedBinsLimitMapShowsTheirCrossSectionLimitsAndContours() {
        CrossSectionTable table = CrossSectionTable.gluinoPair13TeV();
        ScanResult scan = scan(false, table::crossSectionPb);
        NamedFigure figure = RunFigures.limitMap(scan);
        assertEquals("scan-limits-one-bin", figure.id());
        Panel limits = figure.figure().main();
        ColourMap map = limits.layers(ColourMap.class).get(0);
        assertTrue(map.scale().log());
        ScanPoint first = scan.points().get(0);
        assertEquals(first.observedStrengthLimit() * first.crossSectionPb(), map.z(0, 0), 1e-15);
        List<Contour> contours = limits.layers(Contour.class);
        assertEquals(List.of("Expected 95% CL exclusion", "Expected \u00b11\u03c3", "", "Observed 95% CL exclusion",
                "Observed \u00b11\u03c3 theory", ""), contours.stream().map(Contour::label).toList());
        checkContour(contours.get(0), 1500);
        // the -1 sigma expected limit is lower: its contour lies further out
        checkContour(contours.get(1), 1600);
        checkContour(contours.get(2), 1400);
        checkContour(contours.get(3), 1600);
        assertTrue(figure.caption().contains("theory lines"));
        assertTrue(figure.caption().contains("experimental band"));
    }

    /** Runs stored before schema version 4 kept only the expected median: the merged bins' map has no band. */
    @Test
    void withoutStoredBandsTheMergedBinsMapHasNone() {
        ScanResult stored = scan(false);
        List<ScanPoint> points = new ArrayList<>(stored.points());
        ScanPoint old = points.get(0);
        AnalysisRun run = old.run();
        points.set(0, new ScanPoint(old.point(), new AnalysisRun(run.analysis(), run.model(), run.optimizer(),
                run.figureOfMerit(), run.bins(), run.selection(), run.signal(), run.background(), run.backgroundUp(),
                run.backgroundDown(), run.observed(), run.expectedPValue(), run.expectedSignificance(),
                run.observedPValue(), run.observedSignificance(), run.signalLimit(),
                new ExpectedLimits(Double.NaN, Double.NaN, run.expectedSignalLimit(), Double.NaN, Double.NaN),
                run.signalStrengthLimit(), run.timestamp(), "", null, null, run.signalErrorUp(), run.signalErrorDown()), old.crossSectionPb()));
        ScanResult mixed = new ScanResult(stored.family(), stored.options(), points, Map.of(), false);
        NamedFigure figure = RunFigures.limitMap(mixed);
        assertEquals(List.of("Expected 95% CL exclusion", "Observed 95% CL exclusion"), figure.figure().main()
                .layers(Contour.class).stream().map(Contour::label).toList());
        assertFalse(figure.caption().contains("experimental band"));
    }

    /** A scan that no contour crosses lists no contour in its legend. */
    @Test
    void theLegendListsOnlyContoursThatCrossTheScan() {
        ScanResult full = scan(false);
        // beyond the reach: every limit, also the -1 sigma expected one, above 1, no contour anywhere
        List<ScanPoint> beyond = full.points().stream()
                .filter(p -> p.point().mGluino() - 0.5 * p.point().mLsp() >= 2000).toList();
        ScanResult small = new ScanResult(full.family(), full.options(), beyond, Map.of(), false);
        Panel map = RunFigures.limitMap(small).figure().main();
        assertTrue(map.layers(Contour.class).stream().allMatch(contour -> contour.lines().isEmpty()));
        assertEquals(List.of(), map.legend().orElseThrow().entries());
        // the full scan lists them all
        assertEquals(3, RunFigures.limitMap(full).figure().main().legend().orElseThrow().entries().size());
    }

    @Test
    void exclusionContoursFollowTheLimitOfOne() {
        List<NamedFigure> figures = RunFigures.of(scan());
        assertEquals(List.of("scan-expected", "scan-observed", "scan-limits-one-bin"),
                figures.stream().map(NamedFigure::id).toList());
        Panel expected = figures.get(0).figure().main();
        Panel observed = figures.get(1).figure().main();
        assertEquals(1, expected.layers(Contour.class).size());
        assertEquals(2, observed.layers(Contour.class).size());
        checkContour(expected.layers(Contour.class).get(0), 1500);
        checkContour(observed.layers(Contour.class).get(1), 1600);
    }

    /**
     * Every contour point lies on m_gluino = offset + 0.5 m_LSP within half a grid cell (the limit
     * is exactly exponential, so log-interpolation between nodes is exact along m_gluino).
     */
    private static void checkContour(Contour contour, double offset) {
        assertFalse(contour.lines().isEmpty());
        int points = 0;
        for (Layer.Polyline line : contour.lines()) {
            for (int i = 0; i < line.size(); i++) {
                assertEquals(offset + 0.5 * line.y().get(i), line.x().get(i), STEP / 2, contour.label());
                points++;
            }
        }
        assertTrue(points >= 10, "the line crosses at least 10 cells: " + points);
    }

    @Test
    void mapsShowTheSignificanceOfEveryScannedPointAndNothingElse() {
        ScanResult scan = scan();
        ColourMap map = RunFigures.of(scan).get(0).figure().main().layers(ColourMap.class).get(0);
        long filled = map.z().stream().filter(z -> !Double.isNaN(z)).count();
        assertEquals(scan.points().size(), filled);
        for (ScanPoint point : scan.points()) {
            int ix = (int) Math.round((point.point().mGluino() - 800) / STEP);
            int iy = (int) Math.round(point.point().mLsp() / STEP);
            assertEquals(point.run().expectedSignificance(), map.z(ix, iy), 1e-12);
            assertTrue(map.xEdges().get(ix) < point.point().mGluino() && point.point().mGluino() < map.xEdges().get(ix + 1));
        }
    }
}
