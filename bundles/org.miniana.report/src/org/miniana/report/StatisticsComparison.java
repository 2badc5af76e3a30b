/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.report;

import java.util.List;
import java.util.Optional;

import org.miniana.analysis.AnalysisOutcome;
import org.miniana.analysis.CountingTest;
import org.miniana.core.LikelihoodResult;
import org.miniana.stats.ExpectedLimits;

/**
 * The designed merged bin beside the search's full likelihood, as every report shows it: the same
 * rows, the same digits and the same sentence in each format.
 *
 * @param rows the compared quantities
 * @param sentence how much of the full likelihood's expected sensitivity the merged bin keeps
 */
public record StatisticsComparison(List<Row> rows, String sentence) {

    /**
     * One compared quantity.
     *
     * @param quantity what is compared, in plain text
     * @param oneBin the merged bin's value, as printed
     * @param full the full likelihood's value, as printed
     */
    public record Row(String quantity, String oneBin, String full) {
    }

    /** The comparison of a run, when it has the full likelihood's result. */
    public static Optional<StatisticsComparison> of(AnalysisOutcome outcome) {
        return outcome.full().map(full -> compare(outcome, full));
    }

    private static StatisticsComparison compare(AnalysisOutcome outcome, LikelihoodResult full) {
        CountingTest test = outcome.test();
        ExpectedLimits oneBin = test.expectedSignalStrengthLimits();
        double sigma = outcome.model().crossSectionPb();
        List<Row> rows = List.of(
                new Row("expected significance Z", ReportNumbers.significance(test.expected().z()),
                        ReportNumbers.significance(full.expectedSignificance())),
                new Row("observed significance Z", ReportNumbers.significance(test.observedPValue().z()),
                        ReportNumbers.significance(full.observedSignificance())),
                new Row("best-fit signal strength", "\u2013", ReportNumbers.fixed(full.bestFitStrength(), 3)),
                new Row("95% CL limit on mu, observed", ReportNumbers.fixed(test.signalStrengthLimit(), 3),
                        ReportNumbers.fixed(full.observedLimit(), 3)),
                new Row("95% CL limit on mu, expected median", ReportNumbers.fixed(oneBin.median(), 3),
                        ReportNumbers.fixed(full.expectedMedian(), 3)),
                new Row("expected 68% band", range(oneBin.minus1(), oneBin.plus1(), 3),
                        range(full.expectedMinus1(), full.expectedPlus1(), 3)),
                new Row("95% CL limit on sigma [pb], observed", crossSection(test.signalStrengthLimit() * sigma),
                        crossSection(full.observedLimit() * sigma)),
                new Row("95% CL limit on sigma [pb], expected median", crossSection(oneBin.median() * sigma),
                        crossSection(full.expectedMedian() * sigma)));
        return new StatisticsComparison(rows, sentence(full.expectedMedian() / oneBin.median()));
    }

    /** "The single merged bin keeps 56% of ...", for a ratio of expected limits (full over merged). */
    public static String sentence(double kept) {
        return "The single merged bin keeps " + ReportNumbers.fixed(100 * kept, 0) + "% of the full likelihood's"
                + " expected sensitivity (the full likelihood's median expected cross-section limit over the merged"
                + " bin's).";
    }

    private static String range(double low, double high, int decimals) {
        return ReportNumbers.fixed(low, decimals) + "-" + ReportNumbers.fixed(high, decimals);
    }

    /** Three significant digits: cross sections span orders of magnitude. */
    private static String crossSection(double pb) {
        return ReportNumbers.significant(pb, 3);
    }
}
