/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.report;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One report run: what to report on, for whom, and where to.
 *
 * @param subject the analysis or scan
 * @param settings title, author and affiliation
 * @param database where the run's data lives (database folder or URL) for the provenance, or ""
 * @param output the folder the reports go to; created when missing; files of earlier reports with
 *        the same names are replaced, other files are left alone
 */
public record ReportRequest(ReportSubject subject, ReportSettings settings, String database, Path output) {

    public ReportRequest {
        Objects.requireNonNull(subject, "subject");
        settings = Objects.requireNonNullElse(settings, ReportSettings.NONE);
        database = Objects.requireNonNullElse(database, "");
        Objects.requireNonNull(output, "output");
    }
}
