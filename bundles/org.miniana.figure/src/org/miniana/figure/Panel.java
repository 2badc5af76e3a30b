/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.figure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One plot area: a y axis, layers drawn in order (later on top), text annotations and a legend.
 * A panel with a {@link Layer.ColourMap} gets a colour bar on its right.
 *
 * @param weight share of the figure's height, relative to the other panels
 * @param y the y axis
 * @param layers what is drawn, bottom first
 * @param texts annotations, drawn over the layers
 * @param legend the legend, if any
 */
public record Panel(double weight, Axis y, List<Layer> layers, List<Text> texts, Optional<Legend> legend) {

    public Panel {
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("Panel weight must be positive: " + weight);
        }
        Objects.requireNonNull(y, "y");
        layers = List.copyOf(layers);
        texts = List.copyOf(texts);
        Objects.requireNonNull(legend, "legend");
    }

    /** The layers of one kind, in drawing order. */
    public <T extends Layer> List<T> layers(Class<T> kind) {
        return layers.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** The colour map's scale, when the panel has one (for the colour bar). */
    public Optional<ColourScale> colourScale() {
        return layers(Layer.ColourMap.class).stream().map(Layer.ColourMap::scale).findFirst();
    }
}
