/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.figure.analysis;

import java.util.ArrayList;
import java.util.List;

import org.miniana.figure.Axis;
import org.miniana.figure.ColourScale;
import org.miniana.figure.ColourScale.Palette;
import org.miniana.figure.Colours;
import org.miniana.figure.Figure;
import org.miniana.figure.Layer;
import org.miniana.figure.Stroke;
import org.miniana.figure.Layer.Contour;
import org.miniana.figure.Layer.Polyline;
import org.miniana.signal.SimplifiedModel;

/**
 * Two sets of cross-section upper limits compared over the mass plane: the ratio of ours to the
 * published ones as a colour map, blue below 1 through grey at 1 (agreement) to red above, on a
 * log scale from 1/{@value #MAX} to {@value #MAX}, so that a factor of two is as far from grey
 * either way; plain ratio ticks, since powers of ten read badly over so short a range. Both observed
 * exclusion contours are drawn over it, like the scan maps.
 */
public final class LimitRatioFigure {

    /** Ratios above this share the reddest colour, those below its inverse the bluest. */
    public static final double MAX = 5;
    private static final List<Axis.Tick> TICKS = List.of(new Axis.Tick(0.2, "0.2"), new Axis.Tick(0.5, "0.5"),
            new Axis.Tick(1, "1"), new Axis.Tick(2, "2"), new Axis.Tick(5, "5"));
    static final Stroke OURS = new Stroke(Colours.OBSERVED, 2.5, false);
    static final Stroke PUBLISHED = new Stroke(Colours.SIGNAL, 2.5, true);

    private LimitRatioFigure() {
    }

    /**
     * The figure.
     *
     * @param xs the gluino masses of our grid's nodes, ascending
     * @param ys the LSP masses of our grid's nodes, ascending
     * @param ratios our limit over the published one at each node, row by row; NaN where not compared
     * @param ours our observed exclusion contour
     * @param published the published observed exclusion contour
     * @param publishedName who published it, for the legend and colour bar, e.g. "CMS"
     */
    public static Figure of(SimplifiedModel family, double[] xs, double[] ys, double[] ratios, List<Polyline> ours,
            List<Polyline> published, String publishedName) {
        List<Double> values = new ArrayList<>(ratios.length);
        for (double ratio : ratios) {
            values.add(ratio > 0 && Double.isFinite(ratio) ? ratio : Double.NaN);
        }
        ColourScale scale = new ColourScale("\u03c3_{UL} (ours) / \u03c3_{UL} (" + publishedName + "), observed",
                1 / MAX, MAX, true, Palette.COOL_WARM, TICKS);
        return ScanFigures.map(family, xs, ys, values, scale,
                List.of(new Contour("Observed exclusion, ours (full likelihood)", 1, ours, OURS),
                        new Contour("Observed exclusion, " + publishedName, 1, published, PUBLISHED)));
    }
}
