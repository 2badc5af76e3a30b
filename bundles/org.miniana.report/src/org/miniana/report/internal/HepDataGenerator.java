/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.report.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.miniana.analysis.AnalysisOutcome;
import org.miniana.analysis.CountingTest;
import org.miniana.analysis.ScanPoint;
import org.miniana.analysis.ScanResult;
import org.miniana.core.Analysis;
import org.miniana.core.BackgroundProcess;
import org.miniana.core.Estimate;
import org.miniana.figure.Layer;
import org.miniana.figure.analysis.ExclusionContours;
import org.miniana.report.ReportContext;
import org.miniana.report.ReportGenerator;
import org.miniana.report.ReportSubject;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/**
 * Writes {@value #FOLDER}/: a record in HEPData's submission format (submission.yaml, one YAML
 * document per table, and a data file per table with independent and dependent variables), so
 * that a result can be uploaded to or compared with HEPData as published searches are. A scan
 * gives its exclusion contours (one table per line of each, m(LSP) against m(mother)) and its
 * observed cross-section upper limits per mass point; a run gives the merged bin's yields and
 * limits. Every dependent variable carries sqrt(s) and the luminosity as qualifiers.
 */
public final class HepDataGenerator implements ReportGenerator {

    /** The folder written into the report. */
    public static final String FOLDER = "hepdata";
    public static final String SUBMISSION = "submission.yaml";

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    /** One table: its name, description, keywords and the content of its data file. */
    record Table(String name, String description, Map<String, Object> data) {
    }

    @Override
    public void generate(ReportContext context, IProgressMonitor monitor) throws IOException {
        Path folder = Files.createDirectories(context.folder().resolve(FOLDER));
        Analysis analysis = context.subject().search().analysis();
        List<Table> tables = switch (context.subject()) {
            case ReportSubject.Run run -> List.of(mergedBin(run.outcome(), analysis));
            case ReportSubject.Scan scan -> scanTables(scan.scan(), analysis);
        };
        try (Writer submission = Files.newBufferedWriter(folder.resolve(SUBMISSION), StandardCharsets.UTF_8);
                SequenceWriter documents = yaml.writer().writeValues(submission)) {
            documents.write(ordered("comment", "Made by Mini Analysis Workbench from the results of "
                    + analysis.name() + " (" + analysis.reference() + "): " + context.title() + "."));
            for (int t = 0; t < tables.size(); t++) {
                Table table = tables.get(t);
                String file = String.format(Locale.ROOT, "table%02d.yaml", t + 1);
                documents.write(ordered("name", table.name(), "description", table.description(), "data_file", file));
                yaml.writeValue(folder.resolve(file).toFile(), table.data());
            }
        }
    }

    private static List<Table> scanTables(ScanResult scan, Analysis analysis) {
        List<Table> tables = new ArrayList<>();
        String mother = "M(GLUINO)";
        for (ExclusionContours.Line contour : ExclusionContours.of(scan)) {
            List<Layer.Polyline> lines = contour.lines();
            for (int l = 0; l < lines.size(); l++) {
                Layer.Polyline line = lines.get(l);
                String name = "Exclusion contour " + contour.id() + (lines.size() > 1 ? ", line " + (l + 1) : "");
                tables.add(new Table(name, "95% CL exclusion contour of " + scan.family().family() + ": "
                        + contour.description() + ". Where the signal-strength upper limit is 1, interpolated in"
                        + " log(limit) between the scanned points.",
                        data(List.of(variable(mother, "GEV", values(line.x()))),
                                List.of(dependent("M(LSP)", "GEV", values(line.y()), analysis)))));
            }
        }
        List<ScanPoint> points = scan.points();
        boolean full = points.stream().allMatch(point -> point.full().isPresent());
        List<Object> limits = new ArrayList<>();
        for (ScanPoint point : points) {
            double mu = full ? point.full().get().observedLimit() : point.observedStrengthLimit();
            limits.add(value(mu * point.crossSectionPb()));
        }
        tables.add(new Table("Cross-section upper limits", "Observed 95% CL upper limit on the "
                + scan.family().family() + " production cross section at each scanned mass point, from "
                + (full ? "the search's full likelihood (asymptotic CLs, q~mu)" : "the designed merged bin (CLs)") + ".",
                data(List.of(variable(mother, "GEV", values(points.stream().map(p -> p.point().mGluino()).toList())),
                        variable("M(LSP)", "GEV", values(points.stream().map(p -> p.point().mLsp()).toList()))),
                        List.of(dependent("SIG", "PB", limits, analysis)))));
        return tables;
    }

    private static Table mergedBin(AnalysisOutcome outcome, Analysis analysis) {
        CountingTest test = outcome.test();
        List<Object> labels = new ArrayList<>();
        List<Object> yields = new ArrayList<>();
        List<BackgroundProcess> processes = outcome.search().processes();
        for (int i = 0; i < processes.size(); i++) {
            Estimate estimate = outcome.backgrounds().get(i);
            labels.add(Map.of("value", processes.get(i).label()));
            yields.add(withError(estimate.value(), estimate.totalUp(), estimate.totalDown()));
        }
        labels.add(Map.of("value", "Total background"));
        yields.add(withError(test.background(), test.backgroundUp(), test.backgroundDown()));
        labels.add(Map.of("value", "Signal (" + outcome.model().name() + ")"));
        yields.add(value(test.signal()));
        labels.add(Map.of("value", "Observed"));
        yields.add(value(test.observed()));
        labels.add(Map.of("value", "Observed 95% CL upper limit on the signal"));
        yields.add(value(test.limit().signal()));
        labels.add(Map.of("value", "Median expected 95% CL upper limit on the signal"));
        yields.add(value(test.expectedLimits().median()));
        return new Table("Merged bin", "The single bin designed for " + outcome.model().name() + " (bins "
                + outcome.bins() + "): background per process, signal and observed events, and the CLs limits on"
                + " the signal events.", data(List.of(ordered("header", ordered("name", "Yield"), "values", labels)),
                        List.of(dependent("Events", "", yields, analysis))));
    }

    private static Map<String, Object> data(List<Map<String, Object>> independent, List<Map<String, Object>> dependent) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("independent_variables", independent);
        data.put("dependent_variables", dependent);
        return data;
    }

    private static Map<String, Object> variable(String name, String units, List<Object> values) {
        return ordered("header", ordered("name", name, "units", units), "values", values);
    }

    /** A map that keeps the order of its keys, so that the files read as HEPData's examples do. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** A dependent variable with the search's centre-of-mass energy and luminosity as qualifiers. */
    private static Map<String, Object> dependent(String name, String units, List<Object> values, Analysis analysis) {
        Map<String, Object> variable = new LinkedHashMap<>();
        variable.put("header", units.isEmpty() ? ordered("name", name) : ordered("name", name, "units", units));
        variable.put("qualifiers", List.of(
                ordered("name", "SQRT(S)", "units", "GEV", "value", analysis.sqrtSTeV() * 1000),
                ordered("name", "LUMINOSITY", "units", "FB$^{-1}$", "value", analysis.luminosityInvFb())));
        variable.put("values", values);
        return variable;
    }

    private static List<Object> values(List<Double> numbers) {
        return numbers.stream().map(HepDataGenerator::value).toList();
    }

    /** A value; HEPData writes a missing one as '-'. */
    private static Object value(double number) {
        return Double.isFinite(number) ? Map.of("value", number) : Map.of("value", "-");
    }

    private static Object withError(double value, double up, double down) {
        return ordered("value", value, "errors", List.of(ordered("asymerror", ordered("plus", up, "minus", -down),
                "label", "total")));
    }
}
