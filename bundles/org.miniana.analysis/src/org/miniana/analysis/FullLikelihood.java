/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.analysis;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.miniana.core.LikelihoodResult;
import org.miniana.core.SignalModel;
import org.miniana.core.SignalVariation;
import org.miniana.core.SignalYield;
import org.miniana.core.model.StatisticalModel;
import org.miniana.likelihood.AsymptoticCalculator;
import org.miniana.likelihood.Fitter;
import org.miniana.likelihood.Inference;
import org.miniana.likelihood.Likelihood;
import org.miniana.likelihood.ToyCalculator;
import org.miniana.likelihood.UpperLimit;

/**
 * Tests a signal model with the full likelihood of a search: the model's yields become the signal
 * rates of the search bins (none in control regions: no signal contamination), its Monte Carlo
 * statistical errors replace the cards' per-bin signal statistical terms, and the cards' other
 * signal systematics (luminosity, trigger, jet energy, b tagging, ISR, ...) act as the cards say.
 * CLs with q~mu and discovery q0 (arXiv:1007.1727), from the asymptotic formulas or from
 * pseudo-experiments.
 */
public final class FullLikelihood {

    /** The methods recorded in results. */
    public static final String ASYMPTOTIC = "asymptotic";
    public static final String TOYS = "toys";
    /** Fewer toys cannot place the expected band's 2.3% quantiles. */
    public static final int MIN_TOYS = 50;
    private static final String SIGNAL_IN_SEARCH_BINS = "signal in the search bins only (no contamination of control"
            + " regions); the model's MC statistical errors per bin";
    private static final String OTHER_SIGNAL_SYSTEMATICS = "; the datacards' other signal systematics";

    /** What the tests assume about the signal of models in general (a scan's), for outputs to say. */
    public static final String SIGNAL_TREATMENT = SIGNAL_IN_SEARCH_BINS + "; its own systematic variations per bin,"
            + " where it has any, in place of the datacards' signal terms of the same names" + OTHER_SIGNAL_SYSTEMATICS;

    /** What the tests assume about one model's signal, for outputs to say. */
    public static String signalTreatment(SignalModel model) {
        return SIGNAL_IN_SEARCH_BINS + (model.variations().isEmpty() ? ""
                : "; its own " + model.variations().stream().map(SignalVariation::name)
                        .collect(Collectors.joining(", ")) + " per bin in place of the datacards'")
                + OTHER_SIGNAL_SYSTEMATICS;
    }

    private FullLikelihood() {
    }

    /**
     * @throws IllegalArgumentException when the model has no signal in any search bin or does not
     *         fit the search's bins
     * @throws org.miniana.likelihood.FitFailedException when a fit does not converge
     */
    public static LikelihoodResult infer(StatisticalModel search, SignalModel model) {
        return infer(search, model, 0, 0);
    }

    /**
     * @param toys pseudo-experiments per signal strength, 0 for the asymptotic formulas
     * @param seed the toys' seed
     * @throws IllegalArgumentException when the model has no signal in any search bin or does not
     *         fit the search's bins
     * @throws org.miniana.likelihood.FitFailedException when a fit does not converge
     */
    public static LikelihoodResult infer(StatisticalModel search, SignalModel model, int toys, long seed) {
        return inferWithSignal(model(search, model), model, toys, seed);
    }

    /**
     * {@link #infer} of the search's model with the signal of {@code model} already in it, as
     * {@link #model} makes it: for callers that use that model for something else too.
     *
     * @throws IllegalArgumentException when the model has no signal in any search bin
     * @throws org.miniana.likelihood.FitFailedException when a fit does not converge
     */
    public static LikelihoodResult inferWithSignal(StatisticalModel withSignal, SignalModel model, int toys,
            long seed) {
        if (!(model.totalYield() > 0)) {
            throw new IllegalArgumentException("The model " + model.name() + " has no signal in any search bin");
        }
        Likelihood likelihood = Likelihood.of(withSignal);
        Fitter fitter = new Fitter(likelihood);
        Inference inference = toys > 0 ? new ToyCalculator(fitter, seed, toys).infer(likelihood.observed())
                : new AsymptoticCalculator(fitter).infer(likelihood.observed());
        UpperLimit limit = inference.limit();
        return new LikelihoodResult(toys > 0 ? TOYS : ASYMPTOTIC, inference.bestFitStrength(), limit.observed(),
                limit.expectedMinus2(), limit.expectedMinus1(), limit.expectedMedian(), limit.expectedPlus1(),
                limit.expectedPlus2(), inference.discovery().observedZ(), inference.discovery().expectedZ());
    }

    /**
     * The search's model with the signal of {@code model} as {@link #infer} tests it: its yields as
     * the search bins' signal rates, none in control regions, its MC statistical errors in
     * place of the cards' per-bin signal terms, and its systematic variations (when it has any) in
     * place of the cards' signal terms of the same names. What exports write, so that other tools see the
     * likelihood this class evaluates.
     *
     * @throws IllegalArgumentException when the model does not fit the search's bins
     */
    public static StatisticalModel model(StatisticalModel search, SignalModel model) {
        List<SignalYield> yields = model.yields();
        int bins = search.searchBins().size();
        if (yields.size() != bins) {
            throw new IllegalArgumentException("The model " + model.name() + " has yields for " + yields.size()
                    + " bins; the search's full likelihood has " + bins + " search bins");
        }
        double[] signal = new double[bins];
        double[] relativeError = new double[bins];
        for (int bin = 0; bin < bins; bin++) {
            SignalYield yield = yields.get(bin);
            signal[bin] = yield.value();
            relativeError[bin] = yield.value() > 0 ? yield.mcStatError() / yield.value() : 0;
        }
        return search.withSignal(signal, Map.of()).withSignalStatistics(relativeError)
                .withSignalVariations(signal, model.variations());
    }
}
