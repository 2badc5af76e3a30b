/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.report.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.miniana.analysis.AnalysisOutcome;
import org.miniana.analysis.CountingTest;
import org.miniana.analysis.FullLikelihood;
import org.miniana.analysis.ScanPoint;
import org.miniana.analysis.ScanResult;
import org.miniana.core.Analysis;
import org.miniana.core.BackgroundProcess;
import org.miniana.core.Estimate;
import org.miniana.report.RenderedFigure;
import org.miniana.report.ReportContext;
import org.miniana.report.ReportGenerator;
import org.miniana.report.ReportNumbers;
import org.miniana.report.ReportProvenance;
import org.miniana.report.ReportSubject;
import org.miniana.report.StatisticsComparison;
import org.miniana.stats.ExpectedLimits;

/** Writes {@value #FILE}: a one-page summary of the run with its PNG figures. */
public final class MarkdownSummaryGenerator implements ReportGenerator {

    /** The file written. */
    public static final String FILE = "summary.md";

    /**
     * Characters that can start markup inline or in a table (emphasis, code, links, HTML, entities,
     * table cells, strike-through, headings, math in some renderers); CommonMark lets a backslash
     * escape each.
     */
    private static final Pattern SPECIAL = Pattern.compile("[\\\\`*_\\[\\]<>|~&#$]");

    @Override
    public void generate(ReportContext context, IProgressMonitor monitor) throws IOException {
        Files.writeString(context.folder().resolve(FILE), markdown(context), StandardCharsets.UTF_8);
    }

    /** The summary page of a context. */
    public static String markdown(ReportContext context) {
        StringBuilder page = new StringBuilder();
        page.append("# ").append(escape(context.title())).append("\n\n");
        if (!context.settings().author().isEmpty()) {
            page.append(escape(context.settings().author()));
            if (!context.settings().affiliation().isEmpty()) {
                page.append(", ").append(escape(context.settings().affiliation()));
            }
            page.append("  \n");
        }
        page.append("Generated ").append(context.provenance().generated()).append(" by ")
                .append(escape(ReportProvenance.TOOL + " " + context.provenance().toolVersion()));
        if (!context.provenance().database().isEmpty()) {
            page.append(" from the database ").append(code(context.provenance().database()));
        }
        page.append(".\n\n");
        Analysis search = context.subject().analysis();
        page.append("Search: ").append(escape(search.name())).append(" (").append(escape(search.reference()))
                .append("), ").append(ReportNumbers.fixed(search.sqrtSTeV(), 0)).append(" TeV, ")
                .append(ReportNumbers.fixed(search.luminosityInvFb(), 1)).append(" fb^-1, ")
                .append(context.subject().search().bins().size()).append(" search bins.\n\n");
        switch (context.subject()) {
            case ReportSubject.Run run -> analysis(page, run.outcome());
            case ReportSubject.Scan scan -> scan(page, scan.scan());
        }
        page.append("## Figures\n\n");
        for (RenderedFigure figure : context.figures()) {
            page.append("![").append(escape(figure.caption())).append("](").append(RenderedFigure.link(figure.png()))
                    .append(")\n\n*").append(escape(figure.caption())).append("* ([PDF](")
                    .append(RenderedFigure.link(figure.pdf())).append("))\n\n");
        }
        return page.toString();
    }

    private static void analysis(StringBuilder page, AnalysisOutcome outcome) {
        CountingTest test = outcome.test();
        page.append("Signal model: ").append(code(outcome.model().name()));
        if (!outcome.model().provenance().isEmpty()) {
            page.append(" (").append(escape(outcome.model().provenance())).append(')');
        }
        page.append(".  \nOptimizer ").append(code(outcome.options().optimizer())).append(", figure of merit ")
                .append(code(outcome.options().figureOfMerit().id())).append(", background errors ")
                .append(code(outcome.options().errors().id())).append(", p-values ")
                .append(code(outcome.options().pValueMethod().id())).append(", seed ").append(outcome.options().seed())
                .append(".\n\n## Selection\n\n");
        page.append(outcome.selection().isEmpty() ? "The merged bins do not form a box of cuts."
                : "Cuts: " + escape(outcome.selection()) + ".").append("  \nBins (").append(outcome.bins().size())
                .append("): ").append(String.join(", ", outcome.bins().stream().map(String::valueOf).toList()))
                .append(".\n\n## Yields\n\n| | events |\n|---|---:|\n");
        int decimals = ReportNumbers.decimals(test.backgroundUp(), test.backgroundDown());
        List<BackgroundProcess> processes = outcome.search().processes();
        for (int i = 0; i < processes.size(); i++) {
            Estimate estimate = outcome.backgrounds().get(i);
            page.append("| ").append(escape(processes.get(i).label())).append(" | ")
                    .append(withErrors(estimate.value(), estimate.totalUp(), estimate.totalDown(), decimals)).append(" |\n");
        }
        page.append("| total background B | ")
                .append(withErrors(test.background(), test.backgroundUp(), test.backgroundDown(), decimals))
                .append(" |\n| signal S | ").append(ReportNumbers.fixed(test.signal(), decimals))
                .append(" |\n| observed N_obs | ").append(test.observed()).append(" |\n\n## Test\n\n")
                .append("| | p-value | Z |\n|---|---:|---:|\n| expected (S + B) | ")
                .append(ReportNumbers.pValue(test.expected().p())).append(" | ")
                .append(ReportNumbers.significance(test.expected().z())).append(" |\n| observed | ")
                .append(ReportNumbers.pValue(test.observedPValue().p())).append(" | ")
                .append(ReportNumbers.significance(test.observedPValue().z())).append(" |\n\n")
                .append("p-values: ").append(escape(test.method().label())).append(".\n\n## 95% CL upper limits (CLs)\n\n")
                .append(String.format(Locale.ROOT, "The signal is uncertain by +%.1f%% -%.1f%% (%s), a log-normal factor"
                        + " of its own in the limits.\n\n", 100 * test.signalUncertainty().up(),
                        100 * test.signalUncertainty().down(), escape(test.signalUncertainty().source().label())))
                .append("| | observed | expected (-2σ, -1σ, median, +1σ, +2σ) |\n|---|---:|---:|\n| signal events | ")
                .append(ReportNumbers.fixed(test.limit().signal(), 2)).append(" | ").append(bands(test.expectedLimits()))
                .append(" |\n| signal strength | ").append(ReportNumbers.fixed(test.signalStrengthLimit(), 3))
                .append(" | ").append(bands(test.expectedSignalStrengthLimits())).append(" |\n\n");
        StatisticsComparison.of(outcome).ifPresent(comparison -> {
            page.append("## The merged bin beside the full likelihood\n\n")
                    .append("All search bins and control regions, every nuisance profiled (").append(escape(
                            FullLikelihood.signalTreatment(outcome.model()))).append("); ").append(outcome.fullLikelihood().method())
                    .append(" CLs with q~mu.\n\n")
                    .append("| | merged bin | full likelihood |\n|---|---:|---:|\n");
            comparison.rows().forEach(row -> page.append("| ").append(escape(row.quantity())).append(" | ")
                    .append(row.oneBin()).append(" | ").append(row.full()).append(" |\n"));
            page.append('\n').append(escape(comparison.sentence())).append("\n\n");
        });
    }

    private static void scan(StringBuilder page, ScanResult scan) {
        page.append("Mass scan of ").append(code(scan.family().family())).append(" (")
                .append(escape(scan.family().decay())).append("), optimizer ").append(code(scan.options().optimizer()))
                .append(", figure of merit ").append(code(scan.options().figureOfMerit().id())).append(": ")
                .append(scan.points().size()).append(" points analysed, ").append(scan.failures().size())
                .append(" failed").append(scan.cancelled() ? ", stopped before the end" : "").append(".\n\n")
                .append(scan.otherVersionNote().map(note -> "**Note:** " + escape(note) + ".\n\n").orElse(""))
                .append("Merged bin: S, B, N_obs, Z and mu_up; full likelihood (all bins and control regions): Z and"
                        + " mu_up, where computed.\n\n")
                .append("| model | m_mother [GeV] | m_LSP [GeV] | S | B | N_obs | Z exp. | Z obs. | mu_up obs. | mu_up exp."
                        + " | full Z exp. | full mu_up obs. | full mu_up exp. |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (ScanPoint point : scan.points()) {
            page.append("| ").append(escape(point.run().model())).append(" | ")
                    .append(ReportNumbers.fixed(point.point().mGluino(), 0)).append(" | ")
                    .append(ReportNumbers.fixed(point.point().mLsp(), 0)).append(" | ")
                    .append(ReportNumbers.fixed(point.run().signal(), 2)).append(" | ")
                    .append(ReportNumbers.fixed(point.run().background(), 2)).append(" | ")
                    .append(point.run().observed()).append(" | ")
                    .append(ReportNumbers.significance(point.run().expectedSignificance())).append(" | ")
                    .append(ReportNumbers.significance(point.run().observedSignificance())).append(" | ")
                    .append(ReportNumbers.fixed(point.observedStrengthLimit(), 3)).append(" | ")
                    .append(ReportNumbers.fixed(point.expectedStrengthLimit(), 3)).append(" | ")
                    .append(point.full().map(full -> ReportNumbers.significance(full.expectedSignificance()) + " | "
                            + ReportNumbers.fixed(full.observedLimit(), 3) + " | "
                            + ReportNumbers.fixed(full.expectedMedian(), 3)).orElse("– | – | –"))
                    .append(" |\n");
        }
        page.append('\n');
        scan.failures().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(failure -> page.append("- ").append(code(failure.getKey())).append(" failed: ")
                        .append(escape(failure.getValue())).append('\n'));
        page.append('\n');
    }

    private static String withErrors(double value, double up, double down, int decimals) {
        return ReportNumbers.fixed(value, decimals) + " +" + ReportNumbers.fixed(up, decimals) + " -"
                + ReportNumbers.fixed(down, decimals);
    }

    private static String bands(ExpectedLimits limits) {
        return String.join(", ", List.of(limits.minus2(), limits.minus1(), limits.median(), limits.plus1(),
                limits.plus2()).stream().map(value -> ReportNumbers.fixed(value, 3)).toList());
    }

    /** Text that prints as given: every Markdown punctuation character backslash-escaped, line breaks as spaces. */
    public static String escape(String text) {
        String oneLine = text.replaceAll("[\\r\\n\\t]+", " ");
        return SPECIAL.matcher(oneLine).replaceAll(match -> Matcher.quoteReplacement("\\" + match.group()));
    }

    /** A name in code font; backticks inside lengthen the fence, as CommonMark allows. */
    private static String code(String text) {
        String oneLine = text.replaceAll("[\\r\\n\\t]+", " ");
        String fence = "`";
        while (oneLine.contains(fence)) {
            fence += "`";
        }
        return fence + " " + oneLine + " " + fence;
    }
}
