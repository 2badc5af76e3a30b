/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data.io;

import static org.miniana.data.io.JsonSupport.interval;
import static org.miniana.data.io.JsonSupport.nonNegative;
import static org.miniana.data.io.JsonSupport.require;
import static org.miniana.data.io.JsonSupport.toJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.miniana.core.Analysis;
import org.miniana.core.BackgroundProcess;
import org.miniana.core.BinYields;
import org.miniana.core.Estimate;
import org.miniana.core.InputChecks;
import org.miniana.core.SearchBin;
import org.miniana.core.SearchResult;
import org.miniana.data.InputFormatException;

/**
 * A search result as JSON ({@value #FORMAT}, version {@value #VERSION}); the format is described
 * in this bundle's README and shown by {@code examples/search-result.json}.
 */
public final class SearchResultJson {

    public static final String FORMAT = "miniana-search-result";
    public static final int VERSION = 1;

    record AnalysisJson(String name, Double sqrtSTeV, Double luminosityInvPb, String reference, String description) {
        AnalysisJson {
            require(name, "name");
            nonNegative(sqrtSTeV, "sqrtSTeV");
            nonNegative(luminosityInvPb, "luminosityInvPb");
        }
    }

    record ProcessJson(String name, String label, String color) {
        ProcessJson {
            require(name, "name");
            require(label, "label");
            if (color == null || !color.matches("#[0-9A-Fa-f]{6}")) {
                throw new IllegalArgumentException("'color' must be #RRGGBB, not " + color);
            }
        }
    }

    record EstimateJson(Double value, Double statUp, Double statDown, Double systUp, Double systDown) {
        EstimateJson {
            nonNegative(value, "value");
            nonNegative(statUp, "statUp");
            nonNegative(statDown, "statDown");
            nonNegative(systUp, "systUp");
            nonNegative(systDown, "systDown");
        }
    }

    record BinJson(Integer index, List<Double> njets, List<Double> nb, List<Double> ht, List<Double> mht, Long observed,
            Map<String, EstimateJson> backgrounds) {
        BinJson {
            require(index, "index");
            require(observed, "observed");
            require(backgrounds, "backgrounds");
        }
    }

    record Document(String format, Integer version, AnalysisJson analysis, List<ProcessJson> processes,
            List<BinJson> bins) {
        Document {
            require(analysis, "analysis");
            require(processes, "processes");
            require(bins, "bins");
        }
    }

    private SearchResultJson() {
    }

    public static SearchResult read(String source, InputStream in) throws InputFormatException, IOException {
        return toResult(source, JsonSupport.read(source, in, Document.class, FORMAT, VERSION, VERSION));
    }

    public static void write(SearchResult result, OutputStream out) throws IOException {
        JsonSupport.MAPPER.writeValue(out, toDocument(result));
    }

    /** Checks what refers across objects (bin numbering, process names), on the line of the object concerned. */
    private static SearchResult toResult(String source, JsonSupport.Located<Document> located)
            throws InputFormatException {
        Document document = located.value();
        AnalysisJson a = document.analysis();
        var analysis = new Analysis(a.name(), a.sqrtSTeV(), a.luminosityInvPb(), a.reference(), a.description());
        List<BackgroundProcess> processes = new ArrayList<>();
        Map<String, BackgroundProcess> byName = new HashMap<>();
        for (ProcessJson p : document.processes()) {
            var process = new BackgroundProcess(p.name(), p.label(), Integer.parseInt(p.color().substring(1), 16));
            if (byName.put(p.name(), process) != null) {
                throw new InputFormatException(source, located.line("processes[" + processes.size() + "]"),
                        "process '" + p.name() + "' is listed twice");
            }
            processes.add(process);
        }
        if (document.bins().isEmpty()) {
            throw new InputFormatException(source, located.line("bins"), "the analysis has no bins");
        }
        List<BinYields> bins = new ArrayList<>();
        List<SearchBin> searchBins = new ArrayList<>();
        for (BinJson bin : document.bins()) {
            int line = located.line("bins[" + bins.size() + "]");
            try {
                if (bin.index() != bins.size()) {
                    throw new IllegalArgumentException("bins must be numbered 0, 1, 2, ... in order; bin " + bin.index()
                            + " stands at position " + bins.size());
                }
                var searchBin = InputChecks.distinctBin(searchBins, new SearchBin(bin.index(),
                        interval(bin.njets(), "njets"), interval(bin.nb(), "nb"), interval(bin.ht(), "ht"),
                        interval(bin.mht(), "mht")));
                Map<BackgroundProcess, Estimate> estimates = new LinkedHashMap<>();
                for (BackgroundProcess process : processes) {
                    EstimateJson e = bin.backgrounds().get(process.name());
                    if (e == null) {
                        throw new IllegalArgumentException("bin " + bin.index() + " has no estimate for process '"
                                + process.name() + "'");
                    }
                    estimates.put(process, new Estimate(e.value(), e.statUp(), e.statDown(), e.systUp(), e.systDown()));
                }
                for (String name : bin.backgrounds().keySet()) {
                    if (!byName.containsKey(name)) {
                        throw new IllegalArgumentException("bin " + bin.index() + " names an unknown process '" + name
                                + "'");
                    }
                }
                searchBins.add(searchBin);
                bins.add(new BinYields(searchBin, InputChecks.count("'observed'", bin.observed()), estimates));
            } catch (IllegalArgumentException e) {
                throw new InputFormatException(source, line, e.getMessage());
            }
        }
        return new SearchResult(analysis, processes, bins);
    }

    private static Document toDocument(SearchResult result) {
        Analysis a = result.analysis();
        List<ProcessJson> processes = result.processes().stream()
                .map(p -> new ProcessJson(p.name(), p.label(), String.format("#%06X", p.rgb()))).toList();
        List<BinJson> bins = new ArrayList<>();
        for (BinYields yields : result.bins()) {
            SearchBin bin = yields.bin();
            Map<String, EstimateJson> estimates = new LinkedHashMap<>();
            yields.backgrounds().forEach((process, e) -> estimates.put(process.name(),
                    new EstimateJson(e.value(), e.statUp(), e.statDown(), e.systUp(), e.systDown())));
            bins.add(new BinJson(bin.index(), toJson(bin.njets()), toJson(bin.nb()), toJson(bin.ht()), toJson(bin.mht()),
                    yields.observed(), estimates));
        }
        return new Document(FORMAT, VERSION,
                new AnalysisJson(a.name(), a.sqrtSTeV(), a.luminosityInvPb(), a.reference(), a.description()),
                processes, bins);
    }
}
