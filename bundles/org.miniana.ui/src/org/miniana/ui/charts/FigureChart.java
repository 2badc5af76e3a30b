/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.charts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.IErrorBar;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.miniana.figure.Axis;
import org.miniana.figure.Figure;
import org.miniana.figure.Layer;
import org.miniana.figure.Markup;
import org.miniana.figure.Panel;
import org.miniana.figure.Stroke;
import org.miniana.figure.Text;

/**
 * Draws a {@link Figure} of the plain figure model with SWTChart: one chart per panel, stacked
 * and sharing the x axis, as the headless renderer lays them out for reports. Histograms are
 * step lines (stacks filled), data points carry their error bars, colour maps, outlines and
 * annotations are painted on the plot area. A figure whose x axis has labelled categories
 * draws each bin at its category.
 */
public final class FigureChart extends Composite {

    private final SashForm panels;
    private final List<Chart> charts = new ArrayList<>();
    private Figure figure;

    public FigureChart(Composite parent, int style) {
        super(parent, style);
        setLayout(new FillLayout());
        panels = new SashForm(this, SWT.VERTICAL);
        panels.setSashWidth(1);
    }

    /** The figure shown, if any. */
    public Optional<Figure> figure() {
        return Optional.ofNullable(figure);
    }

    /** The chart of each panel, top first. */
    public List<Chart> charts() {
        return List.copyOf(charts);
    }

    /** Replaces what is drawn by {@code shown}. */
    public void show(Figure shown) {
        figure = shown;
        charts.forEach(Control::dispose);
        charts.clear();
        List<Panel> figurePanels = shown.panels();
        int[] weights = new int[figurePanels.size()];
        for (int i = 0; i < figurePanels.size(); i++) {
            charts.add(chart(shown, figurePanels.get(i), i == 0, i == figurePanels.size() - 1));
            weights[i] = (int) Math.round(1000 * figurePanels.get(i).weight());
        }
        panels.setWeights(weights);
        panels.layout(true, true);
    }

    private Chart chart(Figure shown, Panel panel, boolean top, boolean bottom) {
        Chart chart = new Chart(panels, SWT.NONE);
        chart.enableCompress(false);
        chart.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        chart.getTitle().setVisible(top);
        chart.getTitle().setText(plain(shown.header().label() + "  " + shown.header().qualifier() + "      "
                + shown.header().right()));
        chart.getLegend().setVisible(panel.legend().isPresent());
        // below the plot: in the narrow panes of the workbench a legend beside it squeezes the plot
        chart.getLegend().setPosition(SWT.BOTTOM);
        boolean categories = !shown.x().ticks().isEmpty();
        IAxis x = chart.getAxisSet().getXAxis(0);
        IAxis y = chart.getAxisSet().getYAxis(0);
        x.getTitle().setText(plain(shown.x().label()));
        x.getTitle().setVisible(bottom);
        x.getTick().setVisible(bottom);
        y.getTitle().setText(plain(panel.y().label()));
        if (categories) {
            x.enableCategory(true);
            x.setCategorySeries(shown.x().ticks().stream().map(tick -> plain(tick.label())).toArray(String[]::new));
        }
        Series series = new Series(chart, shown.x(), panel.y());
        panel.layers().forEach(series::add);
        if (panel.y().log()) {
            y.enableLogScale(true);
        }
        if (!categories) {
            x.setRange(new Range(shown.x().min(), shown.x().max()));
        }
        y.setRange(new Range(panel.y().min(), panel.y().max()));
        chart.getPlotArea().addCustomPaintListener(new Painter(chart, panel));
        return chart;
    }

    static String plain(String text) {
        return Markup.plain(text);
    }

    static Color colour(int rgb) {
        return new Color(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
    }

    /** Turns the layers of one panel into SWTChart series. */
    private static final class Series {
        private final Chart chart;
        private final Axis x;
        private final Axis y;
        private final boolean categories;
        private int count;

        Series(Chart chart, Axis x, Axis y) {
            this.chart = chart;
            this.x = x;
            this.y = y;
            this.categories = !x.ticks().isEmpty();
        }

        void add(Layer layer) {
            switch (layer) {
            case Layer.StackedHistogram stack -> stack(stack);
            case Layer.StepLine step -> line(step.label(), true, step.edges(), step.values(), step.stroke());
            case Layer.Points points -> points(points);
            case Layer.Band band -> {
                Stroke edge = new Stroke(band.fill().rgb(), 1, true);
                line(band.label(), true, band.edges(), band.upper(), edge);
                line("", false, band.edges(), band.lower(), edge);
            }
            case Layer.ReferenceLine reference -> reference(reference);
            case Layer.Contour contour -> {
                boolean first = true;
                for (Layer.Polyline polyline : contour.lines()) {
                    ILineSeries<?> series = lineSeries(first ? contour.label() : "", first, contour.stroke());
                    series.setXSeries(unbox(polyline.x()));
                    series.setYSeries(positive(unbox(polyline.y())));
                    first = false;
                }
            }
            // painted on the plot area by the Painter
            case Layer.ColourMap map -> {
                // nothing as a series
            }
            case Layer.Outlines outlines -> {
                // nothing as a series
            }
            }
        }

        private void stack(Layer.StackedHistogram stack) {
            int bins = stack.edges().size() - 1;
            if (categories) {
                for (Layer.Component component : stack.components()) {
                    IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, id());
                    bars.setDescription(plain(component.label()));
                    bars.setBarColor(colour(component.fill().rgb()));
                    bars.setYSeries(positive(unbox(component.values())));
                    bars.enableStack(true);
                }
                return;
            }
            // the highest sum first, so that each lower component is filled over it
            for (int c = stack.components().size() - 1; c >= 0; c--) {
                List<Double> tops = new ArrayList<>(bins);
                for (int bin = 0; bin < bins; bin++) {
                    tops.add(stack.top(c, bin));
                }
                Layer.Component component = stack.components().get(c);
                ILineSeries<?> series = line(component.label(), true, stack.edges(), tops, stack.outline());
                series.enableArea(true);
                series.setLineColor(colour(component.fill().rgb()));
            }
        }

        private void points(Layer.Points points) {
            ILineSeries<?> series = lineSeries(points.label(), true, new Stroke(points.rgb(), 1, false));
            series.setLineStyle(LineStyle.NONE);
            series.setSymbolType(PlotSymbolType.CIRCLE);
            series.setSymbolColor(colour(points.rgb()));
            series.setSymbolSize((int) Math.max(2, Math.round(points.size() / 2)));
            series.setXSeries(points.points().stream().mapToDouble(Layer.Point::x).toArray());
            series.setYSeries(positive(points.points().stream().mapToDouble(Layer.Point::y).toArray()));
            IErrorBar errors = series.getYErrorBar();
            errors.setVisible(true);
            errors.setType(IErrorBar.ErrorBarType.BOTH);
            errors.setColor(colour(points.rgb()));
            errors.setPlusErrors(points.points().stream().mapToDouble(Layer.Point::yHigh).toArray());
            errors.setMinusErrors(points.points().stream().mapToDouble(Layer.Point::yLow).toArray());
        }

        private void reference(Layer.ReferenceLine reference) {
            ILineSeries<?> series = lineSeries(reference.label(), !reference.label().isEmpty(), reference.stroke());
            if (reference.vertical()) {
                series.setXSeries(new double[] { reference.value(), reference.value() });
                series.setYSeries(positive(new double[] { y.min(), y.max() }));
            } else if (categories) {
                double[] ys = new double[x.ticks().size()];
                Arrays.fill(ys, reference.value());
                series.setYSeries(positive(ys));
            } else {
                series.setXSeries(new double[] { x.min(), x.max() });
                series.setYSeries(positive(new double[] { reference.value(), reference.value() }));
            }
        }

        /** A histogram as a line: a step through the bin edges, or one point per category. */
        private ILineSeries<?> line(String label, boolean inLegend, List<Double> edges, List<Double> values,
                Stroke stroke) {
            ILineSeries<?> series = lineSeries(label, inLegend && !label.isEmpty(), stroke);
            double[] ys = unbox(values);
            if (categories) {
                series.setYSeries(positive(ys));
                return series;
            }
            double[] stepY = new double[ys.length + 1];
            System.arraycopy(ys, 0, stepY, 0, ys.length);
            stepY[ys.length] = ys.length == 0 ? 0 : ys[ys.length - 1];
            series.enableStep(true);
            series.setXSeries(unbox(edges));
            series.setYSeries(positive(stepY));
            return series;
        }

        private ILineSeries<?> lineSeries(String label, boolean inLegend, Stroke stroke) {
            ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id());
            series.setDescription(plain(label));
            series.setVisibleInLegend(inLegend && !label.isEmpty());
            series.setSymbolType(PlotSymbolType.NONE);
            series.setLineColor(colour(stroke.rgb()));
            series.setLineWidth((int) Math.max(1, Math.round(stroke.width())));
            series.setLineStyle(stroke.dashed() ? LineStyle.DASH : LineStyle.SOLID);
            return series;
        }

        private String id() {
            return "layer" + count++;
        }

        /** On a log axis, values at or below 0 go below the visible range (SWTChart refuses them). */
        private double[] positive(double[] values) {
            if (y.log()) {
                for (int i = 0; i < values.length; i++) {
                    if (!(values[i] > 0)) {
                        values[i] = y.min() * 1e-3;
                    }
                }
            }
            return values;
        }

        private static double[] unbox(List<Double> values) {
            return values.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }

    /** A box of data coordinates in the plot area's pixels. */
    private static Rectangle pixels(IAxis x, IAxis y, Layer.Box box) {
        int x0 = x.getPixelCoordinate(box.x0());
        int x1 = x.getPixelCoordinate(box.x1());
        int y0 = y.getPixelCoordinate(box.y0());
        int y1 = y.getPixelCoordinate(box.y1());
        return new Rectangle(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0));
    }

    /** Paints what SWTChart has no series for: colour maps, outlines and annotations. */
    private static final class Painter implements ICustomPaintListener {
        private final Chart chart;
        private final Panel panel;

        Painter(Chart chart, Panel panel) {
            this.chart = chart;
            this.panel = panel;
        }

        @Override
        public boolean drawBehindSeries() {
            return true;
        }

        @Override
        public void paintControl(PaintEvent event) {
            GC gc = event.gc;
            IAxis x = chart.getAxisSet().getXAxis(0);
            IAxis y = chart.getAxisSet().getYAxis(0);
            for (Layer.ColourMap map : panel.layers(Layer.ColourMap.class)) {
                for (int iy = 0; iy + 1 < map.yEdges().size(); iy++) {
                    for (int ix = 0; ix + 1 < map.xEdges().size(); ix++) {
                        double z = map.z(ix, iy);
                        if (Double.isNaN(z)) {
                            continue;
                        }
                        gc.setBackground(colour(map.scale().rgb(z)));
                        gc.fillRectangle(pixels(x, y, new Layer.Box(map.xEdges().get(ix), map.yEdges().get(iy),
                                map.xEdges().get(ix + 1), map.yEdges().get(iy + 1))));
                    }
                }
            }
            for (Layer.Outlines outlines : panel.layers(Layer.Outlines.class)) {
                gc.setForeground(colour(outlines.stroke().rgb()));
                gc.setLineWidth((int) Math.max(1, Math.round(outlines.stroke().width())));
                for (Layer.Box box : outlines.boxes()) {
                    gc.drawRectangle(pixels(x, y, box));
                }
            }
            Point size = chart.getPlotArea().getSize();
            for (Text text : panel.texts()) {
                String plain = plain(text.text());
                Point extent = gc.textExtent(plain);
                int px = text.coordinates() == Text.Coordinates.FRAME ? (int) Math.round(text.x() * size.x)
                        : x.getPixelCoordinate(text.x());
                int py = text.coordinates() == Text.Coordinates.FRAME ? (int) Math.round((1 - text.y()) * size.y)
                        : y.getPixelCoordinate(text.y());
                gc.setForeground(colour(text.rgb()));
                gc.drawText(plain, px - (int) Math.round(text.align().horizontal() * extent.x),
                        py - (int) Math.round(text.align().vertical() * extent.y), true);
            }
        }
    }
}
