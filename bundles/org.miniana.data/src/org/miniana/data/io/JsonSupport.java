/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.miniana.core.Interval;
import org.miniana.data.InputFormatException;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The project's JSON conventions: strict reading with file/line errors, indented writing. */
final class JsonSupport {

    /** Configured once and never changed, so shared safely between threads. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private JsonSupport() {
    }

    /**
     * Reads one document of {@code type} whose top-level "format" and "version" must be the
     * given ones; every problem becomes one {@link InputFormatException}.
     */
    static <T> T read(String source, InputStream in, Class<T> type, String format, int version)
            throws InputFormatException, IOException {
        byte[] bytes = in.readNBytes(TextLines.MAX_BYTES + 1);
        if (bytes.length > TextLines.MAX_BYTES) {
            throw new InputFormatException(source, 0, "file is larger than " + (TextLines.MAX_BYTES >> 20) + " MiB");
        }
        try {
            checkHeader(source, bytes, format, version);
            return MAPPER.readValue(bytes, type);
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            throw new InputFormatException(source, location == null ? 0 : location.getLineNr(), describe(e));
        }
    }

    /** Checks format and version first, so that a wrong file is named as such, on the right line. */
    private static void checkHeader(String source, byte[] bytes, String format, int version)
            throws InputFormatException, IOException {
        String foundFormat = null;
        Integer foundVersion = null;
        try (JsonParser parser = MAPPER.createParser(bytes)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new InputFormatException(source, parser.currentLocation().getLineNr(), "expected a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME && (foundFormat == null || foundVersion == null)) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                int line = parser.currentLocation().getLineNr();
                if (field.equals("format")) {
                    foundFormat = parser.getValueAsString();
                    if (!format.equals(foundFormat)) {
                        throw new InputFormatException(source, line, "'format' must be \"" + format + "\", not "
                                + parser.getText());
                    }
                } else if (field.equals("version")) {
                    foundVersion = value == JsonToken.VALUE_NUMBER_INT ? parser.getIntValue() : null;
                    if (!Integer.valueOf(version).equals(foundVersion)) {
                        throw new InputFormatException(source, line, "unsupported version " + parser.getText() + " of "
                                + format + " (this tool reads version " + version + ")");
                    }
                } else {
                    parser.skipChildren();
                }
            }
        }
        if (foundFormat == null || foundVersion == null) {
            throw new InputFormatException(source, 1, "missing '" + (foundFormat == null ? "format" : "version")
                    + "' member before the data");
        }
    }

    private static String describe(JsonProcessingException e) {
        Throwable cause = e.getCause();
        String problem = cause instanceof IllegalArgumentException ? cause.getMessage() : e.getOriginalMessage();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String path = mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() != null ? "." + reference.getFieldName()
                            : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining()).replaceFirst("^\\.", "");
            return path + ": " + firstLine(problem);
        }
        return firstLine(problem);
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    static <T> T require(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("missing '" + field + "'");
        }
        return value;
    }

    static double nonNegative(Double value, String field) {
        if (!(require(value, field) >= 0) || value.isInfinite()) {
            throw new IllegalArgumentException("'" + field + "' must be a finite non-negative number, not " + value);
        }
        return value;
    }

    /** An interval as [lower, upper] with null for an open upper edge. */
    static List<Double> toJson(Interval interval) {
        return Arrays.asList(interval.lower(), interval.isOpen() ? null : interval.upper());
    }

    static Interval interval(List<Double> range, String field) {
        if (range == null || range.size() != 2 || range.get(0) == null) {
            throw new IllegalArgumentException("'" + field + "' must be [lower, upper] with upper null when open");
        }
        double lower = range.get(0);
        Double upper = range.get(1);
        if (upper != null && !(upper > lower)) {
            throw new IllegalArgumentException("'" + field + "' upper edge " + upper + " is not above " + lower);
        }
        return upper == null ? Interval.atLeast(lower) : Interval.of(lower, upper);
    }
}
