/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.miniana.extensions.Contributions;
import org.miniana.optimize.bench.Ra2SyntheticSignal;
import org.miniana.testing.RecordingLog;

/**
 * The extension point with the built-ins and the example third-party plug-in
 * {@code org.miniana.optimize.example}, which contributes one working optimizer and four broken
 * contributions (a missing class, a failing constructor, no name, a taken id).
 */
class OptimizerRegistryTest {

    private static final List<String> BUILT_INS = List.of("greedy-q", "ranked-prefix", "rectangular-cuts",
            "local-search");
    private static final String EXAMPLE = "org.miniana.optimize.example";

    private RecordingLog log;
    private OptimizerRegistry registry;

    @BeforeEach
    void readRegistry() {
        log = new RecordingLog();
        registry = new OptimizerRegistry(Platform.getExtensionRegistry(), log);
    }

    @Test
    void listsBuiltInsFirstThenThePlugInsWellFormedContributions() {
        List<String> ids = registry.descriptors().stream().map(OptimizerDescriptor::id).toList();
        assertEquals(BUILT_INS, ids.subList(0, 4));
        assertEquals(List.of("best-single-bin", "broken-class", "broken-constructor"), ids.subList(4, ids.size()));
        OptimizerDescriptor example = registry.find("best-single-bin").orElseThrow();
        assertEquals("Best single bin", example.name());
        assertEquals("The one bin with the highest figure of merit.", example.description());
        assertEquals(EXAMPLE, example.contributor());
        registry.descriptors().subList(0, 4)
                .forEach(builtIn -> assertEquals("org.miniana.optimize", builtIn.contributor()));
        assertTrue(registry.find("no-name").isEmpty());
    }

    @Test
    void malformedContributionsAreLoggedWhenReadAndClassesAreNotLoadedUntilUsed() {
        // Only the two contributions that are wrong on paper are reported before anything runs.
        List<String> errors = log.errors();
        assertEquals(2, errors.size(), errors::toString);
        assertTrue(errors.get(0).contains(EXAMPLE) && errors.get(0).contains("'no-name'")
                && errors.get(0).contains("lacks an id, a name or a class"), errors.get(0));
        assertTrue(errors.get(1).contains("'greedy-q'") && errors.get(1).contains(EXAMPLE)
                && errors.get(1).contains("the id is taken"), errors.get(1));
    }

    @Test
    void brokenContributionsAreSkippedWithALoggedErrorAndTheOthersRun() throws Exception {
        OptimizationProblem problem = OptimizationProblem.of(TestProblems.ra2(),
                Ra2SyntheticSignal.HIGH_MULTIPLICITY.model(), ErrorCombination.UNCORRELATED);
        List<OptimizationResult> results = registry.runAll(problem, FigureOfMerit.defaultFigure());
        Map<String, OptimizationResult> byId = results.stream()
                .collect(Collectors.toMap(OptimizationResult::optimizer, result -> result));
        List<String> ran = new ArrayList<>(BUILT_INS);
        ran.add("best-single-bin");
        assertEquals(ran, results.stream().map(OptimizationResult::optimizer).toList());

        List<String> errors = log.errors().subList(2, log.errors().size());
        assertEquals(2, errors.size(), errors::toString);
        assertTrue(errors.get(0).startsWith("Optimizer 'broken-class' contributed by " + EXAMPLE + " is skipped"),
                errors.get(0));
        assertTrue(errors.get(1).startsWith("Optimizer 'broken-constructor' contributed by " + EXAMPLE
                + " is skipped"), errors.get(1));
        IStatus failure = log.logged().get(log.logged().size() - 1);
        assertTrue(failure.getException() != null, "the cause is logged with the error");

        // A failed contribution stays failed, without logging again.
        assertTrue(registry.optimizer("broken-class").isEmpty());
        assertTrue(registry.run("broken-constructor", problem, FigureOfMerit.defaultFigure()).isEmpty());
        assertEquals(4, log.errors().size());
        assertTrue(registry.find("broken-class").isPresent(), "still listed: only running it fails");

        // The plug-in's optimizer runs next to the built-ins, and is no better than local search.
        OptimizationResult single = byId.get("best-single-bin");
        assertEquals(1, single.bins().size());
        assertTrue(single.sensitive());
        assertTrue(byId.get("local-search").value() >= single.value());
    }

    @Test
    void availableListsOnlyWhatCanBeCreatedAndUnavailableSaysWhyForEveryOtherContribution() {
        List<String> available = registry.available().stream().map(OptimizerDescriptor::id).toList();
        List<String> expected = new ArrayList<>(BUILT_INS);
        expected.add("best-single-bin");
        assertEquals(expected, available);

        List<Contributions.Unavailable> unavailable = registry.unavailable();
        assertEquals(List.of("no-name", "greedy-q", "broken-class", "broken-constructor"),
                unavailable.stream().map(Contributions.Unavailable::id).toList());
        unavailable.forEach(item -> assertEquals(EXAMPLE, item.contributor()));
        assertEquals("it lacks an id, a name or a class (no name)", unavailable.get(0).reason());
        assertEquals("the id is taken already", unavailable.get(1).reason());
        assertEquals("its class org.miniana.optimize.example.DoesNotExist cannot be created: ClassNotFoundException: "
                + "org.miniana.optimize.example.DoesNotExist cannot be found by " + EXAMPLE, unavailable.get(2).reason()
                        .replaceFirst("_[0-9][^ ]*$", ""));
        assertEquals("its class org.miniana.optimize.example.FailingOptimizer cannot be created: "
                + "IllegalStateException: this example optimizer always fails to start", unavailable.get(3).reason());
        assertEquals(unavailable.get(2).reason(), registry.problem("broken-class").orElseThrow());
        assertTrue(registry.problem("local-search").isEmpty());
        // each broken class is logged once, however often its availability is asked for
        registry.unavailable();
        assertEquals(4, log.errors().size(), log.errors()::toString);
    }

    @Test
    void thePlatformRegistryListsTheSameContributions() {
        assertEquals(registry.descriptors().stream().map(OptimizerDescriptor::id).toList(),
                OptimizerRegistry.fromPlatform().descriptors().stream().map(OptimizerDescriptor::id).toList());
    }
}
