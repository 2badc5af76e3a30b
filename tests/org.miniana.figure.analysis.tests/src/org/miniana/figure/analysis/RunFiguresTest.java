/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.figure.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.miniana.analysis.AnalysisOutcome;
import org.miniana.analysis.CountingTest;
import org.miniana.core.BackgroundProcess;
import org.miniana.core.BinYields;
import org.miniana.core.Estimate;
import org.miniana.core.Ra2Search;
import org.miniana.core.SearchResult;
import org.miniana.figure.Axis;
import org.miniana.figure.Layer;
import org.miniana.figure.Layer.Band;
import org.miniana.figure.Layer.ColourMap;
import org.miniana.figure.Layer.Outlines;
import org.miniana.figure.Layer.Points;
import org.miniana.figure.Layer.StackedHistogram;
import org.miniana.figure.Layer.StepLine;
import org.miniana.figure.NamedFigure;
import org.miniana.figure.Panel;
import org.miniana.optimize.bench.Ra2SyntheticSignal;
import org.miniana.stats.PoissonInterval;

/**
 * The run figures of real RA2 analyses, their numbers recomputed here from the search's bins with
 * the RA2 bin arithmetic (Ra2Search's class and box numbers), independently of the builders.
 */
class RunFiguresTest {

    private static final SearchResult RA2 = Ra2Runs.search();

    @Test
    void runHasTheContractedFigures() {
        List<NamedFigure> figures = RunFigures.of(Ra2Runs.run(Ra2SyntheticSignal.HIGH_MULTIPLICITY));
        assertEquals(List.of("njets", "nb", "mht", "ht", "bin-map", "p-value"),
                figures.stream().map(NamedFigure::id).toList());
        figures.forEach(f -> assertTrue(f.caption().length() > 50, f.id()));
    }

    /**
     * The projection on Njets sums the bins whose b-tag class and box are among the chosen bins',
     * on Nb those whose jet class and box are, on MHT those with a chosen bin's jet class, b-tag
     * class and HT range, on HT those with a chosen bin's jet class, b-tag class and MHT band.
     */
    @ParameterizedTest
    @EnumSource(Ra2SyntheticSignal.class)
    void projectionsSumTheBinsThatShareTheChosenBinsOtherCoordinates(Ra2SyntheticSignal shape) {
        List<Integer> chosen = Ra2Runs.run(shape).bins();
        check(Ra2Runs.drawn(shape, "njets"), Ra2Search::jetClass,
                i -> chosen.stream().anyMatch(c -> Ra2Search.bTagClass(c) == Ra2Search.bTagClass(i)
                        && Ra2Search.box(c) == Ra2Search.box(i)));
        check(Ra2Runs.drawn(shape, "nb"), Ra2Search::bTagClass,
                i -> chosen.stream().anyMatch(c -> Ra2Search.jetClass(c) == Ra2Search.jetClass(i)
                        && Ra2Search.box(c) == Ra2Search.box(i)));
        check(Ra2Runs.drawn(shape, "mht"), i -> Ra2Search.mhtBand(Ra2Search.box(i)),
                i -> chosen.stream().anyMatch(c -> Ra2Search.jetClass(c) == Ra2Search.jetClass(i)
                        && Ra2Search.bTagClass(c) == Ra2Search.bTagClass(i)
                        && Ra2Search.bin(c).ht().equals(Ra2Search.bin(i).ht())));
        // HT categories: the distinct HT ranges, ordered by lower then upper end.
        List<String> htOrder = List.of("300-500", "350-500", "500-1000", "750-1500", ">1000", ">1500");
        check(Ra2Runs.drawn(shape, "ht"), i -> htOrder.indexOf(Ra2Search.bin(i).ht().rangeLabel()),
                i -> chosen.stream().anyMatch(c -> Ra2Search.jetClass(c) == Ra2Search.jetClass(i)
                        && Ra2Search.bTagClass(c) == Ra2Search.bTagClass(i)
                        && Ra2Search.mhtBand(Ra2Search.box(c)) == Ra2Search.mhtBand(Ra2Search.box(i))));
    }

    private static void check(Ra2Runs.Drawn drawn, IntUnaryOperator category, IntPredicate included) {
        AnalysisOutcome outcome = drawn.outcome();
        NamedFigure named = drawn.figure();
        // category number -> bins, only the categories that get a bin, in category order
        Map<Integer, List<Integer>> groups = new TreeMap<>();
        for (int bin = 0; bin < Ra2Search.BIN_COUNT; bin++) {
            if (included.test(bin)) {
                groups.computeIfAbsent(category.applyAsInt(bin), k -> new ArrayList<>()).add(bin);
            }
        }
        Panel main = named.figure().main();
        StackedHistogram stack = main.layers(StackedHistogram.class).get(0);
        Band band = main.layers(Band.class).get(0);
        StepLine signal = main.layers(StepLine.class).get(0);
        Points data = main.layers(Points.class).get(0);
        assertEquals(groups.size(), stack.edges().size() - 1, named.id());
        assertEquals(groups.size(), named.figure().x().ticks().size(), named.id());
        int k = 0;
        for (List<Integer> bins : groups.values()) {
            double total = 0;
            double up2 = 0;
            double s = 0;
            long observed = 0;
            for (int p = 0; p < RA2.processes().size(); p++) {
                BackgroundProcess process = RA2.processes().get(p);
                double sum = 0;
                for (int bin : bins) {
                    Estimate estimate = RA2.bins().get(bin).background(process);
                    sum += estimate.value();
                    up2 += estimate.totalUp() * estimate.totalUp(); // uncorrelated: all in quadrature
                }
                assertEquals(process.label(), stack.components().get(p).label());
                assertEquals(sum, stack.components().get(p).values().get(k), 1e-9 * (1 + sum), named.id() + " " + k);
                total += sum;
            }
            for (int bin : bins) {
                s += outcome.model().yield(bin).value();
                observed += RA2.bins().get(bin).observed();
            }
            assertEquals(total, stack.top(RA2.processes().size() - 1, k), 1e-9 * (1 + total));
            assertEquals(total + Math.sqrt(up2), band.upper().get(k), 1e-9 * (1 + total), named.id() + " band " + k);
            assertEquals(s, signal.values().get(k), 1e-9 * (1 + s));
            Layer.Point point = data.points().get(k);
            assertEquals(observed, point.y());
            PoissonInterval garwood = PoissonInterval.garwood(observed);
            assertEquals(garwood.upper() - observed, point.yHigh(), 1e-9);
            assertEquals(observed - garwood.lower(), point.yLow(), 1e-9);
            k++;
        }
        // the chosen bins are part of every projection
        assertTrue(groups.values().stream().mapToInt(List::size).sum() >= outcome.bins().size());
        // Everything drawn stays in the lower half of the log axis: the upper half holds the
        // legend (seven entries, top right) and the selection texts (top left).
        Axis y = main.y();
        for (int i = 0; i < groups.size(); i++) {
            Layer.Point point = data.points().get(i);
            for (double value : new double[] { band.upper().get(i), signal.values().get(i), point.y() + point.yHigh() }) {
                double height = Math.log(value / y.min()) / Math.log(y.max() / y.min());
                assertTrue(height <= 0.5, named.id() + " category " + i + ": " + value + " at " + height
                        + " of the axis, under the legend");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Ra2SyntheticSignal.class)
    void binMapOutlinesExactlyTheChosenBinsAndColoursBySOverRootB(Ra2SyntheticSignal shape) {
        Ra2Runs.Drawn drawn = Ra2Runs.drawn(shape, "bin-map");
        AnalysisOutcome outcome = drawn.outcome();
        Panel panel = drawn.main();
        ColourMap map = panel.layers(ColourMap.class).get(0);
        assertEquals(16, map.xEdges().size() - 1);
        assertEquals(10, map.yEdges().size() - 1);
        // Columns: jet class major, b-tag class minor. Rows: boxes by MHT band, then HT.
        List<Integer> rowOfBox = new ArrayList<>();
        for (int box = 0; box < Ra2Search.HT_MHT_BOXES; box++) {
            rowOfBox.add(box);
        }
        rowOfBox.sort((a, b) -> {
            int band = Integer.compare(Ra2Search.mhtBand(a), Ra2Search.mhtBand(b));
            return band != 0 ? band : Double.compare(Ra2Search.bin(a).ht().lower(), Ra2Search.bin(b).ht().lower());
        });
        Set<Integer> outlined = new HashSet<>();
        for (Layer.Box box : panel.layers(Outlines.class).get(0).boxes()) {
            assertEquals(1, box.x1() - box.x0());
            assertEquals(1, box.y1() - box.y0());
            int column = (int) box.x0();
            int row = (int) box.y0();
            assertTrue(outlined.add(Ra2Search.index(column / 4, column % 4, rowOfBox.get(row))));
        }
        assertEquals(new HashSet<>(outcome.bins()), outlined);
        for (BinYields yields : RA2.bins()) {
            int bin = yields.bin().index();
            int column = 4 * Ra2Search.jetClass(bin) + Ra2Search.bTagClass(bin);
            int row = rowOfBox.indexOf(Ra2Search.box(bin));
            double s = outcome.model().yield(bin).value();
            double b = yields.totalBackground();
            // A bin whose prediction is 0 (its control regions are empty: bin 120 and others) has no
            // S/sqrt(B) and is left blank, like a bin without signal.
            double expected = b > 0 && s > 0 ? s / Math.sqrt(b) : Double.NaN;
            assertEquals(expected, map.z(column, row), Double.isNaN(expected) ? 0 : 1e-12 * expected, "bin " + bin);
        }
    }

    @ParameterizedTest
    @EnumSource(Ra2SyntheticSignal.class)
    void pValueFiguresShadedTailIsTheObservedPValue(Ra2SyntheticSignal shape) {
        Ra2Runs.Drawn drawn = Ra2Runs.drawn(shape, "p-value");
        CountingTest test = drawn.outcome().test();
        Band tail = drawn.main().layers(Band.class).get(0);
        double p = test.observedPValue().p();
        // the tail is cut where less than 1e-6 p is left; the tails are accurate to 1e-6 relative
        assertEquals(p, tail.area(), 1e-5 * p);
        assertEquals(test.observed(), tail.edges().get(0));
        // the drawn distribution holds nearly all the probability, one unit-wide bar per count
        StackedHistogram distribution = drawn.main().layers(StackedHistogram.class).get(0);
        double sum = distribution.components().get(0).values().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(1, sum, 1e-4);
        for (int i = 0; i + 1 < distribution.edges().size(); i++) {
            assertEquals(1, distribution.edges().get(i + 1) - distribution.edges().get(i), 1e-12);
        }
        // the observed count and S + B are marked
        List<Double> marks = drawn.main().layers(Layer.ReferenceLine.class).stream().map(Layer.ReferenceLine::value).toList();
        assertEquals(List.of((double) test.observed(), test.signal() + test.background()), marks);
    }
}
