/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.report;

import java.util.Objects;

/**
 * What the user says about a report, from their settings or the command line; never made up.
 * Every string is printed as given (generators escape it for their format).
 *
 * @param title the document title, or "" for one made from the run
 * @param author the author's name, or "" for none
 * @param affiliation the author's institute, or "" for none
 */
public record ReportSettings(String title, String author, String affiliation) {

    /** No title (one is made from the run), no author, no affiliation. */
    public static final ReportSettings NONE = new ReportSettings("", "", "");

    public ReportSettings {
        title = Objects.requireNonNullElse(title, "").strip();
        author = Objects.requireNonNullElse(author, "").strip();
        affiliation = Objects.requireNonNullElse(affiliation, "").strip();
    }
}
