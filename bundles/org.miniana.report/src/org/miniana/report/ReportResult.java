/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.report;

import java.nio.file.Path;
import java.util.List;

/**
 * What a report run wrote.
 *
 * @param folder the output folder
 * @param files every file written, absolute, sorted
 * @param notes what generators said about their output, e.g. "latex-paper: not compiled: pdflatex
 *        not found"
 */
public record ReportResult(Path folder, List<Path> files, List<String> notes) {

    public ReportResult {
        files = List.copyOf(files);
        notes = List.copyOf(notes);
    }
}
