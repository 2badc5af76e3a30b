/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.figure;

import java.util.Objects;

/**
 * A figure with a stable id (used in file names: "njets", "bin-map", ...) and a caption that says
 * what it shows, for reports.
 */
public record NamedFigure(String id, String caption, Figure figure) {

    public NamedFigure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(figure, "figure");
    }
}
