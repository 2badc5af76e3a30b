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
import org.miniana.core.SignalModel;
import org.miniana.core.SignalYield;
import org.miniana.data.InputFormatException;
import org.miniana.data.io.SignalModelJson.SignalModels;

/**
 * One signal model as CSV: metadata lines (analysis, model, family, "parameter NAME = VALUE" in
 * order, cross_section_pb, provenance), then one row per bin: bin, yield, mc_stat_error. See this
 * bundle's README and {@code examples/signal-model.csv}.
 */
public final class SignalModelCsv {

    private static final List<String> COLUMNS = List.of("bin", "yield", "mc_stat_error");
    private static final String PARAMETER = "parameter ";

    private SignalModelCsv() {
    }

    public static SignalModels read(String source, InputStream in) throws InputFormatException, IOException {
        CsvSupport.Table table = CsvSupport.read(source, in, COLUMNS, Set.of());
        Map<String, Double> parameters = new LinkedHashMap<>();
        for (CsvSupport.Metadata entry : table.metadata()) {
            if (entry.key().startsWith(PARAMETER)) {
                parameters.put(entry.key().substring(PARAMETER.length()).trim(), table.number(entry));
            }
        }
        double crossSection = table.number(table.entry("cross_section_pb"));
        List<SignalYield> yields = new ArrayList<>();
        for (CSVRecord record : table.records()) {
            int line = table.line(record);
            table.requireBin(record, yields.size());
            try {
                yields.add(new SignalYield(table.number(record, "yield"), table.number(record, "mc_stat_error")));
            } catch (IllegalArgumentException e) {
                throw new InputFormatException(source, line, e.getMessage());
            }
        }
        try {
            var model = new SignalModel(table.value("model"), table.value("family"), parameters, crossSection,
                    table.value("provenance"), yields);
            return new SignalModels(table.value("analysis"), List.of(model));
        } catch (IllegalArgumentException e) {
            throw new InputFormatException(source, 0, e.getMessage());
        }
    }

    /** Writes one model of {@code analysis}. */
    public static void write(String analysis, SignalModel model, OutputStream out) throws IOException {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("format", "miniana-signal-model 1");
        metadata.put("analysis", analysis);
        metadata.put("model", model.name());
        metadata.put("family", model.family());
        model.parameters().forEach((name, value) -> metadata.put(PARAMETER + name, Double.toString(value)));
        metadata.put("cross_section_pb", Double.toString(model.crossSectionPb()));
        metadata.put("provenance", model.provenance());
        var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(CsvSupport.metadata(metadata));
        var printer = new CSVPrinter(writer, CsvSupport.FORMAT);
        printer.printRecord(COLUMNS);
        for (int bin = 0; bin < model.yields().size(); bin++) {
            printer.printRecord(bin, model.yield(bin).value(), model.yield(bin).mcStatError());
        }
        printer.flush();
    }
}
