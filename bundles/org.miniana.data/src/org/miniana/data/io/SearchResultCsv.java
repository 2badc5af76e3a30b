/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.miniana.core.Analysis;
import org.miniana.core.BackgroundProcess;
import org.miniana.core.BinYields;
import org.miniana.core.Estimate;
import org.miniana.core.InputChecks;
import org.miniana.core.Interval;
import org.miniana.core.SearchBin;
import org.miniana.core.SearchResult;
import org.miniana.data.InputFormatException;

/**
 * A search result as CSV: metadata lines (analysis, sqrt_s_tev, luminosity_invpb, reference,
 * description, and one "process = name | label | #RRGGBB" per background), then one row per bin
 * with its ranges (empty upper edge = open), the observed count and, per process, the value
 * and its stat/syst up/down errors. See this bundle's README and
 * {@code examples/search-result.csv}.
 */
public final class SearchResultCsv {

    static final List<String> BIN_COLUMNS = List.of("bin", "njets_min", "njets_max", "nb_min", "nb_max", "ht_min",
            "ht_max", "mht_min", "mht_max", "observed");
    private static final List<String> ESTIMATE_SUFFIXES = List.of("", "_stat_up", "_stat_down", "_syst_up", "_syst_down");

    /** The metadata key of a background process, one line per process. */
    private static final String PROCESS = "process";

    private SearchResultCsv() {
    }

    public static SearchResult read(String source, InputStream in) throws InputFormatException, IOException {
        CsvSupport.Table table = CsvSupport.read(source, in, BIN_COLUMNS, Set.of(PROCESS));
        List<BackgroundProcess> processes = new ArrayList<>();
        for (CsvSupport.Metadata entry : table.metadata()) {
            if (entry.key().equals(PROCESS)) {
                processes.add(process(source, entry));
            }
        }
        Analysis analysis;
        try {
            analysis = new Analysis(table.value("analysis"), table.number(table.entry("sqrt_s_tev")),
                    table.number(table.entry("luminosity_invpb")), table.value("reference"), table.value("description"));
        } catch (IllegalArgumentException e) {
            throw new InputFormatException(source, 0, e.getMessage());
        }
        for (BackgroundProcess process : processes) {
            for (String suffix : ESTIMATE_SUFFIXES) {
                if (!table.header().contains(process.name() + suffix)) {
                    throw new InputFormatException(source, table.firstRecordLine() - 1,
                            "missing column '" + process.name() + suffix + "'");
                }
            }
        }
        if (table.records().isEmpty()) {
            throw new InputFormatException(source, table.firstRecordLine() - 1, "the analysis has no bins (no rows"
                    + " after the header)");
        }
        List<BinYields> bins = new ArrayList<>();
        List<SearchBin> searchBins = new ArrayList<>();
        for (CSVRecord record : table.records()) {
            int line = table.line(record);
            table.requireBin(record, bins.size());
            long observed = table.count(record, "observed");
            try {
                var bin = InputChecks.distinctBin(searchBins, new SearchBin(bins.size(), table.interval(record, "njets"),
                        table.interval(record, "nb"), table.interval(record, "ht"), table.interval(record, "mht")));
                Map<BackgroundProcess, Estimate> estimates = new LinkedHashMap<>();
                for (BackgroundProcess process : processes) {
                    double[] numbers = new double[ESTIMATE_SUFFIXES.size()];
                    for (int i = 0; i < numbers.length; i++) {
                        numbers[i] = table.number(record, process.name() + ESTIMATE_SUFFIXES.get(i));
                    }
                    estimates.put(process, new Estimate(numbers[0], numbers[1], numbers[2], numbers[3], numbers[4]));
                }
                searchBins.add(bin);
                bins.add(new BinYields(bin, observed, estimates));
            } catch (IllegalArgumentException e) {
                throw new InputFormatException(source, line, e.getMessage());
            }
        }
        return new SearchResult(analysis, processes, bins);
    }

    public static void write(SearchResult result, OutputStream out) throws IOException {
        Analysis analysis = result.analysis();
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("format", "miniana-search-result 1");
        metadata.put("analysis", analysis.name());
        metadata.put("sqrt_s_tev", Double.toString(analysis.sqrtSTeV()));
        metadata.put("luminosity_invpb", Double.toString(analysis.luminosityInvPb()));
        metadata.put("reference", analysis.reference());
        metadata.put("description", analysis.description());
        var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        List<String> header = new ArrayList<>(BIN_COLUMNS);
        for (BackgroundProcess process : result.processes()) {
            if (process.name().contains("|") || process.label().contains("|")) {
                throw new IllegalArgumentException("process '" + process.name() + "' has a '|', which CSV metadata"
                        + " uses as separator; use JSON");
            }
            ESTIMATE_SUFFIXES.forEach(suffix -> header.add(process.name() + suffix));
        }
        StringBuilder text = new StringBuilder(CsvSupport.metadata(metadata));
        for (BackgroundProcess process : result.processes()) {
            text.append(CsvSupport.metadata(Map.of(PROCESS,
                    process.name() + " | " + process.label() + " | " + String.format("#%06X", process.rgb()))));
        }
        writer.write(text.toString());
        var printer = new CSVPrinter(writer, CsvSupport.FORMAT);
        printer.printRecord(header);
        for (BinYields yields : result.bins()) {
            SearchBin bin = yields.bin();
            List<Object> row = new ArrayList<>(List.of(bin.index()));
            for (Interval interval : List.of(bin.njets(), bin.nb(), bin.ht(), bin.mht())) {
                row.add(interval.lower());
                row.add(interval.isOpen() ? "" : interval.upper());
            }
            row.add(yields.observed());
            for (BackgroundProcess process : result.processes()) {
                Estimate e = yields.background(process);
                row.addAll(List.of(e.value(), e.statUp(), e.statDown(), e.systUp(), e.systDown()));
            }
            printer.printRecord(row);
        }
        printer.flush();
    }

    private static BackgroundProcess process(String source, CsvSupport.Metadata entry) throws InputFormatException {
        String[] parts = entry.value().split("\\|");
        if (parts.length != 3 || !parts[2].trim().matches("#[0-9A-Fa-f]{6}")) {
            throw new InputFormatException(source, entry.line(), "expected '# process = name | label | #RRGGBB'");
        }
        return new BackgroundProcess(parts[0].trim(), parts[1].trim(), Integer.parseInt(parts[2].trim().substring(1), 16));
    }
}
