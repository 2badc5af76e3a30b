/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.report;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A figure of the run, rendered once per report run for all generators.
 *
 * @param id the figure's id, e.g. "njets"
 * @param caption its caption, plain text
 * @param pdf the vector PDF, relative to the report folder, e.g. "figures/njets.pdf"
 * @param png the PNG, relative to the report folder
 */
public record RenderedFigure(String id, String caption, Path pdf, Path png) {

    public RenderedFigure {
        Objects.requireNonNull(id, "id");
        caption = Objects.requireNonNullElse(caption, "");
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(png, "png");
    }

    /** A path as links in reports write it: relative, with '/' separators. */
    public static String link(Path relative) {
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }
}
