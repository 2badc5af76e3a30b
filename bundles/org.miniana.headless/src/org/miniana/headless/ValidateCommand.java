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
import java.util.function.Function;

import org.miniana.analysis.ScanResult;
import org.miniana.core.Ra2Search;
import org.miniana.core.SearchResult;
import org.miniana.data.ResultsDatabase;
import org.miniana.signal.MassPoint;
import org.miniana.signal.SimplifiedModel;
import org.miniana.validation.AggregateRegion;
import org.miniana.validation.CmsLimits;
import org.miniana.validation.EfficiencyComparison;
import org.miniana.validation.EfficiencyComparison.PointEfficiencies;
import org.miniana.validation.EfficiencyComparison.RegionSummary;
import org.miniana.validation.EfficiencyValidation;
import org.miniana.validation.LimitComparison;
import org.miniana.validation.LimitComparison.ContourGap;
import org.miniana.validation.LimitComparison.Goal;
import org.miniana.validation.LimitComparison.PointRatio;
import org.miniana.validation.LimitValidation;
import org.miniana.validation.RecastEfficiencies;

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
        description = "Compares our results with published ones.",
        subcommands = { ValidateCommand.Limits.class, ValidateCommand.Efficiencies.class })
final class ValidateCommand {

    static final String LIMITS_SHAPE = "validate-limits";
    static final String EFFICIENCIES_SHAPE = "validate-efficiencies";

    @ParentCommand
    MinianaCommand root;

    /** The families a comparison is made for, and the seed of their simulations. */
    static final class FamiliesAndSeed {

        @Parameters(paramLabel = "FAMILY", arity = "0..*", converter = Choices.Family.class,
                description = "T1bbbb and/or T1qqqq (default: both).")
        List<SimplifiedModel> families;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
                description = "Seed of the simulations (default: ${DEFAULT-VALUE}).")
        long seed;

        /**
         * The families given, else {@code bundled}; a usage error for one whose published data
         * {@code published} cannot give.
         */
        List<SimplifiedModel> families(CommandSpec spec, List<SimplifiedModel> bundled,
                Function<SimplifiedModel, ?> published) {
            List<SimplifiedModel> chosen = families == null || families.isEmpty() ? bundled : families;
            chosen.forEach(family -> MinianaCommand.checkUsage(spec, () -> published.apply(family)));
            return chosen;
        }
    }

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

        @Mixin
        FamiliesAndSeed choice;

        @Option(names = "--step", paramLabel = "GEV", defaultValue = "100",
                description = "Grid step in both masses, in GeV (default: ${DEFAULT-VALUE}).")
        double step;

        @Mixin
        ScanWorkMixin work;

        @Option(names = { "-o", "--out" }, paramLabel = "DIR", defaultValue = "validation",
                description = "Folder for the figures (default: ${DEFAULT-VALUE}).")
        Path out;

        @Option(names = "--json", description = "Print one JSON document (schema " + LIMITS_SHAPE + ") instead of text.")
        boolean json;

        @Override
        public Integer call() throws IOException {
            List<SimplifiedModel> chosen = choice.families(spec, CmsLimits.FAMILIES, CmsLimits::observed);
            long seed = choice.seed;
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

    /** {@code miniana validate efficiencies}: the fast simulation's efficiencies against a recast's, per region. */
    @Command(name = "efficiencies", mixinStandardHelpOptions = true, sortOptions = false,
            description = { "Compares the fast simulation's signal efficiencies with an independent recast's ("
                    + RecastEfficiencies.SOURCE + ") in the 12 aggregate search regions of CMS-SUS-16-033, the"
                    + " successor of CMS-PAS-SUS-16-014 with the same selection, at the recast's points with m_gluino"
                    + " 1000-2000 GeV and m_LSP <= m_gluino - 200 GeV (100 GeV steps).",
                    "Per region: the median and the 10%%/90%% quantiles of the ratio ours/recast over the points where"
                            + " the recast's efficiency is at least 1%%, and both efficiencies at m_gluino = 1500 GeV,"
                            + " m_LSP = 110 GeV. Our efficiency in a region sums the RA2 search bins inside it: RA2"
                            + " starts at 3 jets, so regions 1 and 6 (from 2 jets) lack the two-jet events.",
                    "The points are simulated in memory (nothing is stored); no database is opened." },
            footerHeading = "%nExamples:%n",
            footer = { "  miniana validate efficiencies                  (both families, 50000 events per point)",
                "  miniana validate efficiencies T1bbbb --events 200000 --json" })
    static final class Efficiencies implements Callable<Integer> {

        @ParentCommand
        ValidateCommand validate;

        @Spec
        CommandSpec spec;

        @Mixin
        FamiliesAndSeed choice;

        @Option(names = "--events", paramLabel = "N", defaultValue = "50000",
                description = "Events to simulate per point (default: ${DEFAULT-VALUE}).")
        long events;

        @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
        Integer threads;

        @Option(names = "--json", description = "Print one JSON document (schema " + EFFICIENCIES_SHAPE
                + ") instead of text.")
        boolean json;

        @Override
        public Integer call() {
            List<SimplifiedModel> chosen = choice.families(spec, RecastEfficiencies.FAMILIES, RecastEfficiencies::of);
            long seed = choice.seed;
            if (events < 1 || (threads != null && threads < 1)) {
                throw new ParameterException(spec.commandLine(), "--events and --threads must be at least 1");
            }
            int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            PrintWriter output = spec.commandLine().getOut();
            ObjectNode document = JsonOutput.document(EFFICIENCIES_SHAPE).put("source", RecastEfficiencies.SOURCE)
                    .put("events", events).put("seed", seed)
                    .put("minimumEfficiency", EfficiencyComparison.MINIMUM_EFFICIENCY);
            ArrayNode regions = document.putArray("regions");
            AggregateRegion.CMS_SUS_16_033.forEach(region -> regions.addObject().put("number", region.number())
                    .put("label", region.label()));
            ArrayNode results = document.putArray("families");
            for (SimplifiedModel family : chosen) {
                int points = RecastEfficiencies.of(family).size();
                validate.root.messages().printf("%s: %d points, %d events each, %d threads%n", family.family(),
                        points, events, workers);
                var progress = new ScanCommand.ScanProgress(validate.root.messages(), points, Ansi.AUTO.enabled(),
                        "simulated");
                EfficiencyComparison comparison = EfficiencyValidation.compare(family, events, seed, workers,
                        progress, progress::done);
                progress.end();
                if (comparison.points().size() < points) {
                    validate.root.messages().println("stopped after " + comparison.points().size() + " of " + points
                            + " points");
                    return MinianaCommand.EXIT_FAILURE;
                }
                results.add(json(comparison));
                if (!json) {
                    print(comparison, output);
                }
            }
            if (json) {
                JsonOutput.print(document, output);
            }
            return 0;
        }

        private static void print(EfficiencyComparison comparison, PrintWriter out) {
            out.printf(Locale.ROOT, "%s against %s: %d points%n", comparison.family().family(),
                    RecastEfficiencies.SOURCE, comparison.points().size());
            out.printf(Locale.ROOT, "  %-2s  %-37s  %6s  %-18s  %s%n", "", "region", "points", "ratio ours/recast",
                    "efficiency at " + Math.round(EfficiencyComparison.SHOWN_GLUINO) + "/"
                            + Math.round(EfficiencyComparison.SHOWN_LSP) + " GeV");
            out.printf(Locale.ROOT, "  %-2s  %-37s  %6s  %-18s  %s%n", "", "", "", "median (10%-90%)",
                    "ours / recast");
            for (RegionSummary region : comparison.regions()) {
                out.printf(Locale.ROOT, "  %2d  %-37s  %6d  %-18s  %.4f / %.4f%n", region.region().number(),
                        region.region().label(), region.compared(),
                        region.compared() == 0 ? "-" : String.format(Locale.ROOT, "%.2f (%.2f-%.2f)", region.median(),
                                region.quantile10(), region.quantile90()),
                        region.shownOurs(), region.shownRecast());
            }
            out.flush();
        }

        private static ObjectNode json(EfficiencyComparison comparison) {
            ObjectNode node = JsonOutput.NODES.objectNode().put("family", comparison.family().family());
            ArrayNode regions = node.putArray("regions");
            for (RegionSummary region : comparison.regions()) {
                ObjectNode entry = regions.addObject().put("number", region.region().number())
                        .put("compared", region.compared());
                JsonOutput.putNumber(entry, "median", region.median());
                JsonOutput.putNumber(entry, "quantile10", region.quantile10());
                JsonOutput.putNumber(entry, "quantile90", region.quantile90());
            }
            ArrayNode points = node.putArray("points");
            for (PointEfficiencies point : comparison.points()) {
                ObjectNode entry = points.addObject().put("mGluinoGeV", point.point().mGluino())
                        .put("mLspGeV", point.point().mLsp());
                ArrayNode ours = entry.putArray("ours");
                ArrayNode recast = entry.putArray("recast");
                for (double efficiency : point.ours()) {
                    ours.add(efficiency);
                }
                for (double efficiency : point.recast()) {
                    recast.add(efficiency);
                }
            }
            return node;
        }
    }
}
