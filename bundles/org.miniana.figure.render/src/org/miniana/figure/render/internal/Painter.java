/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.figure.render.internal;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.miniana.figure.Axis;
import org.miniana.figure.ColourScale;
import org.miniana.figure.Figure;
import org.miniana.figure.Fill;
import org.miniana.figure.Layer;
import org.miniana.figure.Legend;
import org.miniana.figure.Markup;
import org.miniana.figure.Panel;
import org.miniana.figure.Stroke;
import org.miniana.figure.Text;
import org.miniana.figure.render.PlotArea;

/**
 * Draws a {@link Figure} onto a Graphics2D, in the style of the LHC experiments' publication
 * figures (ROOT / mplhep CMS style): a bold header above the frame, ticks inside the frame on all
 * four sides, log axes in decades, the x title at the right end and the y title at the top end of
 * the axes. The layout is done in points on a page {@link #designWidth(Figure)} points wide, then
 * scaled to the target, so text keeps its proportion to the plot at any size.
 */
public final class Painter {

    /** Width of the layout in points; fonts are sized for it. */
    public static final double DESIGN_WIDTH = 600;
    /** Base font size in points. */
    private static final double BASE = 15;
    private static final double TICK_LABEL = 0.85 * BASE;
    private static final double LEGEND = 0.8 * BASE;
    private static final double SCRIPT = 0.7;
    private static final double CAP_HEIGHT = 0.73;
    private static final double MAJOR_TICK = 9;
    private static final double MINOR_TICK = 4.5;
    private static final double COLOUR_BAR = 14;
    private static final double HATCH_SPACING = 5;

    private final Figure figure;
    private final Graphics2D g;
    private final Fonts fonts = Fonts.get();
    private final double width;
    private final double height;
    private final List<Frame> frames = new ArrayList<>();

    private Painter(Figure figure, Graphics2D g, double width, double height) {
        this.figure = figure;
        this.g = g;
        this.width = width;
        this.height = height;
    }

    /**
     * The width of the layout in points: {@value #DESIGN_WIDTH}, more for figures wider than 5:4,
     * whose text would otherwise take too much of them.
     */
    public static double designWidth(Figure figure) {
        return DESIGN_WIDTH * Math.max(1, figure.aspect() / 1.25);
    }

    /**
     * Paints the figure into the rectangle (0, 0, width, height) of {@code g}'s current space and
     * returns where its panels' frames lie in that space, top panel first.
     */
    public static List<PlotArea> paint(Figure figure, Graphics2D g, double width, double height) {
        Graphics2D copy = (Graphics2D) g.create();
        try {
            double design = designWidth(figure);
            double scale = width / design;
            copy.scale(scale, scale);
            copy.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            copy.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            copy.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            copy.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            copy.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            copy.setColor(Color.WHITE);
            copy.fill(new Rectangle2D.Double(0, 0, design, height / scale));
            Painter painter = new Painter(figure, copy, design, height / scale);
            painter.paint();
            return painter.frames.stream().map(frame -> new PlotArea(scale * frame.left(), scale * frame.top(),
                    scale * frame.right(), scale * frame.bottom(), frame.x(), frame.y())).toList();
        } finally {
            copy.dispose();
        }
    }

    /** Where a panel's frame lies, and its axes' mappings to it. */
    private record Frame(double left, double top, double right, double bottom, Axis x, Axis y) {

        double px(double value) {
            return PlotArea.px(this.left, this.right, x, value);
        }

        double py(double value) {
            if (y.log() && !(value > 0)) {
                return bottom + 20; // below the frame, clipped
            }
            return PlotArea.py(this.top, this.bottom, y, value);
        }

        double width() {
            return right - left;
        }

        double height() {
            return bottom - top;
        }

        Rectangle2D bounds() {
            return new Rectangle2D.Double(left, top, width(), height());
        }
    }

    private void paint() {
        List<Panel> panels = figure.panels();
        double maxYLabel = 0;
        double maxBarLabel = 0;
        for (Panel panel : panels) {
            for (Ticks.Tick tick : Ticks.of(panel.y(), height / panels.size())) {
                maxYLabel = Math.max(maxYLabel, textWidth(tick.label(), TICK_LABEL, Font.PLAIN));
            }
            if (panel.colourScale().isPresent()) {
                for (Ticks.Tick tick : Ticks.of(barAxis(panel.colourScale().get()), height)) {
                    maxBarLabel = Math.max(maxBarLabel, textWidth(tick.label(), TICK_LABEL, Font.PLAIN));
                }
            }
        }
        boolean bar = panels.stream().anyMatch(p -> p.colourScale().isPresent());
        int xLines = figure.x().ticks().stream().mapToInt(t -> t.label().split("\n").length).max().orElse(1);
        double left = 10 + BASE + 10 + maxYLabel + 7;
        double right = width - (bar ? 12 + COLOUR_BAR + 6 + maxBarLabel + 10 + BASE + 8 : 22);
        double top = 12 + 1.15 * BASE + 8;
        double bottom = height - (7 + xLines * 1.2 * TICK_LABEL + 8 + BASE + 8);
        double total = panels.stream().mapToDouble(Panel::weight).sum();
        double y = top;
        for (int i = 0; i < panels.size(); i++) {
            Panel panel = panels.get(i);
            double panelHeight = (bottom - top) * panel.weight() / total;
            Frame frame = new Frame(left, y, right, y + panelHeight, figure.x(), panel.y());
            frames.add(frame);
            paintPanel(panel, frame, i == 0, i == panels.size() - 1);
            y += panelHeight;
        }
        paintHeader(left, right, top);
    }

    private void paintPanel(Panel panel, Frame frame, boolean first, boolean last) {
        Shape clip = g.getClip();
        g.clip(frame.bounds());
        for (Layer layer : panel.layers()) {
            paintLayer(layer, frame);
        }
        g.setClip(clip);
        paintAxes(frame, first, last);
        for (Text text : panel.texts()) {
            paintText(text, frame);
        }
        panel.legend().ifPresent(legend -> paintLegend(legend, frame));
        panel.colourScale().ifPresent(scale -> paintColourBar(scale, frame));
    }

    // ---- layers

    private void paintLayer(Layer layer, Frame frame) {
        switch (layer) {
            case Layer.StackedHistogram stack -> paintStack(stack, frame);
            case Layer.StepLine line -> stroke(steps(line.edges(), line.values(), frame), line.stroke());
            case Layer.Band band -> paintBand(band, frame);
            case Layer.Points points -> paintPoints(points, frame);
            case Layer.ReferenceLine line -> stroke(line.vertical()
                ? new Line2D.Double(frame.px(line.value()), frame.top(), frame.px(line.value()), frame.bottom())
                : new Line2D.Double(frame.left(), frame.py(line.value()), frame.right(), frame.py(line.value())),
                    line.stroke());
            case Layer.ColourMap map -> paintColourMap(map, frame);
            case Layer.Contour contour -> contour.lines().forEach(line -> stroke(polyline(line, frame), contour.stroke()));
            case Layer.Outlines outlines -> outlines.boxes().forEach(box -> stroke(new Rectangle2D.Double(
                    frame.px(box.x0()), frame.py(box.y1()), frame.px(box.x1()) - frame.px(box.x0()),
                    frame.py(box.y0()) - frame.py(box.y1())), outlines.stroke()));
        }
    }

    private void paintStack(Layer.StackedHistogram stack, Frame frame) {
        List<Double> edges = stack.edges();
        List<Double> below = new ArrayList<>(java.util.Collections.nCopies(edges.size() - 1, 0.0));
        for (int c = 0; c < stack.components().size(); c++) {
            List<Double> above = new ArrayList<>(below.size());
            for (int bin = 0; bin < below.size(); bin++) {
                above.add(stack.top(c, bin));
            }
            fill(bars(edges, below, above, frame), stack.components().get(c).fill());
            below = above;
        }
        // Outlines after all fills, so that no fill covers a line.
        for (int c = 0; c < stack.components().size(); c++) {
            List<Double> top = new ArrayList<>(below.size());
            for (int bin = 0; bin < below.size(); bin++) {
                top.add(stack.top(c, bin));
            }
            stroke(steps(edges, top, frame), stack.outline());
        }
    }

    private void paintBand(Layer.Band band, Frame frame) {
        fill(bars(band.edges(), band.lower(), band.upper(), frame), band.fill());
    }

    private void paintPoints(Layer.Points points, Frame frame) {
        Stroke bars = Stroke.solid(points.rgb(), 1.4);
        double radius = points.size() / 2;
        for (Layer.Point point : points.points()) {
            double x = frame.px(point.x());
            double y = frame.py(point.y());
            if (point.yLow() + point.yHigh() > 0) {
                stroke(new Line2D.Double(x, frame.py(point.y() - point.yLow()), x, frame.py(point.y() + point.yHigh())), bars);
            }
            if (point.xLow() + point.xHigh() > 0) {
                stroke(new Line2D.Double(frame.px(point.x() - point.xLow()), y, frame.px(point.x() + point.xHigh()), y), bars);
            }
            g.setColor(new Color(points.rgb()));
            g.fill(new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius));
        }
    }

    private void paintColourMap(Layer.ColourMap map, Frame frame) {
        Object antialiasing = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        // Without antialiasing adjacent cells meet without a hairline seam.
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        for (int iy = 0; iy + 1 < map.yEdges().size(); iy++) {
            for (int ix = 0; ix + 1 < map.xEdges().size(); ix++) {
                double z = map.z(ix, iy);
                if (Double.isNaN(z)) {
                    continue;
                }
                double x0 = frame.px(map.xEdges().get(ix));
                double x1 = frame.px(map.xEdges().get(ix + 1));
                double y0 = frame.py(map.yEdges().get(iy + 1));
                double y1 = frame.py(map.yEdges().get(iy));
                g.setColor(new Color(map.scale().rgb(z)));
                g.fill(new Rectangle2D.Double(x0, y0, x1 - x0 + 0.2, y1 - y0 + 0.2));
            }
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, antialiasing);
    }

    /** Bars from lower to upper per bin, as one shape. */
    private static Shape bars(List<Double> edges, List<Double> lower, List<Double> upper, Frame frame) {
        Path2D.Double path = new Path2D.Double();
        for (int bin = 0; bin < lower.size(); bin++) {
            if (!(upper.get(bin) > lower.get(bin))) {
                continue;
            }
            double x0 = frame.px(edges.get(bin));
            double x1 = frame.px(edges.get(bin + 1));
            double y0 = frame.py(upper.get(bin));
            double y1 = frame.py(lower.get(bin));
            path.append(new Rectangle2D.Double(x0, y0, x1 - x0, y1 - y0), false);
        }
        return path;
    }

    /** The step curve of a histogram, vertical joins included. */
    private static Shape steps(List<Double> edges, List<Double> values, Frame frame) {
        Path2D.Double path = new Path2D.Double();
        for (int bin = 0; bin < values.size(); bin++) {
            double y = frame.py(values.get(bin));
            if (bin == 0) {
                path.moveTo(frame.px(edges.get(0)), y);
            } else {
                path.lineTo(frame.px(edges.get(bin)), y);
            }
            path.lineTo(frame.px(edges.get(bin + 1)), y);
        }
        return path;
    }

    private static Shape polyline(Layer.Polyline line, Frame frame) {
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < line.size(); i++) {
            double x = frame.px(line.x().get(i));
            double y = frame.py(line.y().get(i));
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        return path;
    }

    private void stroke(Shape shape, Stroke stroke) {
        g.setColor(new Color(stroke.rgb()));
        float width = (float) stroke.width();
        g.setStroke(stroke.dashed()
            ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] { 4 * width, 2.5f * width }, 0)
            : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        g.draw(shape);
    }

    private void fill(Shape shape, Fill fill) {
        Composite composite = g.getComposite();
        if (fill.opacity() < 1) {
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) fill.opacity()));
        }
        g.setColor(new Color(fill.rgb()));
        if (fill.hatch() == Fill.Hatch.NONE) {
            g.fill(shape);
        } else {
            Shape clip = g.getClip();
            g.clip(shape);
            Rectangle2D bounds = shape.getBounds2D();
            g.setStroke(new BasicStroke(0.8f));
            Path2D.Double lines = new Path2D.Double();
            for (double offset = -bounds.getHeight(); offset < bounds.getWidth(); offset += HATCH_SPACING) {
                lines.moveTo(bounds.getMinX() + offset, bounds.getMaxY());
                lines.lineTo(bounds.getMinX() + offset + bounds.getHeight(), bounds.getMinY());
            }
            g.draw(lines);
            g.setClip(clip);
        }
        g.setComposite(composite);
    }

    // ---- axes, texts, legend, colour bar

    private void paintAxes(Frame frame, boolean first, boolean last) {
        stroke(frame.bounds(), Stroke.solid(0x000000, 1.2));
        Stroke tickStroke = Stroke.solid(0x000000, 1);
        for (Ticks.Tick tick : Ticks.of(frame.x(), frame.width())) {
            if (tick.value() < frame.x().min() || tick.value() > frame.x().max()) {
                continue;
            }
            double x = frame.px(tick.value());
            double length = tick.major() ? MAJOR_TICK : MINOR_TICK;
            stroke(new Line2D.Double(x, frame.bottom(), x, frame.bottom() - length), tickStroke);
            stroke(new Line2D.Double(x, frame.top(), x, frame.top() + length), tickStroke);
            if (last && !tick.label().isEmpty()) {
                String[] lines = tick.label().split("\n");
                for (int i = 0; i < lines.length; i++) {
                    drawText(lines[i], x, frame.bottom() + 7 + CAP_HEIGHT * TICK_LABEL + i * 1.2 * TICK_LABEL, 0.5,
                            TICK_LABEL, Font.PLAIN, 0x000000);
                }
            }
        }
        if (last) {
            int lines = frame.x().ticks().stream().mapToInt(t -> t.label().split("\n").length).max().orElse(1);
            double baseline = frame.bottom() + 7 + lines * 1.2 * TICK_LABEL + 8 + CAP_HEIGHT * BASE;
            drawText(frame.x().label(), frame.right(), baseline, 1, BASE, Font.PLAIN, 0x000000);
        }
        double maxLabel = 0;
        for (Ticks.Tick tick : Ticks.of(frame.y(), frame.height())) {
            double y = frame.py(tick.value());
            if (y < frame.top() - 0.01 || y > frame.bottom() + 0.01) {
                continue;
            }
            double length = tick.major() ? MAJOR_TICK : MINOR_TICK;
            stroke(new Line2D.Double(frame.left(), y, frame.left() + length, y), tickStroke);
            stroke(new Line2D.Double(frame.right(), y, frame.right() - length, y), tickStroke);
            // Labels at an edge shared between panels would collide with the neighbour's: left out.
            boolean atSharedEdge = !first && Math.abs(y - frame.top()) < 1 || !last && Math.abs(y - frame.bottom()) < 1;
            if (!tick.label().isEmpty() && !atSharedEdge) {
                drawText(tick.label(), frame.left() - 7, y + CAP_HEIGHT * TICK_LABEL / 2, 1, TICK_LABEL, Font.PLAIN,
                        0x000000);
                maxLabel = Math.max(maxLabel, textWidth(tick.label(), TICK_LABEL, Font.PLAIN));
            }
        }
        // The y title along the axis: its end at the top of the top panel's frame, centred on the
        // panels below (ratio panels), shrunk to fit a short panel.
        double size = Math.min(BASE, BASE * frame.height() / Math.max(1, textWidth(frame.y().label(), BASE, Font.PLAIN)));
        AffineTransform transform = g.getTransform();
        g.translate(frame.left() - 7 - maxLabel - 8, first ? frame.top() : frame.top() + frame.height() / 2);
        g.rotate(-Math.PI / 2);
        drawText(frame.y().label(), 0, 0, first ? 1 : 0.5, size, Font.PLAIN, 0x000000);
        g.setTransform(transform);
    }

    private void paintHeader(double left, double right, double top) {
        double baseline = top - 7;
        org.miniana.figure.Header header = figure.header();
        double x = left;
        if (!header.label().isEmpty()) {
            drawText(header.label(), x, baseline, 0, 1.15 * BASE, Font.BOLD, 0x000000);
            x += textWidth(header.label(), 1.15 * BASE, Font.BOLD) + 0.3 * BASE;
        }
        drawText(header.qualifier(), x, baseline, 0, BASE, Font.ITALIC, 0x000000);
        drawText(header.right(), right, baseline, 1, BASE, Font.PLAIN, 0x000000);
    }

    private void paintText(Text text, Frame frame) {
        double x = text.coordinates() == Text.Coordinates.DATA ? frame.px(text.x())
            : frame.left() + text.x() * frame.width();
        double y = text.coordinates() == Text.Coordinates.DATA ? frame.py(text.y())
            : frame.bottom() - text.y() * frame.height();
        double size = text.size() * BASE;
        double baseline = y + CAP_HEIGHT * size * (1 - text.align().vertical());
        if (text.coordinates() == Text.Coordinates.FRAME) {
            // Annotations stay readable over lines and bars: a light box behind them.
            double width = textWidth(text.text(), size, Font.PLAIN);
            double left = x - text.align().horizontal() * width;
            fill(new Rectangle2D.Double(left - 2, baseline - 1.05 * size, width + 4, 1.4 * size),
                    new Fill(0xFFFFFF, 0.8, Fill.Hatch.NONE));
        }
        drawText(text.text(), x, baseline, text.align().horizontal(), size, text.bold() ? Font.BOLD : Font.PLAIN,
                text.rgb());
    }

    private void paintLegend(Legend legend, Frame frame) {
        double row = 1.3 * LEGEND;
        double swatch = 2.2 * LEGEND;
        double gap = 0.5 * LEGEND;
        int columns = legend.columns();
        int rows = (legend.entries().size() + columns - 1) / columns;
        double[] columnWidth = new double[columns];
        for (int i = 0; i < legend.entries().size(); i++) {
            columnWidth[i % columns] = Math.max(columnWidth[i % columns],
                    swatch + gap + textWidth(legend.entries().get(i).label(), LEGEND, Font.PLAIN));
        }
        double contentWidth = java.util.Arrays.stream(columnWidth).sum() + (columns - 1) * 1.5 * LEGEND;
        boolean titled = !legend.title().isEmpty();
        contentWidth = Math.max(contentWidth, titled ? textWidth(legend.title(), LEGEND, Font.PLAIN) : 0);
        double padding = 5;
        double boxWidth = contentWidth + 2 * padding;
        double boxHeight = (rows + (titled ? 1 : 0)) * row + 2 * padding;
        boolean rightSide = legend.corner() == Legend.Corner.TOP_RIGHT || legend.corner() == Legend.Corner.BOTTOM_RIGHT;
        boolean topSide = legend.corner() == Legend.Corner.TOP_LEFT || legend.corner() == Legend.Corner.TOP_RIGHT;
        double inset = 8;
        double x0 = rightSide ? frame.right() - inset - boxWidth : frame.left() + inset;
        double y0 = topSide ? frame.top() + inset : frame.bottom() - inset - boxHeight;
        fill(new Rectangle2D.Double(x0, y0, boxWidth, boxHeight), new Fill(0xFFFFFF, 0.8, Fill.Hatch.NONE));
        double y = y0 + padding;
        if (titled) {
            drawText(legend.title(), x0 + padding, y + row / 2 + CAP_HEIGHT * LEGEND / 2, 0, LEGEND, Font.PLAIN, 0x000000);
            y += row;
        }
        for (int i = 0; i < legend.entries().size(); i++) {
            int column = i % columns;
            double x = x0 + padding;
            for (int c = 0; c < column; c++) {
                x += columnWidth[c] + 1.5 * LEGEND;
            }
            double centre = y + (i / columns) * row + row / 2;
            Legend.Entry entry = legend.entries().get(i);
            paintSwatch(entry.swatch(), x, centre, swatch);
            drawText(entry.label(), x + swatch + gap, centre + CAP_HEIGHT * LEGEND / 2, 0, LEGEND, Font.PLAIN, 0x000000);
        }
    }

    private void paintSwatch(Legend.Swatch swatch, double x, double centre, double length) {
        double half = 0.42 * LEGEND;
        switch (swatch) {
            case Legend.FillSwatch box -> {
                Rectangle2D rectangle = new Rectangle2D.Double(x, centre - half, length, 2 * half);
                fill(rectangle, box.fill());
                box.outline().ifPresent(outline -> stroke(rectangle, outline));
            }
            case Legend.LineSwatch line -> stroke(new Line2D.Double(x, centre, x + length, centre), line.stroke());
            case Legend.MarkerSwatch marker -> {
                stroke(new Line2D.Double(x + length / 2, centre - half * 1.3, x + length / 2, centre + half * 1.3),
                        Stroke.solid(marker.rgb(), 1.4));
                g.setColor(new Color(marker.rgb()));
                double r = marker.size() / 2;
                g.fill(new Ellipse2D.Double(x + length / 2 - r, centre - r, 2 * r, 2 * r));
            }
        }
    }

    private static Axis barAxis(ColourScale scale) {
        return new Axis(scale.label(), scale.min(), scale.max(), scale.log(), scale.ticks());
    }

    private void paintColourBar(ColourScale scale, Frame frame) {
        double x0 = frame.right() + 12;
        int slices = 200;
        double sliceHeight = frame.height() / slices;
        Object antialiasing = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        for (int i = 0; i < slices; i++) {
            double fraction = (i + 0.5) / slices;
            double z = scale.log() ? scale.min() * Math.pow(scale.max() / scale.min(), fraction)
                : scale.min() + fraction * (scale.max() - scale.min());
            g.setColor(new Color(scale.rgb(z)));
            g.fill(new Rectangle2D.Double(x0, frame.bottom() - (i + 1) * sliceHeight, COLOUR_BAR, sliceHeight + 0.3));
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, antialiasing);
        Frame bar = new Frame(x0, frame.top(), x0 + COLOUR_BAR, frame.bottom(), figure.x(), barAxis(scale));
        stroke(bar.bounds(), Stroke.solid(0x000000, 1));
        double maxLabel = 0;
        for (Ticks.Tick tick : Ticks.of(bar.y(), bar.height())) {
            double y = bar.py(tick.value());
            if (y < bar.top() - 0.01 || y > bar.bottom() + 0.01) {
                continue;
            }
            double length = tick.major() ? 5 : 2.5;
            stroke(new Line2D.Double(bar.right(), y, bar.right() - length, y), Stroke.solid(0x000000, 1));
            if (!tick.label().isEmpty()) {
                drawText(tick.label(), bar.right() + 6, y + CAP_HEIGHT * TICK_LABEL / 2, 0, TICK_LABEL, Font.PLAIN, 0x000000);
                maxLabel = Math.max(maxLabel, textWidth(tick.label(), TICK_LABEL, Font.PLAIN));
            }
        }
        AffineTransform transform = g.getTransform();
        g.translate(bar.right() + 6 + maxLabel + 8 + CAP_HEIGHT * BASE, bar.top());
        g.rotate(-Math.PI / 2);
        drawText(scale.label(), 0, 0, 1, BASE, Font.PLAIN, 0x000000);
        g.setTransform(transform);
    }

    // ---- text with the figure markup

    /** The width of a text with its markup. */
    private double textWidth(String text, double size, int style) {
        return layout(text, size, style, null, 0, 0);
    }

    /**
     * Draws a text with its baseline at y, its left end at x - align x width (align 0 left, 0.5
     * centre, 1 right).
     */
    private void drawText(String text, double x, double baseline, double align, double size, int style, int rgb) {
        if (text.isEmpty()) {
            return;
        }
        double width = textWidth(text, size, style);
        g.setColor(new Color(rgb));
        layout(text, size, style, g, x - align * width, baseline);
    }

    /**
     * Lays out the runs of a text and draws them when {@code target} is given; returns the width.
     * A raised run right after a lowered one (or the reverse) stacks above it, as in H_{T}^{miss}.
     */
    private double layout(String text, double size, int style, Graphics2D target, double x, double baseline) {
        double cursor = 0;
        double scriptStart = 0;
        double scriptWidth = 0;
        int previousShift = 0;
        for (Markup.Run run : Markup.runs(text)) {
            Font font = fonts.font(style, run.shift() == 0 ? size : SCRIPT * size);
            double runWidth = font.getStringBounds(run.text(), g.getFontRenderContext()).getWidth();
            double start = cursor;
            if (run.shift() != 0 && previousShift == -run.shift()) {
                start = scriptStart; // stack on the previous script
                cursor = scriptStart + Math.max(scriptWidth, runWidth);
            } else {
                scriptStart = cursor;
                scriptWidth = runWidth;
                cursor += runWidth;
            }
            if (target != null && !run.text().isEmpty()) {
                double lift = run.shift() > 0 ? 0.45 * size : run.shift() < 0 ? -0.2 * size : 0;
                target.setFont(font);
                target.drawString(run.text(), (float) (x + start), (float) (baseline - lift));
            }
            previousShift = run.shift();
        }
        return cursor;
    }
}
