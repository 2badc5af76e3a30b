/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.figure.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.miniana.figure.Legend;
import org.miniana.figure.Markup;
import org.miniana.figure.NamedFigure;
import org.miniana.figure.render.FigureRenderer;
import org.miniana.optimize.bench.Ra2SyntheticSignal;

/**
 * The figures of a real RA2 run and of a scan rendered to PNG and PDF, and the files opened
 * again: image size, ink inside the plot area, one PDF page with the figure's words as text.
 * With the environment variable MINIANA_FIGURE_EXAMPLES set to a folder, the PNGs are also
 * written there (that is how bundles/org.miniana.figure.analysis/doc was made).
 */
class RenderingTest {

    private static final int WIDTH = 900;
    private static List<NamedFigure> figures;

    @BeforeAll
    static void draw() {
        figures = new ArrayList<>(RunFigures.of(Ra2Runs.run(Ra2SyntheticSignal.HIGH_MULTIPLICITY)));
        figures.addAll(RunFigures.of(ScanFiguresTest.scan()));
    }

    @Test
    void pngsHaveTheRequestedSizeAndInkInsideThePlotArea(@TempDir Path folder) throws IOException {
        for (NamedFigure named : figures) {
            int height = (int) Math.round(WIDTH / named.figure().aspect());
            Path file = folder.resolve(named.id() + ".png");
            FigureRenderer.writePng(named.figure(), file, WIDTH, height);
            BufferedImage image = ImageIO.read(file.toFile());
            assertEquals(WIDTH, image.getWidth(), named.id());
            assertEquals(height, image.getHeight(), named.id());
            // The plot area (inside any margins for ticks, titles and colour bar) is not white.
            long ink = 0;
            long coloured = 0;
            for (int y = height / 5; y < height * 4 / 5; y++) {
                for (int x = WIDTH / 5; x < WIDTH * 3 / 4; x++) {
                    int rgb = image.getRGB(x, y) & 0xFFFFFF;
                    if (rgb != 0xFFFFFF) {
                        ink++;
                    }
                    int r = rgb >> 16 & 0xFF;
                    int g = rgb >> 8 & 0xFF;
                    int b = rgb & 0xFF;
                    if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 40) {
                        coloured++;
                    }
                }
            }
            long area = (long) (height * 3 / 5) * (WIDTH * 11 / 20);
            assertTrue(ink > area / 50, named.id() + ": only " + ink + " of " + area + " pixels drawn");
            assertTrue(coloured > area / 100, named.id() + ": only " + coloured + " coloured pixels");
            String examples = System.getenv("MINIANA_FIGURE_EXAMPLES");
            if (examples != null) {
                FigureRenderer.writePng(named.figure(), Path.of(examples, named.id() + ".png"), WIDTH, height);
            }
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(figures.size(), files.count(), "no temporary file is left");
        }
    }

    @Test
    void pdfsHaveOnePageWithTheFiguresText(@TempDir Path folder) throws IOException {
        for (NamedFigure named : figures) {
            Path file = folder.resolve(named.id() + ".pdf");
            FigureRenderer.writePdf(named.figure(), file);
            try (PDDocument document = Loader.loadPDF(file.toFile())) {
                assertEquals(1, document.getNumberOfPages(), named.id());
                String text = new PDFTextStripper().getText(document);
                assertTrue(text.contains("CMS-PAS-SUS-16-014"), named.id() + ": " + text);
                for (Legend.Entry entry : named.figure().main().legend().orElseThrow().entries()) {
                    // up to any raised or lowered part, which the text extraction puts elsewhere
                    String words = Markup.runs(entry.label()).get(0).text().strip();
                    assertTrue(text.contains(words), named.id() + ": no '" + words + "' in " + text);
                }
                float width = document.getPage(0).getMediaBox().getWidth();
                float height = document.getPage(0).getMediaBox().getHeight();
                assertEquals(named.figure().aspect(), width / height, 1e-3, named.id());
            }
        }
    }
}
