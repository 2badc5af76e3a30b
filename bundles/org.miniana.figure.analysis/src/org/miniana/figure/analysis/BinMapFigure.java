/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.figure.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.miniana.analysis.AnalysisOutcome;
import org.miniana.core.BinYields;
import org.miniana.core.Interval;
import org.miniana.core.SearchBin;
import org.miniana.figure.Axis;
import org.miniana.figure.ColourScale;
import org.miniana.figure.Colours;
import org.miniana.figure.Figure;
import org.miniana.figure.Fill;
import org.miniana.figure.Layer;
import org.miniana.figure.Layer.Box;
import org.miniana.figure.Layer.ColourMap;
import org.miniana.figure.Layer.Outlines;
import org.miniana.figure.Layer.ReferenceLine;
import org.miniana.figure.Legend;
import org.miniana.figure.Legend.Entry;
import org.miniana.figure.Legend.FillSwatch;
import org.miniana.figure.NamedFigure;
import org.miniana.figure.Panel;
import org.miniana.figure.Stroke;
import org.miniana.figure.Text;
import org.miniana.figure.Text.Align;

/**
 * All bins of the search on one grid, coloured by S/sqrt(B), the chosen bins outlined. Columns
 * are the (Njets, Nb) classes, grouped by Njets; rows the (HT, MHT) boxes, ordered by MHT band,
 * then HT. Bins without background or signal stay white.
 */
final class BinMapFigure {

    static final String CHOSEN = "Chosen bins";
    static final Stroke HIGHLIGHT = Stroke.solid(Colours.HIGHLIGHT, 2.2);
    /** Height in rows of the strip above the map, for the Njets labels, the model and the legend. */
    private static final double STRIP = 2;
    private static final Comparator<Interval> ORDER = Comparator.comparingDouble(Interval::lower)
            .thenComparingDouble(Interval::upper);

    /** A column: Njets and Nb classes. */
    record Column(Interval njets, Interval nb) {
    }

    /** A row: the (HT, MHT) box. */
    record Row(Interval ht, Interval mht) {
    }

    private BinMapFigure() {
    }

    static List<Column> columns(List<BinYields> bins) {
        return bins.stream().map(b -> new Column(b.bin().njets(), b.bin().nb())).distinct()
                .sorted(Comparator.comparing(Column::njets, ORDER).thenComparing(Column::nb, ORDER)).toList();
    }

    static List<Row> rows(List<BinYields> bins) {
        return bins.stream().map(b -> new Row(b.bin().ht(), b.bin().mht())).distinct()
                .sorted(Comparator.comparing(Row::mht, ORDER).thenComparing(Row::ht, ORDER)).toList();
    }

    static NamedFigure of(AnalysisOutcome outcome) {
        List<BinYields> bins = outcome.search().bins();
        List<Column> columns = columns(bins);
        List<Row> rows = rows(bins);
        List<Double> z = new ArrayList<>();
        for (int i = 0; i < columns.size() * rows.size(); i++) {
            z.add(Double.NaN);
        }
        double max = 0;
        double min = Double.POSITIVE_INFINITY;
        List<Box> chosen = new ArrayList<>();
        for (BinYields yields : bins) {
            SearchBin bin = yields.bin();
            int ix = columns.indexOf(new Column(bin.njets(), bin.nb()));
            int iy = rows.indexOf(new Row(bin.ht(), bin.mht()));
            double b = yields.totalBackground();
            double s = outcome.model().yield(bin.index()).value();
            if (b > 0 && s > 0) {
                double value = s / Math.sqrt(b);
                z.set(iy * columns.size() + ix, value);
                max = Math.max(max, value);
                min = Math.min(min, value);
            }
            if (outcome.bins().contains(bin.index())) {
                chosen.add(new Box(ix, iy, ix + 1, iy + 1));
            }
        }
        double scaleMax = max > 0 ? Styles.decadeAbove(max) : 1;
        double scaleMin = Math.max(max > 0 ? Styles.decadeBelow(min) : 0.1, scaleMax * 1e-4);
        ColourScale scale = new ColourScale("S/\u221aB per bin", scaleMin, scaleMax, true);

        List<Double> xEdges = edges(columns.size());
        List<Double> yEdges = edges(rows.size());
        List<Layer> layers = new ArrayList<>();
        layers.add(new ColourMap(xEdges, yEdges, z, scale));
        List<Text> texts = new ArrayList<>();
        // Njets groups: separators and a label above each group.
        for (int ix = 0; ix < columns.size(); ix++) {
            Interval njets = columns.get(ix).njets();
            if (ix == 0 || !columns.get(ix - 1).njets().equals(njets)) {
                if (ix > 0) {
                    layers.add(new ReferenceLine("", true, ix, Stroke.solid(Colours.BLACK, 1.2)));
                }
                long width = columns.stream().filter(c -> c.njets().equals(njets)).count();
                texts.add(new Text("N_{jets} " + Projection.Variable.NJETS.categoryLabel(njets), Text.Coordinates.DATA,
                        ix + width / 2.0, rows.size() + 0.45, Align.CENTER, Styles.SMALL, false, Colours.BLACK));
            }
        }
        for (int iy = 1; iy < rows.size(); iy++) {
            if (!rows.get(iy - 1).mht().equals(rows.get(iy).mht())) {
                layers.add(new ReferenceLine("", false, iy, Stroke.dashed(Colours.WHITE, 1)));
            }
        }
        layers.add(new Outlines(CHOSEN, chosen, HIGHLIGHT));
        String chosenText = outcome.selection().isEmpty() ? outcome.bins().size() + " bins chosen"
            : ProjectionFigure.selectionText(outcome);
        texts.add(new Text(outcome.model().name() + ": " + chosenText, Text.Coordinates.DATA, 0.15,
                rows.size() + STRIP - 0.55, Align.CENTER_LEFT, Styles.SMALL, false, Colours.BLACK));

        List<Axis.Tick> yTicks = new ArrayList<>();
        for (int iy = 0; iy < rows.size(); iy++) {
            Row row = rows.get(iy);
            yTicks.add(new Axis.Tick(iy + 0.5, row.ht().rangeLabel() + ", " + row.mht().rangeLabel()));
        }
        List<Axis.Tick> xTicks = new ArrayList<>();
        for (int ix = 0; ix < columns.size(); ix++) {
            xTicks.add(new Axis.Tick(ix + 0.5, Projection.Variable.NB.categoryLabel(columns.get(ix).nb())));
        }
        Legend legend = Legend.of(List.of(new Entry(CHOSEN, new FillSwatch(new Fill(Colours.WHITE, 0, Fill.Hatch.NONE),
                Optional.of(HIGHLIGHT)))), Legend.Corner.TOP_RIGHT, 1);
        Panel panel = new Panel(1, new Axis("(H_{T}, H_{T}^{miss}) box [GeV]", 0, rows.size() + STRIP, false, yTicks),
                layers, texts, Optional.of(legend));
        Figure figure = new Figure(new Axis("N_{b-jets}, grouped by N_{jets}", 0, columns.size(), false, xTicks),
                List.of(panel), Styles.header(outcome.search().analysis()), 1.75);
        String caption = "All " + bins.size() + " search bins of " + outcome.search().analysis().name()
                + " on the Njets x Nb x (HT, MHT) grid, coloured by S/sqrt(B) of " + outcome.model().name()
                + " (log scale; white: no signal or no background); the " + outcome.bins().size()
                + " bins chosen by " + outcome.optimization().optimizer() + " outlined in red.";
        return new NamedFigure("bin-map", caption, figure);
    }

    private static List<Double> edges(int cells) {
        List<Double> edges = new ArrayList<>(cells + 1);
        for (int i = 0; i <= cells; i++) {
            edges.add((double) i);
        }
        return edges;
    }
}
