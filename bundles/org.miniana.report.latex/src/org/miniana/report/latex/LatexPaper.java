/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.report.latex;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.miniana.analysis.AnalysisOptions;
import org.miniana.analysis.AnalysisOutcome;
import org.miniana.analysis.CountingTest;
import org.miniana.analysis.FullLikelihood;
import org.miniana.analysis.ScanPoint;
import org.miniana.analysis.ScanResult;
import org.miniana.core.Analysis;
import org.miniana.core.AxisCut;
import org.miniana.core.BackgroundProcess;
import org.miniana.core.Estimate;
import org.miniana.core.Interval;
import org.miniana.core.SearchBin;
import org.miniana.core.SearchResult;
import org.miniana.core.SignalModel;
import org.miniana.report.RenderedFigure;
import org.miniana.report.ReportContext;
import org.miniana.report.StatisticsComparison;
import org.miniana.report.ReportNumbers;
import org.miniana.report.ReportProvenance;
import org.miniana.report.ReportSubject;
import org.miniana.stats.ExpectedLimits;

/**
 * The text of the paper skeleton: title, author from the settings, abstract with the key numbers,
 * introduction stub, the search, the signal model, the designed single-bin analysis (as cuts when
 * it has them, else as a table of bins), yields, p-values and significances, 95% CL upper limits,
 * the figures, a provenance appendix and the references cited. Only packages of Debian's
 * texlive-latex-base and texlive-latex-recommended and the Latin Modern fonts are used. Every
 * string that does not come from this class goes through {@link Latex#text(String)}.
 */
public final class LatexPaper {

    /** The macros of the preamble for the axes it knows; other axes are written as text. */
    private static final Map<String, String> AXIS_MACROS = Map.of("Njets", "\\Njets", "Nb", "\\Nb", "HT", "\\HT",
            "MHT", "\\MHT");
    /** Cuts in the math mode of the selection's equation. */
    private static final AxisCut.Notation MATH = new AxisCut.Notation("\\geq", "\\leq",
            unit -> unit.equals("GeV") ? "\\GeV" : "\\,\\text{" + Latex.text(unit) + "}");

    /** The references, in order of first citation. Keys are cited as they are used. */
    private static final Map<String, String> REFERENCES = Map.of(
            "cms-sus-16-014", "CMS Collaboration, \\emph{Search for supersymmetry in events with jets and missing"
                    + " transverse momentum in proton-proton collisions at 13~TeV}, CMS Physics Analysis Summary"
                    + " CMS-PAS-SUS-16-014, CERN, 2016.",
            "xsec", "C.~Borschensky et al., \\emph{Squark and gluino production cross sections in pp collisions at"
                    + " $\\sqrt{s}$ = 13, 14, 33 and 100~TeV}, Eur.\\ Phys.\\ J.\\ C \\textbf{74} (2014) 3174,"
                    + " arXiv:1407.5066; cross sections of the LHC SUSY Cross Section Working Group.",
            "cousins", "R.~D. Cousins, J.~T. Linnemann and J.~Tucker, \\emph{Evaluation of three methods for"
                    + " calculating statistical significance when incorporating a systematic uncertainty into a test"
                    + " of the background-only hypothesis for a Poisson process}, Nucl.\\ Instrum.\\ Meth.\\ A"
                    + " \\textbf{595} (2008) 480, arXiv:physics/0702156.",
            "cowan", "G.~Cowan, K.~Cranmer, E.~Gross and O.~Vitells, \\emph{Asymptotic formulae for likelihood-based"
                    + " tests of new physics}, Eur.\\ Phys.\\ J.\\ C \\textbf{71} (2011) 1554, arXiv:1007.1727.",
            "read", "A.~L. Read, \\emph{Presentation of search results: the $CL_s$ technique}, J.\\ Phys.\\ G"
                    + " \\textbf{28} (2002) 2693.",
            "garwood", "F.~Garwood, \\emph{Fiducial limits for the Poisson distribution}, Biometrika \\textbf{28}"
                    + " (1936) 437.",
            "combine", "CMS Collaboration, \\emph{The CMS statistical analysis and combination tool: Combine},"
                    + " Comput.\\ Softw.\\ Big Sci.\\ \\textbf{8} (2024) 19, arXiv:2404.06614.");

    private final ReportContext context;
    private final StringBuilder tex = new StringBuilder();
    /** Cited keys in order of first citation: the bibliography lists exactly these. */
    private final List<String> cited = new ArrayList<>();

    private LatexPaper(ReportContext context) {
        this.context = context;
    }

    /** The paper of a report context. */
    public static String of(ReportContext context) {
        LatexPaper paper = new LatexPaper(context);
        paper.write();
        return paper.tex.toString();
    }

    private void write() {
        preamble();
        line("\\begin{document}");
        line("\\maketitle");
        switch (context.subject()) {
            case ReportSubject.Run run -> analysis(run.outcome());
            case ReportSubject.Scan scan -> scan(scan.scan(), scan.search());
        }
        provenance();
        bibliography();
        line("\\end{document}");
    }

    private void preamble() {
        line("% Paper skeleton written by " + ReportProvenance.TOOL + " " + context.provenance().toolVersion());
        line("% on " + context.provenance().generated() + ". Compile with pdflatex (twice).");
        line("\\documentclass[11pt,a4paper]{article}");
        line("\\usepackage[T1]{fontenc}");
        line("\\usepackage[utf8]{inputenc}");
        line("\\usepackage{lmodern}");
        line("\\usepackage{textcomp}");
        line("\\usepackage{amsmath}");
        line("\\usepackage{graphicx}");
        line("\\usepackage{booktabs}");
        line("\\usepackage{longtable}");
        line("\\usepackage[margin=25mm]{geometry}");
        // copy and paste from the PDF gives the characters typeset (and tests can read them back)
        line("\\input{glyphtounicode}");
        line("\\pdfgentounicode=1");
        line("\\newcommand{\\Njets}{\\ensuremath{N_{\\text{jets}}}}");
        line("\\newcommand{\\Nb}{\\ensuremath{N_{\\text{b}}}}");
        line("\\newcommand{\\HT}{\\ensuremath{H_{\\text{T}}}}");
        line("\\newcommand{\\MHT}{\\ensuremath{H_{\\text{T}}^{\\text{miss}}}}");
        line("\\newcommand{\\Nobs}{\\ensuremath{N_{\\text{obs}}}}");
        line("\\newcommand{\\GeV}{\\,\\text{GeV}}");
        line("\\title{" + Latex.text(context.title()) + "}");
        String author = Latex.text(context.settings().author());
        if (!context.settings().affiliation().isEmpty()) {
            author += (author.isEmpty() ? "" : " \\\\ ") + "\\small " + Latex.text(context.settings().affiliation());
        }
        line("\\author{" + author + "}");
        line("\\date{" + DateTimeFormatter.ISO_LOCAL_DATE.format(context.provenance().generated().atZone(ZoneOffset.UTC))
                + "}");
    }

    // ---- a single analysis

    private void analysis(AnalysisOutcome outcome) {
        CountingTest test = outcome.test();
        SignalModel model = outcome.model();
        Analysis search = outcome.search().analysis();
        line("\\begin{abstract}");
        line("A search for the signal model " + Latex.code(model.name()) + " is designed as a single counting"
                + " experiment from the bins of the " + Latex.text(search.name()) + " search" + cite("cms-sus-16-014")
                + " with " + energyAndLuminosity(search) + ". The selection, chosen without looking at the data,"
                + " predicts $B = " + Latex.withErrors(test.background(), test.backgroundUp(), test.backgroundDown())
                + "$ background and $S = " + Latex.number(test.signal(), decimals(test)) + "$ signal events; $\\Nobs = "
                + test.observed() + "$ events are observed. The expected significance is $Z = "
                + Latex.significance(test.expected().z()) + "$, the observed $Z = "
                + Latex.significance(test.observedPValue().z()) + "$. The observed (expected) 95\\% CL upper limit on"
                + " the signal strength is $\\mu < " + Latex.number(test.signalStrengthLimit(), 3) + "$ ($"
                + Latex.number(test.expectedSignalStrengthLimits().median(), 3) + "$)."
                + StatisticsComparison.of(outcome).map(comparison -> " With the full likelihood of the search the"
                        + " observed (expected) limit is $\\mu < " + Latex.number(outcome.fullLikelihood().observedLimit(), 3)
                        + "$ ($" + Latex.number(outcome.fullLikelihood().expectedMedian(), 3) + "$). "
                        + Latex.text(comparison.sentence())).orElse(""));
        line("\\end{abstract}");
        introduction();
        searchSection(outcome.search());
        modelSection(model);
        design(outcome);
        results(outcome);
        method(true);
        conclusions();
    }

    private void introduction() {
        line("\\section{Introduction}\\label{sec:introduction}");
        line("% Motivate the model and the search here.");
        line("\\emph{This section is a stub: state the physics motivation, the model and what this note adds.}");
        line("The search is described in Section~\\ref{sec:search}; the statistical method in"
                + " Section~\\ref{sec:method}.");
    }

    private void searchSection(SearchResult result) {
        Analysis search = result.analysis();
        line("\\section{The search}\\label{sec:search}");
        StringBuilder processes = new StringBuilder();
        List<BackgroundProcess> list = result.processes();
        for (int i = 0; i < list.size(); i++) {
            processes.append(i == 0 ? "" : i == list.size() - 1 ? " and " : ", ").append(Latex.text(list.get(i).label()));
        }
        line("The " + Latex.text(search.name()) + " search" + cite("cms-sus-16-014") + " ("
                + Latex.text(search.description()) + ") uses " + energyAndLuminosity(search) + ". It publishes "
                + result.bins().size() + " exclusive search bins in the number of jets \\Njets, the number of"
                + " b-tagged jets \\Nb, \\HT{} and \\MHT, each with the observed count and the predicted"
                + " background of " + list.size() + " processes (" + processes + "), each with statistical and"
                + " systematic uncertainties. Over all bins " + result.totalObserved() + " events are observed and $"
                + Latex.number(result.totalBackground(), 1) + "$ are predicted.");
    }

    private void modelSection(SignalModel model) {
        line("\\section{Signal model}\\label{sec:model}");
        StringBuilder text = new StringBuilder("The signal model " + Latex.code(model.name()));
        if (!model.family().isEmpty()) {
            text.append(" of the family ").append(Latex.code(model.family()));
        }
        if (!model.parameters().isEmpty()) {
            List<String> parameters = new ArrayList<>();
            model.parameters().forEach((name, value) -> parameters.add(Latex.code(name) + " $= "
                    + Latex.number(value, value == Math.rint(value) ? 0 : 3) + "$"));
            text.append(" (").append(String.join(", ", parameters)).append(')');
        }
        text.append(" predicts $").append(Latex.number(model.totalYield(), 1)).append("$ signal events over all bins");
        if (model.crossSectionPb() > 0) {
            text.append(", for a production cross section of $").append(crossSection(model.crossSectionPb()))
                    .append("$~pb").append(cite("xsec"));
        }
        text.append('.');
        if (!model.provenance().isEmpty()) {
            text.append(" Its yields come from: ").append(Latex.text(model.provenance())).append('.');
        }
        line(text.toString());
    }

    private void design(AnalysisOutcome outcome) {
        line("\\section{The single-bin analysis}\\label{sec:design}");
        line("The optimizer " + Latex.code(outcome.options().optimizer()) + " chose the bins to merge into one"
                + " counting bin by maximising the figure of merit " + Latex.code(outcome.options().figureOfMerit().id())
                + " (" + Latex.text(outcome.options().figureOfMerit().label()) + ") on the expected signal and"
                + " predicted background only: the observed counts played no part in the choice. Background"
                + " uncertainties of merged bins are combined as " + Latex.code(outcome.options().errors().id()) + ".");
        Optional<List<AxisCut>> cuts = outcome.optimization().cuts();
        if (cuts.isPresent()) {
            line("The " + outcome.bins().size() + " chosen bins are exactly those selected by the cuts");
            line("\\begin{equation}\\label{eq:selection}");
            line("  " + cuts(cuts.get()));
            line("\\end{equation}");
            line("on top of the baseline selection of the search" + cite("cms-sus-16-014") + ".");
        } else {
            line("The chosen bins form no box of cuts; Table~\\ref{tab:bins} lists the " + outcome.bins().size()
                    + " bins.");
            binTable(outcome);
        }
    }

    private void binTable(AnalysisOutcome outcome) {
        line("\\begin{longtable}{rccccrrr}");
        line("\\caption{The merged search bins, with the expected signal $S$, the predicted background $B$ and"
                + " the observed count.}\\label{tab:bins}\\\\");
        line("\\toprule");
        line("bin & \\Njets & \\Nb & \\HT{} [GeV] & \\MHT{} [GeV] & $S$ & $B$ & \\Nobs \\\\");
        line("\\midrule\\endhead");
        for (int index : outcome.bins()) {
            SearchBin bin = outcome.search().bins().get(index).bin();
            line(index + " & " + count(bin.njets()) + " & " + count(bin.nb()) + " & " + energy(bin.ht()) + " & "
                    + energy(bin.mht()) + " & $" + Latex.number(outcome.model().yield(index).value(), 2) + "$ & $"
                    + Latex.number(outcome.search().bins().get(index).totalBackground(), 2) + "$ & "
                    + outcome.search().bins().get(index).observed() + " \\\\");
        }
        line("\\bottomrule");
        line("\\end{longtable}");
    }

    private void results(AnalysisOutcome outcome) {
        CountingTest test = outcome.test();
        line("\\section{Results}\\label{sec:results}");
        line("Table~\\ref{tab:yields} gives the yields of the merged bin, Table~\\ref{tab:significance} the"
                + " p-values and significances and Table~\\ref{tab:limits} the upper limits" + figureReferences() + ".");
        line("\\begin{table}[htbp]");
        line("\\centering");
        line("\\caption{Predicted background per process with its total uncertainty, expected signal and observed"
                + " count in the merged bin.}\\label{tab:yields}");
        line("\\begin{tabular}{lr}");
        line("\\toprule");
        line("& events \\\\");
        line("\\midrule");
        List<BackgroundProcess> processes = outcome.search().processes();
        for (int i = 0; i < processes.size(); i++) {
            Estimate estimate = outcome.backgrounds().get(i);
            line(Latex.text(processes.get(i).label()) + " & $" + Latex.withErrors(estimate.value(), estimate.totalUp(),
                    estimate.totalDown()) + "$ \\\\");
        }
        line("\\midrule");
        line("total background $B$ & $" + Latex.withErrors(test.background(), test.backgroundUp(),
                test.backgroundDown()) + "$ \\\\");
        line("signal $S$ & $" + Latex.number(test.signal(), decimals(test)) + "$ \\\\");
        line("observed \\Nobs & $" + test.observed() + "$ \\\\");
        line("\\bottomrule");
        line("\\end{tabular}");
        line("\\end{table}");

        line("\\begin{table}[htbp]");
        line("\\centering");
        line("\\caption{p-values of the background-only hypothesis (" + Latex.text(test.method().label())
                + ") and their significances, for the expected count $S+B$ and for the observed count.}"
                + "\\label{tab:significance}");
        line("\\begin{tabular}{lrr}");
        line("\\toprule");
        line("& $p$ & $Z$ \\\\");
        line("\\midrule");
        line("expected ($S+B$) & $" + Latex.pValue(test.expected().p()) + "$ & $"
                + Latex.significance(test.expected().z()) + "$ \\\\");
        line("observed ($\\Nobs = " + test.observed() + "$) & $" + Latex.pValue(test.observedPValue().p()) + "$ & $"
                + Latex.significance(test.observedPValue().z()) + "$ \\\\");
        line("\\bottomrule");
        line("\\end{tabular}");
        line("\\end{table}");

        line("\\begin{table}[htbp]");
        line("\\centering");
        line("\\caption{95\\% CL upper limits (CL$_s$" + cite("read") + ") on the signal yield and on the signal"
                + " strength $\\mu = s/S$: observed, and expected under the background-only hypothesis with the"
                + " edges of the 68\\% and 95\\% bands. $\\mathrm{CL_b} = " + Latex.number(test.limit().clb(), 3)
                + "$. The signal is taken as uncertain by $^{+" + Latex.number(100 * test.signalUncertainty().up(), 1)
                + "}_{-" + Latex.number(100 * test.signalUncertainty().down(), 1) + "}\\%$ ("
                + Latex.text(test.signalUncertainty().source().label()) + "), a log-normal factor of its own.}"
                + "\\label{tab:limits}");
        line("\\begin{tabular}{lrrrrrr}");
        line("\\toprule");
        line("& observed & $-2\\sigma$ & $-1\\sigma$ & median & $+1\\sigma$ & $+2\\sigma$ \\\\");
        line("\\midrule");
        line("signal events & " + limitRow(test.limit().signal(), test.expectedLimits(), 2));
        line("signal strength $\\mu$ & " + limitRow(test.signalStrengthLimit(), test.expectedSignalStrengthLimits(), 3));
        line("\\bottomrule");
        line("\\end{tabular}");
        line("\\end{table}");
        StatisticsComparison.of(outcome).ifPresent(comparison -> fullLikelihood(comparison,
                outcome.fullLikelihood().method(), FullLikelihood.signalTreatment(outcome.model())));
        figures();
    }

    private void fullLikelihood(StatisticsComparison comparison, String method, String signalTreatment) {
        line("\\subsection{The merged bin beside the full likelihood}\\label{sec:full}");
        line("The full likelihood of the search" + cite("combine") + " has a Poisson term for every search bin and"
                + " control region and every nuisance parameter of the published datacards, profiled; the limits use"
                + " the test statistic $\\tilde q_\\mu$ with " + (method.equals(FullLikelihood.TOYS)
                        ? "pseudo-experiments (toys) generated at the nuisances fitted to the data" : "asymptotic formulae")
                + cite("cowan") + " and CL$_s$"
                + cite("read") + ". Signal: " + Latex.text(signalTreatment) + ". Table~\\ref{tab:full}"
                + " compares it with the merged bin. " + Latex.text(comparison.sentence()));
        line("\\begin{table}[htbp]");
        line("\\centering");
        line("\\caption{The designed merged bin and the full likelihood of the search: significances and 95\\% CL"
                + " upper limits on the signal strength $\\mu$ and on the cross section.}\\label{tab:full}");
        line("\\begin{tabular}{lrr}");
        line("\\toprule");
        line("& merged bin & full likelihood \\\\");
        line("\\midrule");
        comparison.rows().forEach(row -> line(Latex.text(row.quantity()) + " & " + Latex.text(row.oneBin()) + " & "
                + Latex.text(row.full()) + " \\\\"));
        line("\\bottomrule");
        line("\\end{tabular}");
        line("\\end{table}");
    }

    // ---- a mass scan

    private void scan(ScanResult scan, SearchResult search) {
        long excludedObserved = scan.points().stream().filter(point -> point.observedStrengthLimit() < 1).count();
        long excludedExpected = scan.points().stream().filter(point -> point.expectedStrengthLimit() < 1).count();
        line("\\begin{abstract}");
        line("Single-bin analyses of the " + Latex.text(search.analysis().name()) + " search" + cite("cms-sus-16-014")
                + ", " + energyAndLuminosity(search.analysis()) + ", are designed for " + scan.points().size()
                + " mass points of the simplified model " + Latex.code(scan.family().family()) + " ("
                + Latex.text(scan.family().decay()) + "). At 95\\% CL, " + excludedObserved + " of them are excluded"
                + " by the data, " + excludedExpected + " are expected to be excluded." + fullExclusions(scan));
        line("\\end{abstract}");
        introduction();
        searchSection(search);
        line("\\section{The mass scan}\\label{sec:scan}");
        line("For each point of the $(m_{\\tilde g}, m_{\\tilde\\chi^0_1})$ grid of " + Latex.code(scan.family().family())
                + ", with gluino-pair cross sections" + cite("xsec") + ", the optimizer "
                + Latex.code(scan.options().optimizer()) + " chose the bins to merge by maximising "
                + Latex.code(scan.options().figureOfMerit().id()) + " without looking at the data; Table~\\ref{tab:scan}"
                + " lists the results" + figureReferences() + "." + (scan.cancelled()
                        ? " The scan was stopped before every point was done." : ""));
        if (!scan.failures().isEmpty()) {
            line(scan.failures().size() + " points failed:");
            line("\\begin{itemize}");
            scan.failures().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(failure -> line(
                    "\\item " + Latex.code(failure.getKey()) + ": " + Latex.text(failure.getValue())));
            line("\\end{itemize}");
        }
        line("\\begin{longtable}{lrrrrrrrrr}");
        line("\\caption{The points of the scan: masses, expected signal $S$, background $B$ and observed count of"
                + " the merged bin, expected and observed significance, and observed and expected 95\\% CL upper"
                + " limits on the signal strength.}\\label{tab:scan}\\\\");
        line("\\toprule");
        line("model & $m_{\\tilde g}$ & $m_{\\tilde\\chi^0_1}$ & $S$ & $B$ & \\Nobs & $Z_{\\text{exp}}$ &"
                + " $Z_{\\text{obs}}$ & $\\mu^{\\text{obs}}_{95}$ & $\\mu^{\\text{exp}}_{95}$ \\\\");
        line("& [GeV] & [GeV] & & & & & & & \\\\");
        line("\\midrule\\endhead");
        for (ScanPoint point : scan.points()) {
            line(Latex.code(point.run().model()) + " & " + Latex.number(point.point().mGluino(), 0) + " & "
                    + Latex.number(point.point().mLsp(), 0) + " & $" + Latex.number(point.run().signal(), 2) + "$ & $"
                    + Latex.number(point.run().background(), 2) + "$ & " + point.run().observed() + " & $"
                    + Latex.significance(point.run().expectedSignificance()) + "$ & $"
                    + Latex.significance(point.run().observedSignificance()) + "$ & $"
                    + Latex.number(point.observedStrengthLimit(), 3) + "$ & $"
                    + Latex.number(point.expectedStrengthLimit(), 3) + "$ \\\\");
        }
        line("\\bottomrule");
        line("\\end{longtable}");
        figures();
        method(false);
        conclusions();
    }

    /** The full likelihood's exclusions, when it was computed for every point. */
    private String fullExclusions(ScanResult scan) {
        if (scan.points().isEmpty() || !scan.points().stream().allMatch(point -> point.full().isPresent())) {
            return "";
        }
        long observed = scan.points().stream().filter(point -> point.full().get().observedLimit() < 1).count();
        long expected = scan.points().stream().filter(point -> point.full().get().expectedMedian() < 1).count();
        return " With the full likelihood of the search" + cite("combine") + " (all bins and control regions), "
                + observed + " are excluded and " + expected + " are expected to be excluded.";
    }

    // ---- shared parts

    private void method(boolean bands) {
        line("\\section{Statistical method}\\label{sec:method}");
        line("The background of a merged bin is $B^{+\\sigma_+}_{-\\sigma_-}$. Its p-value for a count $n$ is the"
                + " hybrid (prior-predictive) p-value, the Poisson tail probability averaged over the background"
                + " uncertainty" + cite("cousins") + "; a significance is the one-sided Gaussian equivalent"
                + " $Z = \\Phi^{-1}(1-p)$" + cite("cowan") + ". Upper limits at 95\\% CL use the CL$_s$ method"
                + cite("read") + (bands ? "; the expected limit and its bands are the limits at the median and the"
                        + " $\\pm1\\sigma$, $\\pm2\\sigma$ quantiles of the background-only count distribution" : "")
                + ". Observed counts in the figures carry Poisson (Garwood) intervals" + cite("garwood") + ".");
    }

    private void conclusions() {
        line("\\section{Conclusions}\\label{sec:conclusions}");
        line("% Summarise the result here.");
        line("\\emph{This section is a stub.}");
    }

    private void figures() {
        for (RenderedFigure figure : context.figures()) {
            line("\\begin{figure}[htbp]");
            line("\\centering");
            line("\\includegraphics[width=0.8\\textwidth]{" + RenderedFigure.link(figure.pdf()) + "}");
            line("\\caption{" + Latex.text(figure.caption()) + "}\\label{" + label(figure) + "}");
            line("\\end{figure}");
        }
    }

    private String figureReferences() {
        if (context.figures().isEmpty()) {
            return "";
        }
        List<String> references = context.figures().stream().map(figure -> "\\ref{" + label(figure) + "}").toList();
        return "; Figure" + (references.size() > 1 ? "s" : "") + "~" + String.join(", ", references)
                + " show" + (references.size() > 1 ? "" : "s") + " the results graphically";
    }

    private void provenance() {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("tool", ReportProvenance.TOOL + " " + context.provenance().toolVersion());
        rows.put("report written", context.provenance().generated().toString());
        rows.put("database", context.provenance().database().isEmpty() ? "not recorded" : context.provenance().database());
        rows.put("search", context.subject().analysis().name());
        switch (context.subject()) {
            case ReportSubject.Run run -> {
                AnalysisOutcome outcome = run.outcome();
                rows.put("signal model", outcome.model().name());
                rows.put("model provenance", outcome.model().provenance());
                options(rows, outcome.options());
                rows.put("optimizer evaluations", Long.toString(outcome.optimization().evaluations()));
                rows.put("merged bins", String.join(" ", outcome.bins().stream().map(String::valueOf).toList()));
                rows.put("analysis finished", outcome.finished().toString());
            }
            case ReportSubject.Scan scan -> {
                rows.put("family", scan.scan().family().family());
                options(rows, scan.scan().options());
                rows.put("points", scan.scan().points().size() + " analysed, " + scan.scan().failures().size() + " failed");
            }
        }
        line("\\appendix");
        line("\\section{Provenance}\\label{app:provenance}");
        line("\\begin{longtable}{lp{0.65\\textwidth}}");
        line("\\toprule");
        rows.forEach((key, value) -> line(key + " & " + Latex.text(value) + " \\\\"));
        line("\\bottomrule");
        line("\\end{longtable}");
    }

    private static void options(Map<String, String> rows, AnalysisOptions options) {
        rows.put("optimizer", options.optimizer());
        rows.put("figure of merit", options.figureOfMerit().id());
        rows.put("error combination", options.errors().id());
        rows.put("p-value method", options.pValueMethod().id());
        rows.put("seed", Long.toString(options.seed()));
    }

    private void bibliography() {
        line("\\begin{thebibliography}{" + cited.size() + "}");
        for (String key : cited) {
            line("\\bibitem{" + key + "} " + REFERENCES.get(key));
        }
        line("\\end{thebibliography}");
    }

    /** A citation; the reference goes into the bibliography. */
    private String cite(String key) {
        if (!REFERENCES.containsKey(key)) {
            throw new IllegalArgumentException("No reference " + key);
        }
        if (!cited.contains(key)) {
            cited.add(key);
        }
        return "~\\cite{" + key + "}";
    }

    private static String energyAndLuminosity(Analysis search) {
        return "$" + Latex.number(search.luminosityInvFb(), 1) + "\\,\\text{fb}^{-1}$ of proton-proton collisions"
                + " at $\\sqrt{s} = " + Latex.number(search.sqrtSTeV(), search.sqrtSTeV() == Math.rint(search.sqrtSTeV())
                        ? 0 : 1) + "\\,\\text{TeV}$";
    }

    private static String crossSection(double pb) {
        ReportNumbers.Scientific value = ReportNumbers.scientific(pb, 3);
        if (value.exponent() < -2 || value.exponent() > 2) {
            return value.mantissa() + "\\times10^{" + value.exponent() + "}";
        }
        return new BigDecimal(pb).round(new MathContext(3)).toPlainString();
    }

    private static int decimals(CountingTest test) {
        return ReportNumbers.decimals(test.backgroundUp(), test.backgroundDown());
    }

    private static String limitRow(double observed, ExpectedLimits expected, int decimals) {
        return String.join(" & ", List.of(observed, expected.minus2(), expected.minus1(), expected.median(),
                expected.plus1(), expected.plus2()).stream().map(value -> "$" + Latex.number(value, decimals) + "$")
                .toList()) + " \\\\";
    }

    /**
     * The cuts as a formula, e.g. "\\Njets \\geq 7,\\quad \\HT > 1000\\GeV", written from their
     * ranges: the axes the preamble has a macro for by it, others as text.
     */
    static String cuts(List<AxisCut> cuts) {
        List<String> written = cuts.stream().filter(AxisCut::cuts).map(cut -> cut.write(AXIS_MACROS
                .getOrDefault(cut.axis(), "\\text{" + Latex.text(cut.axis()) + "}"), MATH)).toList();
        return written.isEmpty() ? "\\text{" + AxisCut.NO_CUTS + "}" : String.join(",\\quad ", written);
    }

    private static String count(Interval range) {
        long first = (long) range.lower();
        if (range.isOpen()) {
            return "$\\geq" + first + "$";
        }
        long last = (long) Math.ceil(range.upper()) - 1;
        return first == last ? Long.toString(first) : first + "--" + last;
    }

    private static String energy(Interval range) {
        return range.isOpen() ? "$>" + Latex.number(range.lower(), 0) + "$"
                : Latex.number(range.lower(), 0) + "--" + Latex.number(range.upper(), 0);
    }

    /** A label made of the figure id's letters and digits only, so that any id makes a valid label. */
    private static String label(RenderedFigure figure) {
        return "fig:" + figure.id().replaceAll("[^A-Za-z0-9-]", "-").toLowerCase(Locale.ROOT);
    }

    private void line(String text) {
        tex.append(text).append('\n');
    }
}
