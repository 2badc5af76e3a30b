/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.report;

/**
 * What one contribution to the extension point {@code org.miniana.report.generators} declares,
 * read without loading its class.
 *
 * @param id the id commands and settings use, e.g. "latex-paper"
 * @param name a short name for people
 * @param description what it writes, in a sentence; may be empty
 * @param contributor the symbolic name of the bundle that contributed it
 * @param usesFigures whether it uses the rendered figures (the attribute {@code figures}, true unless
 *        declared false): a report run renders them only when one of its generators does
 */
public record ReportGeneratorDescriptor(String id, String name, String description, String contributor,
        boolean usesFigures) {
}
