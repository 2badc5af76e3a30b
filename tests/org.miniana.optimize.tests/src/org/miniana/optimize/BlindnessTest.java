/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Member;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.miniana.core.BinYields;
import org.miniana.core.SearchResult;
import org.miniana.optimize.bench.Ra2SyntheticSignal;

/** The choice of bins cannot depend on what was observed. */
class BlindnessTest {

    /** The same result with every observed count replaced. */
    private static SearchResult withObservations(SearchResult result, long observed) {
        List<BinYields> bins = new ArrayList<>();
        for (BinYields yields : result.bins()) {
            bins.add(new BinYields(yields.bin(), observed + yields.bin().index() % 7, yields.backgrounds()));
        }
        return new SearchResult(result.analysis(), result.processes(), bins);
    }

    @Test
    void otherObservationsGiveTheSameProblemAndTheSameChoices() throws Exception {
        SearchResult published = TestProblems.ra2();
        SearchResult other = withObservations(published, 1000);
        assertNotEquals(published.totalObserved(), other.totalObserved());
        for (ErrorCombination errors : ErrorCombination.values()) {
            OptimizationProblem problem = OptimizationProblem.of(published, Ra2SyntheticSignal.LOW_MHT.model(), errors);
            OptimizationProblem blind = OptimizationProblem.of(other, Ra2SyntheticSignal.LOW_MHT.model(), errors);
            assertEquals(problem, blind);
            List<OptimizationResult> expected = runBuiltIns(problem);
            List<OptimizationResult> actual = runBuiltIns(blind);
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i).bins(), actual.get(i).bins());
                assertEquals(expected.get(i).value(), actual.get(i).value());
                assertEquals(expected.get(i).cuts(), actual.get(i).cuts());
            }
        }
    }

    private static List<OptimizationResult> runBuiltIns(OptimizationProblem problem) {
        OptimizerRegistry registry = OptimizerRegistry.fromPlatform();
        return registry.descriptors().subList(0, 4).stream().map(OptimizerDescriptor::id)
                .map(id -> registry.run(id, problem, FigureOfMerit.defaultFigure()).orElseThrow()).toList();
    }

    @Test
    void noTypeAnOptimizerSeesCanCarryAnObservedCount() {
        for (Class<?> type : List.of(OptimizationProblem.class, ProblemBin.class, MergedBin.class, Objective.class)) {
            Stream.of(Stream.of(type.getDeclaredFields()), Stream.of(type.getDeclaredMethods()),
                    Stream.of(type.getDeclaredConstructors())).flatMap(members -> members).map(Member::getName)
                    .forEach(name -> assertFalse(name.toLowerCase(Locale.ROOT).contains("observ"),
                            type.getSimpleName() + "." + name));
            Stream.of(type.getDeclaredConstructors()).flatMap(constructor -> Stream.of(constructor.getParameterTypes()))
                    .forEach(parameter -> assertNotEquals(BinYields.class, parameter, type.getSimpleName()));
        }
    }
}
