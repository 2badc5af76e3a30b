/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data;

import java.util.List;

/**
 * What {@link ResultsDatabase#check()} found.
 *
 * @param tables the tool's tables, each checked by Derby (SYSCS_CHECK_TABLE: rows against indexes)
 *        unless {@code tableCheckSkipped} says why not
 * @param tableCheckSkipped why Derby's check was not run (a team client lacks the right), or null
 * @param searchResults how many search results were read and checked
 * @param signalModels how many signal models were read and checked
 * @param problems what is damaged, one line each; none for a healthy database
 * @param notes what is not damage but was not checked, e.g. content stored without a digest
 */
public record IntegrityReport(List<Table> tables, String tableCheckSkipped, int searchResults,
        int signalModels, List<String> problems, List<String> notes) {

    /**
     * A table and its file in the database folder (Derby's container, seg0/c<i>HEX</i>.dat), which
     * a message about a damaged page names.
     */
    public record Table(String name, String file) {
    }

    public IntegrityReport {
        tables = List.copyOf(tables);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    public boolean healthy() {
        return problems.isEmpty();
    }

    /** "healthy", or "damaged: N problems". */
    public String verdict() {
        return healthy() ? "healthy"
                : "damaged: " + problems.size() + (problems.size() == 1 ? " problem" : " problems");
    }
}
