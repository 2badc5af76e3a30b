/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.miniana.analysis.AnalysisOptions;
import org.miniana.analysis.AnalysisOutcome;
import org.miniana.analysis.CountingTest;
import org.miniana.analysis.FullLikelihood;
import org.miniana.analysis.ModelSource;
import org.miniana.analysis.SignalUncertainty;
import org.miniana.analysis.SingleBinAnalysis;
import org.miniana.analysis.Statistics;
import org.miniana.core.BackgroundProcess;
import org.miniana.core.Estimate;
import org.miniana.core.LikelihoodResult;
import org.miniana.core.SearchResult;
import org.miniana.core.SignalModel;
import org.miniana.core.model.StatisticalModel;
import org.miniana.data.ResultsDatabase;
import org.miniana.report.ReportResult;
import org.miniana.report.ReportSubject;
import org.miniana.signal.FastSimulation;
import org.miniana.signal.SignalModelProviders;
import org.miniana.stats.ExpectedLimits;
import org.miniana.stats.Significance;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code miniana analyze MODEL}: designs the most sensitive single-bin analysis for a model, tests it, reports it. */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Designs the most sensitive single-bin analysis of a search for a signal model and tests it.",
                "An optimizer merges the bins that give the largest expected significance, blind: it never sees"
                        + " the observed counts. The merged bin is then tested: expected and observed p-values and"
                        + " significances with the background uncertainty, and 95%% CL CLs upper limits on the signal."
                        + " The run is stored in the database and written up as a report.",
                "",
                "MODEL is one of:",
                "  T1tttt:1500:100[:events=N][:seed=S][:xsec=PB]  the built-in fast simulation (T1tttt, T1bbbb,"
                        + " T1qqqq); simulated once, then taken from the database",
                "  NAME                                           a stored model ('miniana models list')",
                "  FILE.json[#NAME], FILE.csv, FOLDER             a signal-model file or filled datacards"
                        + " (stored on first use)" },
        footerHeading = "%nExamples:%n",
        footer = { "  miniana analyze T1tttt:1500:100", "  miniana analyze T1qqqq 1500 700", "  miniana analyze T1qqqq:1500:700 --optimizer greedy-q --output out",
                "  miniana analyze my-model.csv --p-value toys --json",
                "", "Exit codes: 0 done, 1 the analysis failed (e.g. the model has no sensitivity), 2 usage error." })
final class AnalyzeCommand implements Callable<Integer> {

    @ParentCommand
    MinianaCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..3", paramLabel = "MODEL",
            description = "The signal model (see above); 'FAMILY M_GLUINO M_LSP' as three words, as the original"
                    + " tool took it, is read as FAMILY:M_GLUINO:M_LSP.")
    List<String> model;

    @Mixin
    AnalysisOptionsMixin options;

    @Mixin
    ReportOptionsMixin reports;

    @Override
    public Integer call() throws Exception {
        reports.validate(spec);
        AnalysisOptions analysisOptions = options.toOptions(); // a usage error before any work
        String reference = reference();
        try (ResultsDatabase database = root.openDatabase()) {
            SearchResult search = database.searchResults().get(options.analysisName);
            SignalModel signal = new ModelSource(database.signalModels(), options.analysisName,
                    SignalModelProviders.fromPlatform()).resolve(reference, new NullProgressMonitor());
            FastSimulation.olderVersionNote(signal, options.analysisName).ifPresent(note -> root.messages().println("Note: " + note));
            // also for the merged bin alone: its signal uncertainty comes from the model's signal nuisances
            StatisticalModel fullModel = database.statisticalModels().find(search.analysis().name()).orElse(null);
            if (analysisOptions.statistics() == Statistics.BOTH && fullModel == null) {
                root.messages().println("Note: " + search.analysis().name() + " was imported without datacards, so it"
                        + " has no full likelihood; only the merged bin is tested.");
            }
            AnalysisOutcome outcome = SingleBinAnalysis.fromPlatform().run(search, fullModel, signal, analysisOptions);
            PrintWriter out = spec.commandLine().getOut();
            if (reports.noReport) {
                database.runs().store(outcome.toRun(""));
                print(outcome, out);
                return 0;
            }
            ReportResult written = reports.write(ReportSubject.of(outcome), database.description(), root.messages());
            database.runs().store(outcome.toRun(written.folder().toString()));
            if (reports.json) {
                reports.printJson(written, out);
            } else {
                print(outcome, out);
                out.printf("Report         %s: %s%n", written.folder(), written.files().stream()
                        .map(file -> written.folder().relativize(file).toString()).filter(file -> !file.contains("/"))
                        .sorted().collect(Collectors.joining(", ")));
            }
            out.flush();
        }
        return 0;
    }

    private String reference() {
        if (model.size() == 2) {
            throw new ParameterException(spec.commandLine(),
                    "MODEL is one word, or three: FAMILY M_GLUINO M_LSP (e.g. T1qqqq 1500 700); got " + model);
        }
        String reference = String.join(":", model);
        return MinianaCommand.checkUsage(spec, () -> {
            SignalModelProviders.fromPlatform().check(reference);
            return reference;
        });
    }

    private static void print(AnalysisOutcome outcome, PrintWriter out) {
        SignalModel model = outcome.model();
        String parameters = model.parameters().entrySet().stream()
                .map(entry -> entry.getKey() + " = " + number(entry.getValue())).collect(Collectors.joining(", "));
        out.printf("Model          %s (%s%s; sigma = %.4g pb)%n", model.name(), model.family(),
                parameters.isEmpty() ? "" : ", " + parameters, model.crossSectionPb());
        if (outcome.options().statistics().oneBin()) {
            printMergedBin(outcome, out);
        }
        outcome.full().ifPresent(full -> printFull(outcome, full, out));
        out.flush();
    }

    private static void printMergedBin(AnalysisOutcome outcome, PrintWriter out) {
        CountingTest test = outcome.test();
        out.printf("Design         %s maximising %s, %s background errors (blind)%n", outcome.options().optimizer(),
                outcome.options().figureOfMerit().id(), outcome.options().errors().id());
        out.printf("Chosen bins    %d: %s%n", outcome.bins().size(),
                outcome.bins().stream().map(String::valueOf).collect(Collectors.joining(" ")));
        if (!outcome.selection().isEmpty()) {
            out.printf("Selection      %s%n", outcome.selection());
        }
        out.printf("S              %.3f events%n", test.signal());
        SignalUncertainty uncertainty = test.signalUncertainty();
        out.printf("S uncertainty  +%.1f%% -%.1f%% from %s (in the limits only)%n", 100 * uncertainty.up(),
                100 * uncertainty.down(), uncertainty.source().label());
        out.printf("B              %.3f +%.3f -%.3f events%n", test.background(), test.backgroundUp(),
                test.backgroundDown());
        for (int p = 0; p < outcome.search().processes().size(); p++) {
            BackgroundProcess process = outcome.search().processes().get(p);
            Estimate estimate = outcome.backgrounds().get(p);
            out.printf("  %-12s %.3f +%.3f -%.3f%n", process.label(), estimate.value(), estimate.totalUp(),
                    estimate.totalDown());
        }
        out.printf("N_obs          %d%n", test.observed());
        out.printf("Expected       p %s   Z = %.3f   (S+B over B, %s)%n", pValue(test.expected().p()),
                test.expected().z(), test.method().label());
        out.printf("Observed       p %s   Z = %.3f%n", pValue(test.observedPValue().p()), test.observedPValue().z());
        ExpectedLimits expected = test.expectedSignalStrengthLimits();
        out.printf("95%% CL limit   mu < %s observed, < %s expected (68%%: %s-%s); %.2f signal events observed%n",
                decimals(test.signalStrengthLimit()), decimals(expected.median()), decimals(expected.minus1()),
                decimals(expected.plus1()), test.limit().signal());
    }

    private static void printFull(AnalysisOutcome outcome, LikelihoodResult full, PrintWriter out) {
        double sigma = outcome.model().crossSectionPb();
        out.printf("Full likelihood all %d search bins and their control regions, nuisances profiled; %s CLs (q~mu)%n",
                outcome.search().bins().size(), full.method());
        out.printf("  mu_hat       %s%n", decimals(full.bestFitStrength()));
        int toys = outcome.options().fullLikelihoodToys();
        out.printf("  Significance Z = %s observed, %s expected (mu = 1)%n",
                significance(full.observedSignificance(), toys), significance(full.expectedSignificance(), toys));
        out.printf("  95%% CL limit mu < %s observed, < %s expected (68%%: %s-%s, 95%%: %s-%s)%n",
                decimals(full.observedLimit()), decimals(full.expectedMedian()), decimals(full.expectedMinus1()),
                decimals(full.expectedPlus1()), decimals(full.expectedMinus2()), decimals(full.expectedPlus2()));
        out.printf("  cross section < %.4g pb observed, < %.4g pb expected%n", full.observedLimit() * sigma,
                full.expectedMedian() * sigma);
        out.printf("  Signal       %s%n", FullLikelihood.signalTreatment(outcome.model()));
        outcome.sensitivityKept().ifPresent(kept -> out.printf("Merged bin     keeps %.0f%% of the full"
                + " likelihood's expected sensitivity (median expected cross-section limits %.4g pb full, %.4g pb one"
                + " bin)%n", 100 * kept, full.expectedMedian() * sigma,
                outcome.test().expectedSignalStrengthLimits().median() * sigma));
    }

    /** Toys give an infinite Z when none of them reaches the test statistic: then Z is above 1/N's. */
    private static String significance(double z, int toys) {
        return Double.isInfinite(z) && toys > 0
                ? String.format(Locale.ROOT, "> %.3f (no toy reached it)", Significance.fromPValue(1.0 / toys))
                : String.format(Locale.ROOT, "%.3f", z);
    }

    /**
     * Three decimals, or three significant digits where three decimals would read 0.000 (a signal
     * of 10^9 events excludes mu down to 10^-9).
     */
    static String decimals(double value) {
        return value != 0 && Math.abs(value) < 5e-4 ? String.format(Locale.ROOT, "%.3g", value)
                : String.format(Locale.ROOT, "%.3f", value);
    }

    /** "= 0.01234", or "< 1e-308" for a p-value below double precision (beyond 38 sigma). */
    static String pValue(double p) {
        return p == 0 ? "< 1e-308" : String.format(Locale.ROOT, "= %.4g", p);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
