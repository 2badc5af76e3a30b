/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.miniana.core.InputChecks;
import org.miniana.core.Interval;
import org.miniana.data.InputFormatException;

/**
 * The project's CSV conventions: leading "# key = value" metadata lines, then a header row and
 * one record per line, read strictly with the file's line numbers in every error.
 */
final class CsvSupport {

    /** A metadata line: its key, value and line number. */
    record Metadata(String key, String value, int line) {
    }

    /** A parsed file: metadata in order, the header, and the records with their line numbers. */
    record Table(String source, List<Metadata> metadata, List<String> header, List<CSVRecord> records,
            int firstRecordLine) {

        int line(CSVRecord record) {
            return firstRecordLine + (int) record.getRecordNumber() - 1;
        }

        Metadata entry(String key) throws InputFormatException {
            return metadata.stream().filter(m -> m.key().equals(key)).findFirst()
                    .orElseThrow(() -> new InputFormatException(source, 0, "missing metadata line '# " + key + " = ...'"));
        }

        String value(String key) throws InputFormatException {
            return entry(key).value();
        }

        double number(Metadata entry) throws InputFormatException {
            return InputFormatException.checked(source, entry.line(),
                    () -> InputChecks.number("'" + entry.key() + "'", entry.value()));
        }

        double number(CSVRecord record, String column) throws InputFormatException {
            return InputFormatException.checked(source, line(record),
                    () -> InputChecks.number("column '" + column + "'", record.get(column)));
        }

        /** A count: a whole number from 0 to {@link InputChecks#MAX_COUNT}. */
        long count(CSVRecord record, String column) throws InputFormatException {
            return InputFormatException.checked(source, line(record),
                    () -> InputChecks.count("column '" + column + "'", record.get(column)));
        }

        /** Checks that {@code record}'s bin number is {@code expected}: bins come 0, 1, 2, ... in order. */
        void requireBin(CSVRecord record, int expected) throws InputFormatException {
            if (number(record, "bin") != expected) {
                throw new InputFormatException(source, line(record), "bins must be numbered 0, 1, 2, ... in order;"
                        + " found " + record.get("bin") + " where " + expected + " belongs");
            }
        }

        /** The range VARIABLE_min .. VARIABLE_max; an empty maximum is an open upper edge. */
        Interval interval(CSVRecord record, String variable) throws InputFormatException {
            double lower = number(record, variable + "_min");
            double upper = upperEdge(record, variable + "_max");
            if (!(upper > lower)) {
                throw new InputFormatException(source, line(record), variable + " range [" + lower + ", " + upper
                        + ") is empty");
            }
            return new Interval(lower, upper);
        }

        /** A number, or infinity for an empty cell (an open upper edge). */
        double upperEdge(CSVRecord record, String column) throws InputFormatException {
            return record.get(column).isBlank() ? Double.POSITIVE_INFINITY : number(record, column);
        }
    }

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private CsvSupport() {
    }

    /**
     * Reads a file whose header has {@code requiredColumns}; each metadata key appears once,
     * except those in {@code repeatableKeys}.
     */
    static Table read(String source, InputStream in, List<String> requiredColumns, Set<String> repeatableKeys)
            throws InputFormatException, IOException {
        List<String> lines = TextLines.read(source, in, TextLines.MAX_BYTES);
        List<Metadata> metadata = new ArrayList<>();
        Map<String, Integer> lineOfKey = new HashMap<>();
        int index = 0;
        for (; index < lines.size() && lines.get(index).startsWith("#"); index++) {
            String content = lines.get(index).substring(1).trim();
            int equals = content.indexOf('=');
            if (equals < 0) {
                throw new InputFormatException(source, index + 1, "expected a metadata line '# key = value'");
            }
            String key = content.substring(0, equals).trim();
            Integer first = lineOfKey.putIfAbsent(key, index + 1);
            if (first != null && !repeatableKeys.contains(key)) {
                throw new InputFormatException(source, index + 1, "a second '# " + key + " = ...' line (the first is"
                        + " line " + first + ")");
            }
            metadata.add(new Metadata(key, content.substring(equals + 1).trim(), index + 1));
        }
        if (index == lines.size()) {
            throw new InputFormatException(source, index, "no header row after the metadata");
        }
        int headerLine = index + 1;
        String body = String.join("\n", lines.subList(index, lines.size()));
        try (CSVParser parser = FORMAT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body))) {
            List<String> header = parser.getHeaderNames();
            for (String column : requiredColumns) {
                if (!header.contains(column)) {
                    throw new InputFormatException(source, headerLine, "missing column '" + column + "'");
                }
            }
            List<CSVRecord> records = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (!record.isConsistent()) {
                    throw new InputFormatException(source, headerLine + (int) record.getRecordNumber(),
                            record.size() + " values for " + header.size() + " columns");
                }
                records.add(record);
            }
            return new Table(source, metadata, header, records, headerLine + 1);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new InputFormatException(source, headerLine, "malformed CSV: " + e.getMessage());
        }
    }

    /** Metadata lines for writing; values must not contain line breaks. */
    static String metadata(Map<String, String> entries) {
        var text = new StringBuilder();
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            if (entry.getValue().contains("\n") || entry.getValue().contains("\r")) {
                throw new IllegalArgumentException(
                        "'" + entry.getKey() + "' has a line break, which CSV metadata cannot hold; use JSON");
            }
            text.append("# ").append(entry.getKey()).append(" = ").append(entry.getValue()).append('\n');
        }
        return text.toString();
    }
}
