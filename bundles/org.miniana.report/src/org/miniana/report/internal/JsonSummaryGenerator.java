/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.report.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.miniana.analysis.AnalysisOptions;
import org.miniana.analysis.AnalysisOutcome;
import org.miniana.analysis.CountingTest;
import org.miniana.analysis.FullLikelihood;
import org.miniana.analysis.ScanPoint;
import org.miniana.analysis.ScanResult;
import org.miniana.analysis.SignalUncertainty;
import org.miniana.core.AnalysisRun;
import org.miniana.core.AxisCut;
import org.miniana.core.BackgroundProcess;
import org.miniana.core.Estimate;
import org.miniana.core.LikelihoodResult;
import org.miniana.core.SearchResult;
import org.miniana.core.SignalModel;
import org.miniana.figure.Layer;
import org.miniana.figure.analysis.ExclusionContours;
import org.miniana.optimize.OptimizationResult;
import org.miniana.report.JsonSummary;
import org.miniana.report.RenderedFigure;
import org.miniana.report.ReportContext;
import org.miniana.report.ReportGenerator;
import org.miniana.report.ReportProvenance;
import org.miniana.report.ReportSubject;
import org.miniana.stats.ExpectedLimits;
import org.miniana.stats.PValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes {@value #FILE}: every number of the run with its unit and where it comes from, as
 * described by the JSON Schema {@code schema/summary-1.schema.json} of this bundle. Units are
 * stated in the document: yields in "events", masses in "GeV", the signal strength and p-values
 * dimensionless, significances in Gaussian standard deviations. A number that is not finite
 * (a figure of merit of a bin without background) is written as null.
 */
public final class JsonSummaryGenerator implements ReportGenerator {

    /** The file written. */
    public static final String FILE = JsonSummary.FILE;
    /** The schema's id, which documents carry in their "schema" field. */
    public static final String SCHEMA_ID = "urn:miniana:schema:report-summary:1";
    /** Major.minor: the major is the schema file's number, the minor grows with optional additions. */
    public static final String SCHEMA_VERSION = "1.6";
    /** The confidence level of the limits. */
    private static final double CONFIDENCE_LEVEL = 0.95;
    private static final String EVENTS = "events";

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void generate(ReportContext context, IProgressMonitor monitor) throws IOException {
        mapper.writeValue(context.folder().resolve(FILE).toFile(), summary(context));
    }

    /** The summary document of a context. */
    public ObjectNode summary(ReportContext context) {
        ObjectNode root = mapper.createObjectNode();
        root.put("schema", SCHEMA_ID);
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("kind", context.subject() instanceof ReportSubject.Run ? "analysis" : "scan");
        root.put("title", context.title());
        root.put("author", context.settings().author());
        root.put("affiliation", context.settings().affiliation());
        provenance(root.putObject("provenance"), context.provenance());
        search(root.putObject("search"), context.subject().search());
        switch (context.subject()) {
            case ReportSubject.Run run -> analysis(root, run.outcome());
            case ReportSubject.Scan scan -> scan(root.putObject("scan"), scan.scan(), scan.search().processes());
        }
        ArrayNode figures = root.putArray("figures");
        for (RenderedFigure figure : context.figures()) {
            figures.addObject().put("id", figure.id()).put("caption", figure.caption())
                    .put("pdf", RenderedFigure.link(figure.pdf())).put("png", RenderedFigure.link(figure.png()));
        }
        return root;
    }

    private static void provenance(ObjectNode node, ReportProvenance provenance) {
        node.put("tool", ReportProvenance.TOOL);
        node.put("toolVersion", provenance.toolVersion());
        node.put("generated", provenance.generated().toString());
        node.put("database", provenance.database());
    }

    private static void search(ObjectNode node, SearchResult search) {
        node.put("name", search.analysis().name());
        node.put("reference", search.analysis().reference());
        node.put("description", search.analysis().description());
        quantity(node.putObject("sqrtS"), search.analysis().sqrtSTeV(), "TeV");
        quantity(node.putObject("luminosity"), search.analysis().luminosityInvFb(), "fb^-1");
        node.put("bins", search.bins().size());
        quantity(node.putObject("totalObserved"), search.totalObserved(), EVENTS);
        quantity(node.putObject("totalBackground"), search.totalBackground(), EVENTS);
        ArrayNode processes = node.putArray("processes");
        search.processes().forEach(process -> processes.addObject().put("id", process.name()).put("label", process.label()));
    }

    private static void analysis(ObjectNode root, AnalysisOutcome outcome) {
        model(root.putObject("model"), outcome.model());
        options(root.putObject("options"), outcome.options());
        optimization(root.putObject("optimization"), outcome.optimization());
        selection(root.putObject("selection"), outcome.bins(), outcome.optimization().cuts());

        CountingTest test = outcome.test();
        ObjectNode yields = root.putObject("yields");
        yields.put("unit", EVENTS);
        real(yields, "signal", test.signal());
        background(yields.putObject("background"), test.background(), test.backgroundUp(), test.backgroundDown());
        yields.put("observed", test.observed());
        ArrayNode processes = yields.putArray("processes");
        List<BackgroundProcess> names = outcome.search().processes();
        for (int i = 0; i < names.size(); i++) {
            processYield(processes.addObject(), names.get(i), outcome.backgrounds().get(i));
        }

        ObjectNode significance = root.putObject("test");
        significance.put("method", test.method().id());
        significance.put("methodLabel", test.method().label());
        pValue(significance.putObject("expected"), test.expected());
        pValue(significance.putObject("observed"), test.observedPValue());

        ObjectNode limits = root.putObject("limits");
        limits.put("method", "CLs");
        limits.put("confidenceLevel", CONFIDENCE_LEVEL);
        real(limits, "clb", test.limit().clb());
        SignalUncertainty uncertainty = test.signalUncertainty();
        ObjectNode signalUncertainty = limits.putObject("signalUncertainty");
        real(signalUncertainty, "relativeUp", uncertainty.up());
        real(signalUncertainty, "relativeDown", uncertainty.down());
        signalUncertainty.put("source", uncertainty.source().id());
        ObjectNode signal = limits.putObject("signal");
        signal.put("unit", EVENTS);
        real(signal, "observed", test.limit().signal());
        bands(signal.putObject("expected"), test.expectedLimits());
        ObjectNode strength = limits.putObject("signalStrength");
        strength.put("unit", "1");
        real(strength, "observed", test.signalStrengthLimit());
        bands(strength.putObject("expected"), test.expectedSignalStrengthLimits());
        root.put("finished", outcome.finished().toString());
        outcome.full().ifPresent(full -> fullLikelihood(root.putObject("fullLikelihood"), full,
                outcome.model().crossSectionPb(), FullLikelihood.signalTreatment(outcome.model())));
        outcome.sensitivityKept().ifPresent(kept -> real(root, "sensitivityKept", kept));
    }

    private static void processYield(ObjectNode node, BackgroundProcess process, Estimate estimate) {
        node.put("id", process.name()).put("label", process.label());
        real(node, "value", estimate.value());
        real(node, "statUp", estimate.statUp());
        real(node, "statDown", estimate.statDown());
        real(node, "systUp", estimate.systUp());
        real(node, "systDown", estimate.systDown());
        real(node, "up", estimate.totalUp());
        real(node, "down", estimate.totalDown());
    }

    private static void fullLikelihood(ObjectNode node, LikelihoodResult full, double crossSectionPb,
            String signalTreatment) {
        node.put("method", full.method());
        node.put("testStatistic", "q~mu");
        node.put("confidenceLevel", CONFIDENCE_LEVEL);
        node.put("signalTreatment", signalTreatment);
        real(node, "bestFitStrength", full.bestFitStrength());
        ObjectNode significance = node.putObject("significance");
        real(significance, "observed", full.observedSignificance());
        real(significance, "expected", full.expectedSignificance());
        fullLimits(node.putObject("signalStrength"), "1", full, 1);
        fullLimits(node.putObject("crossSection"), "pb", full, crossSectionPb);
    }

    private static void fullLimits(ObjectNode node, String unit, LikelihoodResult full, double scale) {
        node.put("unit", unit);
        real(node, "observed", full.observedLimit() * scale);
        bands(node.putObject("expected"), new ExpectedLimits(full.expectedMinus2() * scale,
                full.expectedMinus1() * scale, full.expectedMedian() * scale, full.expectedPlus1() * scale,
                full.expectedPlus2() * scale));
    }

    private static void model(ObjectNode node, SignalModel model) {
        node.put("name", model.name());
        node.put("family", model.family());
        ObjectNode parameters = node.putObject("parameters");
        model.parameters().forEach((name, value) -> real(parameters, name, value));
        quantity(node.putObject("crossSection"), model.crossSectionPb(), "pb");
        quantity(node.putObject("totalYield"), model.totalYield(), EVENTS);
        node.put("provenance", model.provenance());
    }

    private static void options(ObjectNode node, AnalysisOptions options) {
        node.put("optimizer", options.optimizer());
        node.put("figureOfMerit", options.figureOfMerit().id());
        node.put("figureOfMeritLabel", options.figureOfMerit().label());
        node.put("errorCombination", options.errors().id());
        node.put("pValueMethod", options.pValueMethod().id());
        node.put("seed", options.seed());
        node.put("statistics", options.statistics().id());
    }

    private static void optimization(ObjectNode node, OptimizationResult optimization) {
        node.put("optimizer", optimization.optimizer());
        node.put("figureOfMerit", optimization.figureOfMerit());
        real(node, "value", optimization.value());
        node.put("evaluations", optimization.evaluations());
        quantity(node.putObject("wallTime"), optimization.wallTime().toNanos() / 1e9, "s");
    }

    private static void selection(ObjectNode node, List<Integer> bins, Optional<List<AxisCut>> cuts) {
        ArrayNode list = node.putArray("bins");
        bins.forEach(list::add);
        if (cuts.isEmpty()) {
            node.putNull("cuts");
            return;
        }
        ObjectNode cut = node.putObject("cuts");
        cut.put("text", AxisCut.text(cuts.get()));
        ranges(cut.putArray("ranges"), cuts.get());
    }

    /** One entry per axis: its name, edges (null where open) and unit ("1" for a count). */
    private static void ranges(ArrayNode node, List<AxisCut> cuts) {
        for (AxisCut cut : cuts) {
            ObjectNode entry = node.addObject().put("variable", cut.axis());
            real(entry, "lower", cut.range().lower());
            real(entry, "upper", cut.range().upper());
            entry.put("unit", cut.isCount() ? "1" : cut.unit());
        }
    }

    private static void scan(ObjectNode node, ScanResult scan, List<BackgroundProcess> processes) {
        node.put("family", scan.family().family());
        node.put("decay", scan.family().decay());
        options(node.putObject("options"), scan.options());
        node.put("cancelled", scan.cancelled());
        scan.otherVersionNote().ifPresent(note -> node.put("generatorVersionNote", note));
        ArrayNode points = node.putArray("points");
        for (ScanPoint point : scan.points()) {
            scanPoint(points.addObject(), point, processes);
        }
        ArrayNode failures = node.putArray("failures");
        scan.failures().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(failure -> failures.addObject().put("model", failure.getKey()).put("message", failure.getValue()));
        if (!scan.points().isEmpty()) {
            contours(node.putArray("contours"), ExclusionContours.of(scan));
        }
    }

    /** Each exclusion contour's lines as arrays of the masses along them. */
    private static void contours(ArrayNode node, List<ExclusionContours.Line> contours) {
        for (ExclusionContours.Line contour : contours) {
            ObjectNode entry = node.addObject();
            entry.put("id", contour.id());
            entry.put("description", contour.description());
            entry.put("unit", "GeV");
            ArrayNode lines = entry.putArray("lines");
            for (Layer.Polyline line : contour.lines()) {
                ObjectNode points = lines.addObject();
                ArrayNode mother = points.putArray("mother");
                ArrayNode lsp = points.putArray("lsp");
                for (int i = 0; i < line.size(); i++) {
                    mother.add(line.x().get(i));
                    lsp.add(line.y().get(i));
                }
            }
        }
    }

    private static void scanPoint(ObjectNode node, ScanPoint point, List<BackgroundProcess> processes) {
        AnalysisRun run = point.run();
        node.put("model", run.model());
        if (!point.modelProvenance().isEmpty()) {
            node.put("modelProvenance", point.modelProvenance());
        }
        ObjectNode masses = node.putObject("masses");
        masses.put("unit", "GeV");
        real(masses, "mother", point.point().mGluino());
        real(masses, "lsp", point.point().mLsp());
        node.put("optimizer", run.optimizer());
        node.put("figureOfMerit", run.figureOfMerit());
        ArrayNode bins = node.putArray("bins");
        run.bins().forEach(bins::add);
        if (run.selection().isEmpty()) {
            node.putNull("cuts");
        } else {
            node.put("cuts", run.selection());
        }
        ObjectNode yields = node.putObject("yields");
        yields.put("unit", EVENTS);
        real(yields, "signal", run.signal());
        background(yields.putObject("background"), run.background(), run.backgroundUp(), run.backgroundDown());
        yields.put("observed", run.observed());
        run.recorded().ifPresent(details -> {
            ArrayNode byProcess = yields.putArray("processes");
            processes.forEach(process -> processYield(byProcess.addObject(), process,
                    details.backgrounds().get(process.name())));
            if (details.cuts().isEmpty()) {
                node.putNull("cutRanges");
            } else {
                ranges(node.putArray("cutRanges"), details.cuts());
            }
            node.put("statistics", details.statistics());
            node.put("modelRevision", details.modelRevision());
        });
        ObjectNode test = node.putObject("test");
        pValue(test.putObject("expected"), new PValue(run.expectedPValue(), run.expectedSignificance()));
        pValue(test.putObject("observed"), new PValue(run.observedPValue(), run.observedSignificance()));
        ObjectNode limits = node.putObject("limits");
        limits.put("method", "CLs");
        limits.put("confidenceLevel", CONFIDENCE_LEVEL);
        ObjectNode signal = limits.putObject("signal");
        signal.put("unit", EVENTS);
        real(signal, "observed", run.signalLimit());
        real(signal, "expectedMedian", run.expectedSignalLimit());
        ObjectNode strength = limits.putObject("signalStrength");
        strength.put("unit", "1");
        real(strength, "observed", point.observedStrengthLimit());
        real(strength, "expectedMedian", point.expectedStrengthLimit());
        // runs stored before database schema 4 kept the median only
        if (!Double.isNaN(run.expectedSignalLimits().minus1())) {
            bands(signal.putObject("expected"), run.expectedSignalLimits());
            bands(strength.putObject("expected"), point.expectedStrengthLimits());
        }
        if (run.method() != null) {
            ObjectNode method = node.putObject("method");
            method.put("errorCombination", run.method().errors());
            method.put("pValueMethod", run.method().pValueMethod());
            method.put("fullLikelihoodToys", run.method().fullLikelihoodToys());
            if (run.method().seed() == null) {
                method.putNull("seed");
            } else {
                method.put("seed", run.method().seed());
            }
        }
        node.put("finished", run.timestamp().toString());
        point.full().ifPresent(full -> fullLikelihood(node.putObject("fullLikelihood"), full, point.crossSectionPb(),
                FullLikelihood.SIGNAL_TREATMENT));
    }

    private static void background(ObjectNode node, double value, double up, double down) {
        real(node, "value", value);
        real(node, "up", up);
        real(node, "down", down);
    }

    private static void pValue(ObjectNode node, PValue p) {
        real(node, "p", p.p());
        real(node, "z", p.z());
    }

    private static void bands(ObjectNode node, ExpectedLimits limits) {
        real(node, "minus2", limits.minus2());
        real(node, "minus1", limits.minus1());
        real(node, "median", limits.median());
        real(node, "plus1", limits.plus1());
        real(node, "plus2", limits.plus2());
    }

    private static void quantity(ObjectNode node, double value, String unit) {
        real(node, "value", value);
        node.put("unit", unit);
    }

    /** JSON has no infinities or NaN: they are written as null. */
    private static void real(ObjectNode node, String name, double value) {
        if (Double.isFinite(value)) {
            node.put(name, value);
        } else {
            node.putNull(name);
        }
    }
}
