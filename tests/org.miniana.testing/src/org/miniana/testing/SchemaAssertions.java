/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;

/** Checks of the JSON documents the tool writes against their schemas. */
public final class SchemaAssertions {

    private SchemaAssertions() {
    }

    /** The schema's complaints about a document, as text (none for a valid one). */
    public static List<String> errors(Schema schema, JsonNode document) {
        return schema.validate(document).stream().map(Error::toString).toList();
    }

    /** A copy of a valid document, changed, must be refused with an error that mentions {@code expected}. */
    public static void assertInvalid(Schema schema, ObjectNode valid, Consumer<ObjectNode> change, String expected) {
        ObjectNode document = valid.deepCopy();
        change.accept(document);
        List<String> errors = errors(schema, document);
        assertFalse(errors.isEmpty(), "accepted: " + expected);
        assertTrue(errors.stream().anyMatch(error -> error.contains(expected)), expected + " not in " + errors);
    }
}
