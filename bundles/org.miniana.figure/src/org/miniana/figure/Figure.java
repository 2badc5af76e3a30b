/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.figure;

import java.util.List;
import java.util.Objects;

/**
 * A figure: panels stacked vertically that share one x axis (tick labels and the x label are drawn
 * under the bottom panel only), with a header line above the top panel.
 *
 * @param x the shared x axis
 * @param panels top to bottom; each takes a share of the height proportional to its weight
 * @param header the header above the top panel
 * @param aspect preferred width / height of the whole figure
 */
public record Figure(Axis x, List<Panel> panels, Header header, double aspect) {

    public Figure {
        Objects.requireNonNull(x, "x");
        panels = List.copyOf(panels);
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("A figure needs a panel");
        }
        Objects.requireNonNull(header, "header");
        if (!(aspect > 0) || Double.isInfinite(aspect)) {
            throw new IllegalArgumentException("Aspect ratio must be positive: " + aspect);
        }
    }

    /** The top panel (the main one when there is a ratio panel below). */
    public Panel main() {
        return panels.get(0);
    }
}
