/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.miniana.core.AnalysisRun;
import org.miniana.core.BinYields;
import org.miniana.core.Estimate;
import org.miniana.core.SearchResult;
import org.miniana.core.SignalModel;
import org.miniana.core.SignalYield;
import org.miniana.data.datacard.Ra2DatacardImporter;
import org.miniana.optimize.ErrorCombination;
import org.miniana.optimize.StandardFigureOfMerit;
import org.miniana.optimize.bench.Ra2SyntheticSignal;
import org.miniana.stats.Limits;
import org.miniana.stats.PValue;

/** The single-bin analysis of the real RA2 result: its numbers recomputed bin by bin, and its blindness. */
class SingleBinAnalysisTest {

    private static SearchResult ra2;
    private static SingleBinAnalysis analysis;

    @BeforeAll
    static void readRa2() throws Exception {
        ra2 = Ra2DatacardImporter.read(Ra2DatacardImporter.bundled(), warning -> {
        });
        analysis = SingleBinAnalysis.fromPlatform();
    }

    @ParameterizedTest
    @EnumSource(Ra2SyntheticSignal.class)
    void mergedBinAndTestAgreeWithTheChosenBinsRecomputed(Ra2SyntheticSignal shape) {
        SignalModel model = shape.model();
        AnalysisOutcome outcome = analysis.run(ra2, model, AnalysisOptions.DEFAULTS);
        List<Integer> bins = outcome.bins();
        assertFalse(bins.isEmpty());

        double signal = 0;
        double background = 0;
        double up2 = 0;
        double down2 = 0;
        long observed = 0;
        for (int bin : bins) {
            BinYields yields = ra2.bins().get(bin);
            signal += model.yield(bin).value();
            observed += yields.observed();
            for (Estimate estimate : yields.backgrounds().values()) {
                background += estimate.value();
                up2 += estimate.totalUp() * estimate.totalUp();
                down2 += estimate.totalDown() * estimate.totalDown();
            }
        }
        CountingTest test = outcome.test();
        assertEquals(signal, test.signal(), 1e-12 * signal);
        assertEquals(background, test.background(), 1e-12 * background);
        assertEquals(Math.sqrt(up2), test.backgroundUp(), 1e-12 * background);
        assertEquals(Math.sqrt(down2), test.backgroundDown(), 1e-12 * background);
        assertEquals(observed, test.observed());

        // the per-process backgrounds make up the total, errors in quadrature over processes
        assertEquals(ra2.processes().size(), outcome.backgrounds().size());
        assertEquals(background, outcome.backgrounds().stream().mapToDouble(Estimate::value).sum(), 1e-12 * background);
        assertEquals(test.backgroundUp(),
                Math.sqrt(outcome.backgrounds().stream().mapToDouble(e -> e.totalUp() * e.totalUp()).sum()),
                1e-12 * background);

        PValue expected = PValue.hybrid(signal + background, background, Math.sqrt(up2), Math.sqrt(down2));
        PValue seen = PValue.hybrid(observed, background, Math.sqrt(up2), Math.sqrt(down2));
        // the errors were summed in another order: equal to rounding
        assertClose(expected, test.expected());
        assertClose(seen, test.observedPValue());
        // without a statistical model the signal's uncertainty is its MC statistical error, none for these shapes
        assertEquals(new SignalUncertainty(0, 0, SignalUncertainty.Source.MC_STATISTICS), test.signalUncertainty());
        assertEquals(Limits.cls95(background, Math.sqrt(up2), Math.sqrt(down2), (int) observed).signal(),
                test.limit().signal(), 1e-8 * test.limit().signal());
        assertEquals(test.limit().signal() / signal, test.signalStrengthLimit(), 1e-12);
        assertTrue(test.expected().z() > 2, "the synthetic shapes are made to be seen at 3-4.5 sigma");

        AnalysisRun run = outcome.toRun("out/paper.tex");
        assertEquals(model.name(), run.model());
        assertEquals(bins, run.bins());
        assertEquals(test.expected().z(), run.expectedSignificance());
        assertEquals(test.observedPValue().p(), run.observedPValue());
        assertEquals(test.expectedLimits().median(), run.expectedSignalLimit());
        assertEquals("out/paper.tex", run.reportLocation());
    }

    private static void assertClose(PValue expected, PValue actual) {
        assertEquals(expected.p(), actual.p(), 1e-10 * expected.p());
        assertEquals(expected.z(), actual.z(), 1e-9);
    }

    @Test
    void correlatedSystematicsAddLinearlyPerProcess() {
        SignalModel model = Ra2SyntheticSignal.HIGH_MULTIPLICITY.model();
        AnalysisOptions options = new AnalysisOptions("greedy-q", StandardFigureOfMerit.HYBRID,
                ErrorCombination.CORRELATED_SYSTEMATICS, PValueMethod.HYBRID, 1);
        AnalysisOutcome outcome = analysis.run(ra2, model, options);
        assertTrue(outcome.bins().size() > 1, "a merge of one bin tests nothing here");
        for (int p = 0; p < ra2.processes().size(); p++) {
            double systUp = 0;
            double statUp2 = 0;
            for (int bin : outcome.bins()) {
                Estimate estimate = ra2.bins().get(bin).background(ra2.processes().get(p));
                systUp += estimate.systUp();
                statUp2 += estimate.statUp() * estimate.statUp();
            }
            Estimate merged = outcome.backgrounds().get(p);
            assertEquals(systUp, merged.systUp(), 1e-12 * (1 + systUp));
            assertEquals(Math.sqrt(statUp2), merged.statUp(), 1e-12 * (1 + systUp));
        }
    }

    @Test
    void observedCountsDoNotSteerTheChoice() {
        SignalModel model = Ra2SyntheticSignal.LOW_MHT.model();
        AnalysisOutcome blind = analysis.run(ra2, model, AnalysisOptions.DEFAULTS);
        List<BinYields> doubled = new ArrayList<>();
        for (BinYields yields : ra2.bins()) {
            doubled.add(new BinYields(yields.bin(), 2 * yields.observed() + 3, yields.backgrounds()));
        }
        AnalysisOutcome other = analysis.run(new SearchResult(ra2.analysis(), ra2.processes(), doubled), model,
                AnalysisOptions.DEFAULTS);
        assertEquals(blind.bins(), other.bins());
        assertEquals(blind.test().expected(), other.test().expected());
        assertEquals(2 * blind.test().observed() + 3L * blind.bins().size(), other.test().observed());
        assertNotEquals(blind.test().observedPValue(), other.test().observedPValue());
    }

    @Test
    void aModelWithoutSignalHasNothingToTest() {
        SignalModel empty = new SignalModel("empty", "none", Map.of(), 0, "test",
                Collections.nCopies(ra2.bins().size(), new SignalYield(0, 0)));
        assertThrows(NoSensitivityException.class, () -> analysis.run(ra2, empty, AnalysisOptions.DEFAULTS));
    }

    @Test
    void unknownOptimizerIsNamedWithTheKnownOnes() {
        var e = assertThrows(IllegalArgumentException.class, () -> analysis.run(ra2,
                Ra2SyntheticSignal.FLAT.model(), AnalysisOptions.DEFAULTS.withOptimizer("no-such")));
        assertTrue(e.getMessage().contains("no-such") && e.getMessage().contains("greedy-q"), e.getMessage());
    }
}
