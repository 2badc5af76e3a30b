/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.miniana.analysis.ScanResult;
import org.miniana.core.Ra2Search;
import org.miniana.core.SearchResult;
import org.miniana.data.ResultsDatabase;
import org.miniana.signal.MassPoint;
import org.miniana.signal.SimplifiedModel;
import org.miniana.validation.CmsLimits;
import org.miniana.validation.LimitComparison;
import org.miniana.validation.LimitComparison.ContourGap;
import org.miniana.validation.LimitComparison.Goal;
import org.miniana.validation.LimitComparison.PointRatio;
import org.miniana.validation.LimitValidation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code miniana validate}: our results against published ones. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Compares our results with published ones.", subcommands = ValidateCommand.Limits.class)
final class ValidateCommand {

    static final String LIMITS_SHAPE = "validate-limits";

    @ParentCommand
    MinianaCommand root;

    /** {@code miniana validate limits}: issue #15's comparison with CMS's published limits. */
    @Command(name = "limits", mixinStandardHelpOptions = true, sortOptions = false,
            description = { "Compares our full likelihood's observed 95%% CL cross-section upper limits with CMS's"
                    + " published ones (" + CmsLimits.PUBLICATION + ") over m_gluino 1000-2000 GeV and m_LSP <="
                    + " m_gluino - 200 GeV, and prints what issue #15 measures: the ratio ours/CMS (median, 5%%/95%%"
                    + " quantiles, fraction within 0.75-1.33), the largest distance in m_gluino between the two"
                    + " observed exclusion contours for m_LSP <= 800 GeV, and PASS or MISS for each goal.",
                    "The points are scanned like 'miniana scan --statistics full' (models and runs stored and taken"
                            + " over; a stored model keeps its number of events). CMS's limit at our point is"
                            + " interpolated bilinearly in log(limit) between the centres of CMS's histogram bins.",
                    "Writes the ratio map with both contours per family as limits-ratio-FAMILY.png and .pdf.",
                    "Exit code 0 when the comparison was made, whether or not the goals are met." },
            footerHeading = "%nExamples:%n",
            footer = { "  miniana validate limits                        (both families, 100 GeV steps)",
                "  miniana validate limits T1bbbb --step 50 --events 20000 -o docs" })
    static final class Limits implements Callable<Integer> {

        @ParentCommand
        ValidateCommand validate;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FAMILY", arity = "0..*", converter = Choices.Family.class,
                description = "T1bbbb and/or T1qqqq (default: both).")
        List<SimplifiedModel> families;

        @Option(names = "--step", paramLabel = "GEV", defaultValue = "100",
                description = "Grid step in both masses, in GeV (default: ${DEFAULT-VALUE}).")
        double step;

        @Mixin
        ScanWorkMixin work;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
                description = "Seed of those simulations (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = { "-o", "--out" }, paramLabel = "DIR", defaultValue = "validation",
                description = "Folder for the figures (default: ${DEFAULT-VALUE}).")
        Path out;

        @Option(names = "--json", description = "Print one JSON document (schema " + LIMITS_SHAPE + ") instead of text.")
        boolean json;

        @Override
        public Integer call() throws IOException {
            List<SimplifiedModel> chosen = families == null || families.isEmpty() ? CmsLimits.FAMILIES : families;
            chosen.forEach(family -> MinianaCommand.checkUsage(spec, () -> CmsLimits.observed(family)));
            if (!(step >= 10 && step <= 500)) {
                throw new ParameterException(spec.commandLine(), "--step must be 10-500 GeV, not " + step);
            }
            if (MinianaCommand.isStandardStream(out)) {
                throw new ParameterException(spec.commandLine(), "-o takes a folder for the figures, not '-'; for the"
                        + " data on standard output use --json");
            }
            int workers = work.workers(spec);
            MinianaCommand root = validate.root;
            PrintWriter output = spec.commandLine().getOut();
            ObjectNode document = JsonOutput.document(LIMITS_SHAPE).put("publication", CmsLimits.PUBLICATION)
                    .put("stepGeV", step).put("events", work.events).put("seed", seed);
            ArrayNode results = document.putArray("families");
            boolean complete = true;
            boolean passed = true;
            try (ResultsDatabase database = root.openDatabase()) {
                SearchResult search = database.searchResults().get(Ra2Search.ANALYSIS.name());
                for (SimplifiedModel family : chosen) {
                    List<MassPoint> points = LimitValidation.points(family, step);
                    root.messages().printf("%s: %d points, %d threads%n", family.family(), points.size(), workers);
                    var progress = new ScanCommand.ScanProgress(root.messages(), points.size(), Ansi.AUTO.enabled());
                    ScanResult scan = LimitValidation.scan(database, search, family, step, work.events, seed, workers,
                            progress, progress);
                    progress.end();
                    scan.otherVersionNote().ifPresent(note -> root.messages().println("Note: " + note + "; the"
                            + " comparison is of the models as stored"));
                    scan.failures().forEach((name, why) -> root.messages().println("failed: " + name + ": " + why));
                    if (scan.cancelled() || scan.points().isEmpty()) {
                        root.messages().println(scan.cancelled() ? "stopped; run again to resume"
                                : "no point of " + family.family() + " could be analysed");
                        complete = false;
                        break;
                    }
                    LimitComparison comparison = LimitValidation.compare(scan);
                    List<Path> figures = LimitValidation.writeFigure(comparison, out);
                    results.add(json(comparison, scan.failures().size(), figures));
                    passed &= comparison.passed();
                    if (!json) {
                        print(comparison, scan.failures().size(), figures, output);
                    }
                }
            }
            if (json) {
                document.put("passed", passed);
                JsonOutput.print(document, output);
            }
            return complete ? 0 : MinianaCommand.EXIT_FAILURE;
        }

        private void print(LimitComparison comparison, int failed, List<Path> figures, PrintWriter out) {
            out.printf(Locale.ROOT, "%s against %s (observed 95%% CL cross-section upper limits)%n",
                    comparison.family().family(), CmsLimits.PUBLICATION);
            out.printf(Locale.ROOT, "  points     %d compared (m_gluino %.0f-%.0f GeV, m_LSP <= m_gluino - %.0f GeV, step"
                    + " %s GeV), %d without a CMS limit, %d failed%n", comparison.points().size(),
                    LimitComparison.GLUINO_FROM, LimitComparison.GLUINO_TO, LimitComparison.MINIMUM_SPLITTING,
                    number(step), comparison.withoutPublished(), failed);
            out.printf(Locale.ROOT, "  ratio      ours/CMS median %.3f, 5%% %.3f, 95%% %.3f; %.1f%% within %s-%s%n",
                    comparison.median(), comparison.quantile05(), comparison.quantile95(),
                    100 * comparison.fractionWithin(), number(LimitComparison.BAND_LOW),
                    number(LimitComparison.BAND_HIGH));
            out.println("  contour    " + comparison.largestGap().map(gap -> String.format(Locale.ROOT,
                    "largest distance in m_gluino %s at m_LSP = %.0f GeV (ours %s, CMS %s)", distance(gap), gap.mLsp(),
                    mass(gap.ours()), mass(gap.published())))
                    .orElse("neither contour crosses m_LSP <= " + number(LimitComparison.CONTOUR_LSP_MAX) + " GeV"));
            for (Goal goal : comparison.goals()) {
                out.printf(Locale.ROOT, "  goal       %-4s %s (%s)%n", goal.met() ? "PASS" : "MISS", goal.criterion(),
                        goal.id().equals("ratioBand") ? String.format(Locale.ROOT, "%.1f%%", 100 * goal.value())
                                : goal.id().equals("contour") ? mass(goal.value())
                                        : String.format(Locale.ROOT, "%.3f", goal.value()));
            }
            out.println("  figures    " + String.join(", ", figures.stream().map(Path::toString).toList()));
            out.flush();
        }

        private static String distance(ContourGap gap) {
            return Double.isInfinite(gap.gap()) ? "undefined (one contour does not reach this m_LSP)"
                    : mass(Math.abs(gap.gap()));
        }

        /** A mass in whole GeV; "none" for NaN (no contour there). */
        private static String mass(double gev) {
            return Double.isNaN(gev) ? "none" : Double.isInfinite(gev) ? "undefined" : Math.round(gev) + " GeV";
        }

        /** Up to three significant digits without trailing zeros (0.75, 1.33, 50). */
        private static String number(double value) {
            return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
        }

        private static ObjectNode json(LimitComparison comparison, int failed, List<Path> figures) {
            ObjectNode node = JsonOutput.NODES.objectNode().put("family", comparison.family().family())
                    .put("points", comparison.points().size()).put("withoutPublished", comparison.withoutPublished())
                    .put("failed", failed);
            ObjectNode ratio = node.putObject("ratio");
            JsonOutput.putNumber(ratio, "median", comparison.median());
            JsonOutput.putNumber(ratio, "quantile05", comparison.quantile05());
            JsonOutput.putNumber(ratio, "quantile95", comparison.quantile95());
            JsonOutput.putNumber(ratio, "fractionWithin", comparison.fractionWithin());
            ArrayNode pointRatios = node.putArray("pointRatios");
            for (PointRatio point : comparison.points()) {
                ObjectNode entry = pointRatios.addObject().put("mGluinoGeV", point.mGluino()).put("mLspGeV",
                        point.mLsp());
                JsonOutput.putNumber(entry, "oursPb", point.ours());
                JsonOutput.putNumber(entry, "publishedPb", point.published());
                JsonOutput.putNumber(entry, "ratio", point.ratio());
            }
            ObjectNode contour = node.putObject("contour");
            ContourGap largest = comparison.largestGap().orElse(null);
            JsonOutput.putNumber(contour, "largestDistanceGeV", largest == null ? Double.NaN : Math.abs(largest.gap()));
            JsonOutput.putNumber(contour, "atLspGeV", largest == null ? Double.NaN : largest.mLsp());
            ArrayNode levels = contour.putArray("levels");
            for (ContourGap gap : comparison.gaps()) {
                ObjectNode level = levels.addObject().put("mLspGeV", gap.mLsp());
                JsonOutput.putNumber(level, "oursGeV", gap.ours());
                JsonOutput.putNumber(level, "publishedGeV", gap.published());
            }
            ArrayNode goals = node.putArray("goals");
            for (Goal goal : comparison.goals()) {
                ObjectNode entry = goals.addObject().put("id", goal.id()).put("criterion", goal.criterion());
                JsonOutput.putNumber(entry, "value", goal.value());
                entry.put("met", goal.met());
            }
            node.put("passed", comparison.passed());
            ArrayNode files = node.putArray("figures");
            figures.forEach(file -> files.add(file.toString()));
            return node;
        }
    }
}
