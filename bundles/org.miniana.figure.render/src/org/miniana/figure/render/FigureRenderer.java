/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.figure.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.miniana.figure.Figure;
import org.miniana.figure.render.internal.Fonts;
import org.miniana.figure.render.internal.Painter;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;

/**
 * Renders figures without a display: Java2D in headless mode, to PNG through ImageIO and to
 * vector PDF through Apache PDFBox and its Graphics2D bridge, with the DejaVu fonts embedded (so
 * the PDF's text can be searched and copied). Files are written to a temporary file beside the
 * target and moved into place, so a reader never sees half a file.
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

    /** Writes the figure as a PNG image of the given size (the layout follows the size's aspect ratio). */
    public static void writePng(Figure figure, Path file, int widthPixels, int heightPixels) throws IOException {
        if (widthPixels <= 0 || heightPixels <= 0) {
            throw new IllegalArgumentException("Image size must be positive: " + widthPixels + " x " + heightPixels);
        }
        BufferedImage image = new BufferedImage(widthPixels, heightPixels, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            Painter.paint(figure, g, widthPixels, heightPixels);
        } finally {
            g.dispose();
        }
        writeAtomically(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("No PNG writer in this Java runtime");
            }
        });
    }

    /**
     * Writes the figure as a one-page vector PDF, {@value Painter#DESIGN_WIDTH} points wide and as
     * high as the figure's aspect ratio says.
     */
    public static void writePdf(Figure figure, Path file) throws IOException {
        float width = (float) Painter.DESIGN_WIDTH;
        float height = (float) (Painter.DESIGN_WIDTH / figure.aspect());
        try (PDDocument document = new PDDocument();
                PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer()) {
            for (int style : new int[] { java.awt.Font.PLAIN, java.awt.Font.BOLD, java.awt.Font.ITALIC }) {
                Fonts.Face face = Fonts.get().face(style);
                face.file().ifPresent(path -> fonts.registerFont(face.font().getFontName(), path.toFile()));
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
            writeAtomically(file, document::save);
        }
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static void writeAtomically(Path file, Writer writer) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                writer.write(out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
