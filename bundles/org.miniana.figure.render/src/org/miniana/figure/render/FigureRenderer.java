/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.figure.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.miniana.core.io.AtomicFiles;
import org.miniana.figure.Figure;
import org.miniana.figure.render.internal.Fonts;
import org.miniana.figure.render.internal.Painter;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;

/**
 * Renders figures without a display: Java2D in headless mode, to PNG through ImageIO and to
 * vector PDF through Apache PDFBox and its Graphics2D bridge, with the DejaVu fonts embedded (so
 * the PDF's text can be searched and copied). Files are written atomically ({@link AtomicFiles}), so
 * a reader never sees half a file.
 */
public final class FigureRenderer {

    static {
        // No display: only set it when nobody decided, as a workbench may use AWT with a display.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private FigureRenderer() {
    }

    /** A figure drawn into an RGB image, and where its panels' frames lie in it (top panel first). */
    public record Rendering(BufferedImage image, List<PlotArea> plots) {
    }

    /**
     * Draws the figure into an RGB image of the given size (the layout follows the size's aspect
     * ratio): the pixels {@link #writePng} writes, for surfaces that show figures on screen.
     */
    public static Rendering render(Figure figure, int widthPixels, int heightPixels) {
        if (widthPixels <= 0 || heightPixels <= 0) {
            throw new IllegalArgumentException("Image size must be positive: " + widthPixels + " x " + heightPixels);
        }
        BufferedImage image = new BufferedImage(widthPixels, heightPixels, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            return new Rendering(image, Painter.paint(figure, g, widthPixels, heightPixels));
        } finally {
            g.dispose();
        }
    }

    /** Writes the figure as a PNG image of the given size (the layout follows the size's aspect ratio). */
    public static void writePng(Figure figure, Path file, int widthPixels, int heightPixels) throws IOException {
        BufferedImage image = render(figure, widthPixels, heightPixels).image();
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("No PNG writer in this Java runtime");
            }
        });
    }

    /**
     * Writes the figure as a one-page vector PDF, 600 points wide (more for figures wider than 5:4)
     * and as high as the figure's aspect ratio says; its fonts are sized for that page.
     */
    public static void writePdf(Figure figure, Path file) throws IOException {
        float width = (float) Painter.designWidth(figure);
        float height = (float) (width / figure.aspect());
        // One PDF at a time: the parsed fonts are shared, and reading them is not thread-safe.
        synchronized (EmbeddedFonts.PARSED) {
            writePdf(figure, file, width, height);
        }
    }

    private static void writePdf(Figure figure, Path file, float width, float height) throws IOException {
        try (PDDocument document = new PDDocument();
                PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer()) {
            for (var parsed : EmbeddedFonts.PARSED.entrySet()) {
                fonts.registerFont(Fonts.get().face(parsed.getKey()).font().getFontName(),
                        PDType0Font.load(document, parsed.getValue(), true));
            }
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, width, height);
            g.setFontTextDrawer(fonts);
            try {
                Painter.paint(figure, g, width, height);
            } finally {
                g.dispose();
            }
            PDFormXObject form = g.getXFormObject();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(form);
            }
            AtomicFiles.write(file, document::save);
        }
    }

    /**
     * The faces that come from font files, parsed once: parsing them again for every PDF took a
     * third of the time of writing a report's figures.
     */
    private static final class EmbeddedFonts {
        static final Map<Integer, TrueTypeFont> PARSED = parse();

        private static Map<Integer, TrueTypeFont> parse() {
            Map<Integer, TrueTypeFont> parsed = new HashMap<>();
            for (int style : new int[] { java.awt.Font.PLAIN, java.awt.Font.BOLD, java.awt.Font.ITALIC }) {
                Fonts.get().face(style).file().ifPresent(path -> {
                    try {
                        parsed.put(style, new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile())));
                    } catch (IOException e) {
                        throw new IllegalStateException("Cannot read the font " + path + ": " + e.getMessage(), e);
                    }
                });
            }
            return Collections.unmodifiableMap(parsed);
        }
    }
}
