/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Map;

import org.miniana.core.Interval;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The documents the commands print with --json. Each shape has a JSON Schema in this bundle's
 * schema/ folder, {@code cli-SHAPE-MAJOR.schema.json} with $id {@code urn:miniana:schema:cli-SHAPE:MAJOR},
 * and each document names it in "schema" and its version in "schemaVersion" (see schema/README.md).
 */
final class JsonOutput {

    /** MAJOR.MINOR of every shape not in {@link #LATER}; a minor version only adds optional fields. */
    static final String VERSION = "1.0";
    /** Shapes at a later version, and what it added or changed (see each schema's description). */
    private static final Map<String, String> LATER = Map.of("significance", "1.1", // 1.1: notes
            "contributions", "1.1", // 1.1: unavailable
            "validate-limits", "1.1", // 1.1: pointRatios
            "model", "1.1", // 1.1: variations
            "models", "2.0"); // 2.0: each model with its search, as a name is unique only within its search

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private JsonOutput() {
    }

    /** The $id of a shape's schema. */
    static String schemaId(String shape) {
        String version = version(shape);
        return "urn:miniana:schema:cli-" + shape + ":" + version.substring(0, version.indexOf('.'));
    }

    /** MAJOR.MINOR of {@code shape}'s documents. */
    static String version(String shape) {
        return LATER.getOrDefault(shape, VERSION);
    }

    /** A new document of {@code shape}, naming its schema and version. */
    static ObjectNode document(String shape) {
        ObjectNode document = NODES.objectNode();
        document.put("schema", schemaId(shape));
        document.put("schemaVersion", version(shape));
        return document;
    }

    /** Numbers that are not finite are written as null, as JSON has no NaN or infinity. */
    static void putNumber(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, value);
        } else {
            node.putNull(field);
        }
    }

    /** A bin edge interval; an open upper end is null. */
    static ObjectNode interval(Interval interval) {
        ObjectNode node = NODES.objectNode().put("lower", interval.lower());
        putNumber(node, "upper", interval.upper());
        return node;
    }

    static void print(ObjectNode document, PrintWriter out) {
        try {
            out.println(JSON.writeValueAsString(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }
}
