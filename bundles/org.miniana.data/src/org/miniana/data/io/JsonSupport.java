/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.miniana.core.InputChecks;
import org.miniana.core.Interval;
import org.miniana.data.InputFormatException;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * The project's JSON conventions: strict reading with file/line errors in the tool's own words
 * (never Jackson's, which name its classes and options), indented writing.
 */
final class JsonSupport {

    /**
     * Configured once and never changed, so shared safely between threads. Every value must have
     * its own type: no 2.5 for a count, no "1.5" for a number, no member twice.
     */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Textual, config -> config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /** Members that hold free text (line breaks allowed); every other string is a name. */
    private static final Set<String> FREE_TEXT = Set.of("description", "reference", "provenance");

    /** A document read, with the line where each of its objects and lists begins. */
    record Located<T>(T value, Map<String, Integer> lines) {

        /** The line where the object or list at {@code path} ("bins[3]", "models") begins, or 0. */
        int line(String path) {
            return lines.getOrDefault(path, 0);
        }
    }

    private JsonSupport() {
    }

    /**
     * Reads one document of {@code type} whose top-level "format" must be the given one and whose
     * "version" lies from {@code oldestVersion} to {@code version}; every problem becomes one
     * {@link InputFormatException}.
     */
    static <T> Located<T> read(String source, InputStream in, Class<T> type, String format, int oldestVersion,
            int version) throws InputFormatException, IOException {
        byte[] bytes = in.readNBytes(TextLines.MAX_BYTES + 1);
        if (bytes.length > TextLines.MAX_BYTES) {
            throw new InputFormatException(source, 0, "file is larger than " + (TextLines.MAX_BYTES >> 20) + " MiB");
        }
        try {
            checkHeader(source, bytes, format, oldestVersion, version);
            Map<String, Integer> lines = checkValues(source, bytes);
            return new Located<>(MAPPER.readValue(bytes, type), lines);
        } catch (JsonProcessingException e) {
            throw new InputFormatException(source, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    describe(e));
        }
    }

    /** Checks format and version first, so that a wrong file is named as such, on the right line. */
    private static void checkHeader(String source, byte[] bytes, String format, int oldestVersion, int version)
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
                    if (foundVersion == null || foundVersion < oldestVersion || foundVersion > version) {
                        throw new InputFormatException(source, line, "unsupported version " + parser.getText() + " of "
                                + format + " (this tool reads version " + (oldestVersion == version ? version
                                        : oldestVersion + " to " + version) + ")");
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

    /**
     * Checks every token on its own line before the document is bound: each number against
     * {@link InputChecks#number(String, double)}, each string as a name or free text, and that
     * nothing follows the document. Returns where the document's lists and their elements begin
     * ("models", "models[3]"), the places the readers name in their messages.
     */
    private static Map<String, Integer> checkValues(String source, byte[] bytes) throws InputFormatException, IOException {
        Map<String, Integer> lines = new HashMap<>();
        JsonParser parser = MAPPER.createParser(bytes);
        try (parser) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                JsonStreamContext context = parser.getParsingContext();
                boolean opens = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
                // depth 1 the document, 2 its lists, 3 their elements
                if (opens && context.getNestingDepth() <= 3) {
                    lines.put(path(context.getParent()), parser.currentTokenLocation().getLineNr());
                }
                try {
                    // A file of 10,000 models has millions of values: the path that names one is
                    // made only for a value that fails.
                    checkValue(parser, token, "");
                } catch (IllegalArgumentException unnamed) {
                    try {
                        checkValue(parser, token, path(context));
                    } catch (IllegalArgumentException e) {
                        throw new InputFormatException(source, parser.currentTokenLocation().getLineNr(),
                                e.getMessage());
                    }
                }
                if (context.inRoot() && token == JsonToken.END_OBJECT && parser.nextToken() != null) {
                    throw new InputFormatException(source, parser.currentTokenLocation().getLineNr(),
                            "text after the end of the JSON object");
                }
            }
        } catch (JsonProcessingException e) {
            // some (exceeded limits) carry no location: the parser knows where it stopped
            throw new InputFormatException(source, parser.currentLocation().getLineNr(), describe(e));
        }
        return lines;
    }

    /** Checks the value {@code token} of {@code parser}, naming it {@code what} when it fails. */
    private static void checkValue(JsonParser parser, JsonToken token, String what) throws IOException {
        JsonStreamContext context = parser.getParsingContext();
        switch (token) {
            case FIELD_NAME -> InputChecks.name("the member name " + what, parser.currentName());
            // in a list there is no member name (and Set.of refuses to look up null)
            case VALUE_STRING -> {
                if (context.inObject() && FREE_TEXT.contains(context.getCurrentName())) {
                    InputChecks.text(what, parser.getText());
                } else {
                    InputChecks.name(what, parser.getText());
                }
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> InputChecks.number(what, parser.getDoubleValue());
            default -> {
                // structure and literals are checked when the document is bound
            }
        }
    }

    /** "bins[3].observed" for the value the context stands at. */
    private static String path(JsonStreamContext context) {
        var path = new StringBuilder();
        for (JsonStreamContext level = context; level != null && !level.inRoot(); level = level.getParent()) {
            String step = level.inArray() ? "[" + level.getCurrentIndex() + "]"
                    : level.getCurrentName() == null ? "" : "." + level.getCurrentName();
            path.insert(0, step);
        }
        return path.toString().replaceFirst("^\\.", "");
    }

    /** The problem in the tool's words: Jackson's messages name its classes and options. */
    static String describe(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return "nested deeper than " + StreamReadConstraints.defaults().getMaxNestingDepth()
                    + " levels, or a number or text too long for any input of this tool";
        }
        if (e instanceof JsonParseException) {
            String message = e.getOriginalMessage();
            if (message.startsWith("Duplicate field")) {
                return "the member " + message.substring("Duplicate field ".length()) + " appears twice in one object";
            }
            if (message.startsWith("Non-standard token")) {
                return "NaN and Infinity are no numbers in JSON; write a finite decimal number";
            }
            return "not valid JSON: " + firstLine(message).replaceAll("\\s*[(:;]?[^(:;]*`.*$", "");
        }
        String path = e instanceof JsonMappingException mapping ? path(mapping.getPath()) : "";
        String problem = switch (e) {
            case UnrecognizedPropertyException unknown -> "unknown member '" + unknown.getPropertyName() + "'";
            case ValueInstantiationException invalid when invalid.getCause() instanceof IllegalArgumentException cause ->
                cause.getMessage();
            case MismatchedInputException mismatch when mismatch.getTargetType() != null ->
                "must be " + expected(mismatch.getTargetType());
            default -> "is not valid here";
        };
        return path.isEmpty() ? problem : path + ": " + problem;
    }

    private static String path(List<JsonMappingException.Reference> references) {
        return references.stream()
                .map(reference -> reference.getFieldName() != null ? "." + reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }

    /** What a value of {@code type} looks like in JSON. */
    private static String expected(Class<?> type) {
        if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number (without quotes)";
        }
        if (type == String.class) {
            return "a text in quotes";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list [...]";
        }
        return "an object {...}";
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
