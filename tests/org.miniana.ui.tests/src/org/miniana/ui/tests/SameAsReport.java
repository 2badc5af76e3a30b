/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.miniana.figure.Figure;
import org.miniana.figure.render.FigureRenderer;
import org.miniana.ui.testing.Screenshots;

/**
 * Compares what a control shows with the report renderer's PNG of the same figure at the same
 * size. Both come from the same painter, and a 24-bit display copies them without loss, so they
 * should be equal; the tolerance leaves room for displays of fewer colours (16 bits round a
 * channel by at most 8 of 255 levels, below {@link #LEVELS}) and for a few stray pixels, e.g. a
 * pointer over the window ({@link #TOLERANCE} of 900 x 600 is 2,700 pixels, about one line of
 * tick labels). A different drawing (other fonts, layout, colours or data) moves text, frames and
 * fills, and differs in several percent of the pixels.
 */
final class SameAsReport {

    /** Two pixels differ when a channel differs by more than this many of 255 levels. */
    static final int LEVELS = 24;
    /** The share of differing pixels allowed. */
    static final double TOLERANCE = 0.005;

    private SameAsReport() {
    }

    /**
     * Asserts that {@code control} shows {@code figure} as the report's PNG does; keeps both
     * images in the screenshot folder as NAME-screen.png and NAME-report.png.
     */
    static void assertDrawnAsReport(Control control, Figure figure, String name) {
        ImageData screen = Screenshots.grab(control);
        Screenshots.save(screen, name + "-screen");
        Path reportFile = Screenshots.folder().resolve(name + "-report.png");
        try {
            FigureRenderer.writePng(figure, reportFile, screen.width, screen.height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImageData report = new ImageData(reportFile.toString());
        assertEquals(report.width + " x " + report.height, screen.width + " x " + screen.height, name + ": size");
        double share = differingShare(screen, report);
        assertTrue(share <= TOLERANCE, String.format(Locale.ROOT,
                "%s: %.2f%% of the pixels differ from the report's PNG (at most %.2f%% allowed); see %s-screen.png",
                name, 100 * share, 100 * TOLERANCE, name));
    }

    /** The share of pixels of which some channel differs by more than {@link #LEVELS}. */
    static double differingShare(ImageData a, ImageData b) {
        long differing = 0;
        for (int y = 0; y < a.height; y++) {
            for (int x = 0; x < a.width; x++) {
                RGB p = a.palette.getRGB(a.getPixel(x, y));
                RGB q = b.palette.getRGB(b.getPixel(x, y));
                int difference = Math.max(Math.abs(p.red - q.red),
                        Math.max(Math.abs(p.green - q.green), Math.abs(p.blue - q.blue)));
                if (difference > LEVELS) {
                    differing++;
                }
            }
        }
        return (double) differing / ((long) a.width * a.height);
    }
}
