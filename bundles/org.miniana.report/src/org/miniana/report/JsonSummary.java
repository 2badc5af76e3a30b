/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.report;

/** Where to find the machine-readable summary of a run, for programs that read it. */
public final class JsonSummary {

    /** The id of the generator that writes it. */
    public static final String GENERATOR = "json-summary";
    /** The file it writes into the report folder. */
    public static final String FILE = "summary.json";
    /** The schema the file follows, as an entry of the org.miniana.report bundle. */
    public static final String SCHEMA = "schema/summary-1.schema.json";

    private JsonSummary() {
    }
}
