/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.charts;

import java.awt.image.DataBufferInt;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.miniana.figure.Figure;
import org.miniana.figure.render.FigureRenderer;
import org.miniana.figure.render.PlotArea;

/**
 * Shows a {@link Figure} exactly as the reports draw it: the reports' renderer paints the figure
 * into an image of the canvas's size in device pixels, and the canvas shows that image. One
 * painter for both surfaces, so the screen cannot draw other physics than the PNG and PDF. The
 * image is painted again when the size or the figure changes.
 */
public final class FigureCanvas extends Canvas {

    /** The renderer's RGB pixels, 0xRRGGBB. */
    private static final PaletteData RGB = new PaletteData(0xFF0000, 0x00FF00, 0x0000FF);

    private Figure figure;
    private Image image;
    private List<PlotArea> plots = List.of();

    public FigureCanvas(Composite parent, int style) {
        // the image covers the whole canvas: no background to erase first (no flicker on resize)
        super(parent, style | SWT.NO_BACKGROUND);
        setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        addListener(SWT.Paint, this::paint);
        addListener(SWT.Resize, event -> discardImage());
        addListener(SWT.Dispose, event -> discardImage());
    }

    /** The figure shown, if any. */
    public Optional<Figure> figure() {
        return Optional.ofNullable(figure);
    }

    /** Replaces what is drawn by {@code shown}. */
    public void show(Figure shown) {
        figure = shown;
        discardImage();
        redraw();
    }

    /**
     * Where the panels' frames lie on the canvas, in its coordinates, top panel first; empty until
     * the figure has been painted.
     */
    public List<PlotArea> plots() {
        return plots;
    }

    private void paint(Event event) {
        GC gc = event.gc;
        Rectangle area = getClientArea();
        if (figure == null || area.width <= 0 || area.height <= 0) {
            gc.fillRectangle(area);
            return;
        }
        if (image == null) {
            image = new Image(getDisplay(), (int zoom) -> imageData(area.width, area.height, zoom));
        }
        gc.drawImage(image, 0, 0);
    }

    /** The figure rendered at {@code zoom} percent of the canvas's size (crisp on high-DPI screens). */
    private ImageData imageData(int width, int height, int zoom) {
        int pixelWidth = Math.max(1, Math.round(width * zoom / 100f));
        int pixelHeight = Math.max(1, Math.round(height * zoom / 100f));
        FigureRenderer.Rendering rendering = FigureRenderer.render(figure, pixelWidth, pixelHeight);
        double scale = 100.0 / zoom;
        plots = rendering.plots().stream().map(plot -> new PlotArea(scale * plot.left(), scale * plot.top(),
                scale * plot.right(), scale * plot.bottom(), plot.x(), plot.y())).toList();
        int[] pixels = ((DataBufferInt) rendering.image().getRaster().getDataBuffer()).getData();
        ImageData data = new ImageData(pixelWidth, pixelHeight, 24, RGB);
        for (int row = 0; row < pixelHeight; row++) {
            data.setPixels(0, row, pixelWidth, pixels, row * pixelWidth);
        }
        return data;
    }

    private void discardImage() {
        if (image != null) {
            image.dispose();
            image = null;
        }
    }
}
