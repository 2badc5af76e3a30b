/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless;

import java.util.Arrays;

import org.miniana.analysis.AnalysisOptions;
import org.miniana.analysis.FullLikelihood;
import org.miniana.analysis.PValueMethod;
import org.miniana.analysis.Statistics;
import org.miniana.optimize.ErrorCombination;
import org.miniana.optimize.StandardFigureOfMerit;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options of {@code analyze} and {@code scan} that say what is analysed and how it is designed and tested. */
final class AnalysisOptionsMixin {

    @Option(names = "--analysis", paramLabel = "NAME", defaultValue = SearchMixin.DEFAULT_SEARCH,
            description = "The stored search to analyse (default: ${DEFAULT-VALUE}).")
    String analysisName;

    @Option(names = "--optimizer", paramLabel = "ID", defaultValue = AnalysisOptions.DEFAULT_OPTIMIZER,
            converter = Choices.Optimizer.class, completionCandidates = Choices.Optimizer.class,
            description = "Optimizer that chooses the bins ('miniana optimizers' lists them; default: ${DEFAULT-VALUE}).")
    String optimizer;

    @Option(names = "--design", paramLabel = "GOAL", converter = Choices.DesignChoice.class,
            completionCandidates = Choices.DesignChoice.class,
            description = "What the bins are chosen for: discovery (the largest expected significance, with the"
                    + " figure of merit of --figure-of-merit) or exclusion (the smallest median expected 95%% CL CLs"
                    + " limit on mu, i.e. --figure-of-merit exclusion) (default: discovery).")
    Design design;

    @Option(names = "--figure-of-merit", paramLabel = "ID",
            converter = Choices.FigureOfMerit.class, completionCandidates = Choices.FigureOfMerit.class,
            description = "What the optimizer maximises: hybrid (significance of the hybrid p-value of S+B, the"
                    + " original tool's), asimov (Z_A), binomial (Z_Bi) or exclusion (1/mu_exp, the inverse median"
                    + " expected CLs limit on mu) (default: hybrid, or exclusion with --design exclusion).")
    StandardFigureOfMerit figureOfMerit;

    @Option(names = "--errors", paramLabel = "MODE", defaultValue = "uncorrelated",
            converter = Choices.Errors.class, completionCandidates = Choices.Errors.class,
            description = "How background errors combine when bins are merged: uncorrelated (all in quadrature),"
                    + " correlated-syst (systematics linear over bins) or original (the original tool's: lost-lepton"
                    + " and hadronic-tau statistical errors linear, the rest in quadrature)"
                    + " (default: ${DEFAULT-VALUE}).")
    ErrorCombination errors;

    @Option(names = "--p-value", paramLabel = "METHOD", defaultValue = "hybrid",
            converter = Choices.PValue.class, completionCandidates = Choices.PValue.class,
            description = "How p-values are computed: hybrid (exact integration over the background uncertainty),"
                    + " toys (the original tool's pseudo-experiments) or binomial (Z_Bi) (default: ${DEFAULT-VALUE}).")
    PValueMethod pValueMethod;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1",
            description = "Seed of the toys and of simulations (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--statistics", paramLabel = "WHICH", defaultValue = "both",
            converter = Choices.StatisticsChoice.class, completionCandidates = Choices.StatisticsChoice.class,
            description = "Which tests to make: one-bin (the designed merged bin), full (the search's full likelihood:"
                    + " every bin and control region, nuisances profiled) or both, with how much of the full"
                    + " likelihood's expected sensitivity the merged bin keeps (default: ${DEFAULT-VALUE}; a search"
                    + " imported without datacards has only the merged bin).")
    Statistics statistics;

    @Option(names = "--full-toys", paramLabel = "N", defaultValue = "0",
            description = "Pseudo-experiments per signal strength for the full likelihood's CLs limits (on a grid of"
                    + " 16 signal strengths around the asymptotic limits) and discovery significances, at least "
                    + FullLikelihood.MIN_TOYS + "; 0 uses the asymptotic formulas (default: ${DEFAULT-VALUE})."
                    + " For small counts; slow: about a second per toy on RA2 with 2 cores.")
    void fullLikelihoodToys(int toys) {
        if (toys != 0 && toys < FullLikelihood.MIN_TOYS) {
            throw new ParameterException(spec.commandLine(), "--full-toys needs at least " + FullLikelihood.MIN_TOYS
                    + " toys, or 0 for the asymptotic formulas, not " + toys);
        }
        fullLikelihoodToys = toys;
    }

    private int fullLikelihoodToys;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    AnalysisOptions toOptions() {
        return new AnalysisOptions(optimizer, figureOfMerit(), errors, pValueMethod, seed, statistics,
                fullLikelihoodToys);
    }

    /** The figure of merit that --figure-of-merit names, or --design implies; the two must agree. */
    private StandardFigureOfMerit figureOfMerit() {
        Design goal = design == null ? Design.DISCOVERY : design;
        if (figureOfMerit == null) {
            return goal.defaultFigure;
        }
        if (design != null && figureOfMerit.isSignificance() != (goal == Design.DISCOVERY)) {
            throw new ParameterException(spec.commandLine(), "--design " + goal.id + " does not go with"
                    + " --figure-of-merit " + figureOfMerit.id() + "; give one of them");
        }
        return figureOfMerit;
    }

    /** The goal of the design, a friendly name for a kind of figure of merit. */
    enum Design {
        DISCOVERY("discovery", StandardFigureOfMerit.HYBRID),
        EXCLUSION("exclusion", StandardFigureOfMerit.EXCLUSION);

        final String id;
        final StandardFigureOfMerit defaultFigure;

        Design(String id, StandardFigureOfMerit defaultFigure) {
            this.id = id;
            this.defaultFigure = defaultFigure;
        }

        static Design byId(String id) {
            return Arrays.stream(values()).filter(design -> design.id.equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Unknown design '" + id + "'; known: "
                            + String.join(", ", Arrays.stream(values()).map(design -> design.id).toList())));
        }
    }
}
