/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.report;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a report comes from, beyond what the run itself records.
 *
 * @param toolVersion the version of the tool that wrote the report
 * @param database where the run's data lives (database folder or URL), or "" when unknown
 * @param generated when the report run started
 */
public record ReportProvenance(String toolVersion, String database, Instant generated) {

    /** The tool's name as reports print it. */
    public static final String TOOL = "Mini Analysis Workbench";

    public ReportProvenance {
        Objects.requireNonNull(toolVersion, "toolVersion");
        database = Objects.requireNonNullElse(database, "");
        Objects.requireNonNull(generated, "generated");
    }
}
