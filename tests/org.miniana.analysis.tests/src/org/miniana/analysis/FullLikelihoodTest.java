/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.miniana.core.LikelihoodResult;
import org.miniana.core.SignalModel;
import org.miniana.core.SignalYield;
import org.miniana.core.model.StatisticalModel;
import org.miniana.data.datacard.Ra2DatacardImporter;
import org.miniana.optimize.bench.Ra2SyntheticSignal;
import org.miniana.stats.Limits;

/** The full RA2 likelihood beside the designed merged bin, and the merged bin's signal uncertainty taken from it. */
class FullLikelihoodTest {

    private static Ra2DatacardImporter.CardSearch ra2;

    @BeforeAll
    static void readCards() throws Exception {
        var bundled = Ra2DatacardImporter.bundled();
        ra2 = Ra2DatacardImporter.readSearch(bundled, bundled, bundled, warning -> {
        });
    }

    private static SignalModel scaled(SignalModel model, double factor, double relativeError) {
        List<SignalYield> yields = model.yields().stream()
                .map(yield -> new SignalYield(yield.value() * factor, yield.value() * factor * relativeError)).toList();
        return new SignalModel(model.name(), model.family(), model.parameters(), model.crossSectionPb(),
                model.provenance(), yields);
    }

    @ParameterizedTest
    @EnumSource(Ra2SyntheticSignal.class)
    void theFullLikelihoodIsAtLeastAsSensitiveAsTheMergedBin(Ra2SyntheticSignal shape) {
        AnalysisOutcome outcome = SingleBinAnalysis.fromPlatform().run(ra2.result(), ra2.model(), shape.model(),
                AnalysisOptions.DEFAULTS);
        LikelihoodResult full = outcome.full().orElseThrow();
        assertTrue(full.expectedMinus2() < full.expectedMinus1() && full.expectedMinus1() < full.expectedMedian()
                && full.expectedMedian() < full.expectedPlus1() && full.expectedPlus1() < full.expectedPlus2(),
                full.toString());
        assertTrue(full.bestFitStrength() >= 0 && full.observedLimit() > full.bestFitStrength(), full.toString());
        double kept = outcome.sensitivityKept().orElseThrow();
        assertEquals(full.expectedMedian() / outcome.test().expectedSignalStrengthLimits().median(), kept, 1e-12);
        // All bins and the control regions carry at least the merged bin's information; the
        // uncertainties are treated differently (profiled, not integrated), hence the 5% margin.
        assertTrue(kept > 0 && kept < 1.05, shape + " keeps " + kept);
        assertEquals(full, outcome.toRun("").full().orElseThrow(), "the run record keeps the result");
    }

    /** mu times the signal is what the likelihood sees: twice the signal halves every limit. */
    @Test
    void limitsScaleInverselyWithTheSignal() {
        SignalModel model = scaled(Ra2SyntheticSignal.HIGH_MULTIPLICITY.model(), 1, 0.05);
        LikelihoodResult once = FullLikelihood.infer(ra2.model(), model);
        LikelihoodResult twice = FullLikelihood.infer(ra2.model(), scaled(model, 2, 0.05));
        assertEquals(once.expectedMedian() / 2, twice.expectedMedian(), 1e-3 * once.expectedMedian());
        assertEquals(once.observedLimit() / 2, twice.observedLimit(), 1e-3 * once.observedLimit());
        assertEquals(once.expectedPlus2() / 2, twice.expectedPlus2(), 1e-3 * once.expectedPlus2());
    }

    /** The model's own statistical errors enter: larger errors, weaker expected limit. */
    @Test
    void theModelsStatisticalErrorsEnterTheLimit() {
        SignalModel model = Ra2SyntheticSignal.HIGH_MULTIPLICITY.model();
        double precise = FullLikelihood.infer(ra2.model(), scaled(model, 1, 0)).expectedMedian();
        double coarse = FullLikelihood.infer(ra2.model(), scaled(model, 1, 0.5)).expectedMedian();
        assertTrue(coarse > 1.02 * precise, "50% signal errors: " + coarse + " against " + precise);
    }

    /** Toys on request: the full likelihood's results say so, and keep the band's order. */
    @Test
    void toysOnRequest() {
        AnalysisOptions options = AnalysisOptions.DEFAULTS.withFullLikelihoodToys(FullLikelihood.MIN_TOYS);
        assertEquals(FullLikelihood.TOYS, options.fullLikelihoodMethod());
        AnalysisOutcome outcome = SingleBinAnalysis.fromPlatform().run(ra2.result(), ra2.model(),
                Ra2SyntheticSignal.HIGH_MULTIPLICITY.model(), options);
        LikelihoodResult toys = outcome.full().orElseThrow();
        LikelihoodResult asymptotic = FullLikelihood.infer(ra2.model(), Ra2SyntheticSignal.HIGH_MULTIPLICITY.model());
        assertEquals(FullLikelihood.TOYS, toys.method());
        assertEquals(FullLikelihood.ASYMPTOTIC, asymptotic.method());
        assertTrue(toys.expectedMinus2() <= toys.expectedMinus1() && toys.expectedMinus1() <= toys.expectedMedian()
                && toys.expectedMedian() <= toys.expectedPlus1() && toys.expectedPlus1() <= toys.expectedPlus2(),
                toys.toString());
        // the grid spans half the smallest to twice the largest asymptotic limit; toys land inside
        assertTrue(toys.observedLimit() > Math.min(asymptotic.observedLimit(), asymptotic.expectedMinus2()) / 2
                && toys.observedLimit() < 2 * Math.max(asymptotic.observedLimit(), asymptotic.expectedPlus2()),
                toys + " against " + asymptotic);
        var error = assertThrows(IllegalArgumentException.class, () -> options.withFullLikelihoodToys(10));
        assertTrue(error.getMessage().contains("at least 50 toys"), error.getMessage());
    }

    @Test
    void oneBinStatisticsLeavesTheFullLikelihoodOut() {
        AnalysisOutcome outcome = SingleBinAnalysis.fromPlatform().run(ra2.result(), ra2.model(),
                Ra2SyntheticSignal.HIGH_MULTIPLICITY.model(), AnalysisOptions.DEFAULTS.withStatistics(Statistics.ONE_BIN));
        assertTrue(outcome.full().isEmpty());
        assertTrue(outcome.sensitivityKept().isEmpty());
    }

    @Test
    void onlyTheFullLikelihoodOfASearchWithoutOneIsRefused() {
        var error = assertThrows(IllegalArgumentException.class, () -> SingleBinAnalysis.fromPlatform().run(
                ra2.result(), null, Ra2SyntheticSignal.HIGH_MULTIPLICITY.model(),
                AnalysisOptions.DEFAULTS.withStatistics(Statistics.FULL)));
        assertTrue(error.getMessage().contains("--statistics one-bin"), error.getMessage());
    }

    @Test
    void statisticsIdsAreRead() {
        assertEquals(Statistics.BOTH, Statistics.byId("both"));
        var error = assertThrows(IllegalArgumentException.class, () -> Statistics.byId("all"));
        assertTrue(error.getMessage().contains("one-bin, full, both"), error.getMessage());
    }

    /** The same error either way when the statistical model has only the MC statistical terms. */
    @Test
    void theMcStatisticsAloneAgreeWithTheLikelihoodsTreatmentOfThem() {
        SignalModel model = scaled(Ra2SyntheticSignal.LOW_MHT.model(), 1, 0.2);
        List<Integer> bins = List.of(3, 17, 40, 41, 100);
        StatisticalModel cards = new StatisticalModel(List.of(), ra2.model().channels().stream()
                .map(channel -> channel.withSamples(channel.samples().stream()
                        .map(sample -> sample.withModifiers(List.of())).toList())).toList());
        SignalUncertainty fromModel = SignalUncertainty.of(FullLikelihood.model(cards, model), bins);
        SignalUncertainty alone = SignalUncertainty.mcStatistics(model, bins);
        assertEquals(alone.up(), fromModel.up(), 1e-14);
        assertEquals(alone.down(), fromModel.down(), 1e-14);
    }

    /**
     * The merged bin takes its signal uncertainty from the model the full likelihood tests, also
     * when only the merged bin is tested, and its limits on the nominal signal are weaker for it.
     */
    @Test
    void theAnalysisTakesTheFullLikelihoodsSignalNuisances() {
        SignalModel model = scaled(Ra2SyntheticSignal.HIGH_MULTIPLICITY.model(), 1, 0.1);
        AnalysisOutcome outcome = SingleBinAnalysis.fromPlatform().run(ra2.result(), ra2.model(), model,
                AnalysisOptions.DEFAULTS.withStatistics(Statistics.ONE_BIN));
        assertFalse(outcome.full().isPresent());
        CountingTest test = outcome.test();
        SignalUncertainty expected = SignalUncertainty.of(FullLikelihood.model(ra2.model(), model), outcome.bins());
        assertEquals(expected, test.signalUncertainty());
        // at least the cards' lumi, isolated-track and jet-ID terms, which every search bin's signal carries
        double floor = Math.sqrt(0.027 * 0.027 + 0.02 * 0.02 + 0.01 * 0.01);
        assertTrue(test.signalUncertainty().up() > floor, test.signalUncertainty().toString());
        assertTrue(test.signalUncertainty().up() < 0.5, test.signalUncertainty().toString());

        double b = test.background();
        int n = (int) test.observed();
        var certain = Limits.cls95(b, test.backgroundUp(), test.backgroundDown(), n);
        assertEquals(Limits.cls95(b, test.backgroundUp(), test.backgroundDown(), n, expected.up(), expected.down()),
                test.limit());
        assertTrue(test.limit().signal() > certain.signal(), test.limit() + " against " + certain);
        assertEquals(certain.clb(), test.limit().clb(), 0, "CL_b does not depend on the signal");
        assertTrue(test.expectedLimits().median() > Limits.expectedMedian(b, test.backgroundUp(),
                test.backgroundDown()));
        assertEquals(test.limit().signal(), outcome.toRun("").signalLimit(), "the run keeps the merged bin's limit");

        // without the statistical model: the model's MC statistics alone
        CountingTest alone = SingleBinAnalysis.fromPlatform().run(ra2.result(), model,
                AnalysisOptions.DEFAULTS.withStatistics(Statistics.ONE_BIN)).test();
        assertEquals(SignalUncertainty.mcStatistics(model, outcome.bins()), alone.signalUncertainty());
        assertEquals(test.expected(), alone.expected(), "the p-values do not depend on the signal's uncertainty");
        assertEquals(test.observedPValue(), alone.observedPValue());
    }
}
