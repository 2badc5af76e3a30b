/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.figure.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.miniana.analysis.AnalysisOutcome;
import org.miniana.core.BackgroundProcess;
import org.miniana.core.Estimate;
import org.miniana.figure.Axis;
import org.miniana.figure.Colours;
import org.miniana.figure.Figure;
import org.miniana.figure.Fill;
import org.miniana.figure.Layer.Band;
import org.miniana.figure.Layer.Component;
import org.miniana.figure.Layer.Point;
import org.miniana.figure.Layer.Points;
import org.miniana.figure.Layer.ReferenceLine;
import org.miniana.figure.Layer.StackedHistogram;
import org.miniana.figure.Layer.StepLine;
import org.miniana.figure.Legend;
import org.miniana.figure.Legend.Entry;
import org.miniana.figure.Legend.FillSwatch;
import org.miniana.figure.Legend.LineSwatch;
import org.miniana.figure.Legend.MarkerSwatch;
import org.miniana.figure.Markup;
import org.miniana.figure.NamedFigure;
import org.miniana.figure.Panel;
import org.miniana.figure.Stroke;
import org.miniana.figure.Text;
import org.miniana.figure.Text.Align;
import org.miniana.optimize.MergedBin;
import org.miniana.optimize.OptimizationProblem;
import org.miniana.stats.PoissonInterval;

/**
 * The projection of a run's chosen bins onto one variable (see {@link Projection}): observed
 * counts with Garwood 68% intervals, the backgrounds stacked, their total uncertainty hatched,
 * the signal as a line, and (obs - exp) / exp below.
 */
final class ProjectionFigure {

    static final Fill BAND = Fill.hatched(Colours.DARK_GREY);
    static final Stroke SIGNAL = Stroke.solid(Colours.SIGNAL, 2.2);
    static final String DATA_LABEL = "Data";
    static final String BAND_LABEL = "Bkg. uncertainty";

    private ProjectionFigure() {
    }

    static NamedFigure of(AnalysisOutcome outcome, Projection.Variable variable) {
        OptimizationProblem problem = OptimizationProblem.of(outcome.search(), outcome.model(), outcome.options().errors());
        List<Projection.Category> categories = Projection.of(problem.grid(), outcome.bins(), variable);
        int n = categories.size();
        List<Double> edges = new ArrayList<>(n + 1);
        for (int k = 0; k <= n; k++) {
            edges.add((double) k);
        }
        List<BackgroundProcess> processes = problem.processes();
        List<List<Double>> perProcess = new ArrayList<>();
        processes.forEach(process -> perProcess.add(new ArrayList<>()));
        List<Double> total = new ArrayList<>();
        List<Double> low = new ArrayList<>();
        List<Double> high = new ArrayList<>();
        List<Double> signal = new ArrayList<>();
        List<Point> data = new ArrayList<>();
        List<Point> ratio = new ArrayList<>();
        List<Double> ratioLow = new ArrayList<>();
        List<Double> ratioHigh = new ArrayList<>();
        List<Double> signalRatio = new ArrayList<>();
        double top = 0;
        double bottom = Double.POSITIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            List<Integer> bins = categories.get(k).bins();
            MergedBin merged = problem.merge(bins);
            List<Estimate> byProcess = problem.mergeByProcess(bins);
            for (int p = 0; p < processes.size(); p++) {
                perProcess.get(p).add(byProcess.get(p).value());
            }
            double b = merged.background();
            total.add(b);
            low.add(Math.max(0, b - merged.down()));
            high.add(b + merged.up());
            signal.add(merged.signal());
            long observed = bins.stream().mapToLong(bin -> outcome.search().bins().get(bin).observed()).sum();
            PoissonInterval interval = PoissonInterval.garwood(observed);
            // No horizontal bars on data, as in CMS figures: the bin is the category.
            data.add(new Point(k + 0.5, observed, 0, 0, interval.errorDown(observed), interval.errorUp(observed)));
            if (b > 0) {
                ratio.add(new Point(k + 0.5, (observed - b) / b, 0, 0, interval.errorDown(observed) / b,
                        interval.errorUp(observed) / b));
            }
            ratioLow.add(b > 0 ? -merged.down() / b : 0);
            ratioHigh.add(b > 0 ? merged.up() / b : 0);
            signalRatio.add(b > 0 ? merged.signal() / b : 0);
            top = Math.max(top, Math.max(b + merged.up(), Math.max(interval.upper(), merged.signal())));
            for (double value : new double[] { b, observed, merged.signal() }) {
                if (value > 0) {
                    bottom = Math.min(bottom, value);
                }
            }
        }
        if (!(top > 0)) {
            top = 1;
        }
        // Half a decade below the smallest value, so that a decade is labelled above the bottom.
        double yMin = Styles.decadeBelow(Math.max(Math.min(bottom, top) / 2, top * 1e-5)) / 2;
        // The legend's seven entries reach down to about the middle of the panel.
        double yMax = Styles.logHeadroom(yMin, top, 0.45);

        List<Component> components = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(DATA_LABEL, new MarkerSwatch(Colours.BLACK, 6)));
        for (int p = 0; p < processes.size(); p++) {
            BackgroundProcess process = processes.get(p);
            components.add(new Component(process.label(), Fill.solid(process.rgb()), perProcess.get(p)));
        }
        // Legend in ROOT's order: the top of the stack first.
        for (int p = processes.size() - 1; p >= 0; p--) {
            entries.add(new Entry(processes.get(p).label(), new FillSwatch(Fill.solid(processes.get(p).rgb()),
                    Optional.of(outlineOfStack()))));
        }
        entries.add(new Entry(BAND_LABEL, new FillSwatch(BAND, Optional.empty())));
        String signalLabel = outcome.model().name();
        entries.add(new Entry(signalLabel, new LineSwatch(SIGNAL)));

        List<Text> texts = new ArrayList<>();
        texts.add(Text.inFrame(selectionText(outcome), 0.04, 0.95, Align.TOP_LEFT, Styles.SMALL));
        texts.add(Text.inFrame(String.join(", ", java.util.Arrays.stream(Projection.Variable.values())
                .filter(v -> v != variable).map(v -> v.symbol).toList()) + " as in the chosen bins", 0.04, 0.95 - 0.06,
                Align.TOP_LEFT, Styles.SMALL));
        Panel main = new Panel(0.72, Axis.log("Events", yMin, yMax),
                List.of(new StackedHistogram(edges, components, outlineOfStack()),
                        new Band(BAND_LABEL, edges, low, high, BAND),
                        new StepLine(signalLabel, edges, signal, SIGNAL),
                        new Points(DATA_LABEL, data, Colours.BLACK, 6)),
                texts, Optional.of(Legend.of(entries, Legend.Corner.TOP_RIGHT, 1)));

        double reach = 0.5;
        for (Point point : ratio) {
            reach = Math.max(reach, Math.max(Math.abs(point.y() - point.yLow()), Math.abs(point.y() + point.yHigh())));
        }
        for (double s : signalRatio) {
            reach = Math.max(reach, s);
        }
        double range = reach <= 0.5 ? 0.6 : reach <= 1 ? 1.2 : 2.4;
        Panel lower = new Panel(0.28, Axis.linear("(Obs.\u2212Exp.)/Exp.", -range, range),
                List.of(new Band(BAND_LABEL, edges, ratioLow, ratioHigh, BAND),
                        ReferenceLine.horizontal(0, Stroke.dashed(Colours.GREY, 1)),
                        new StepLine("S/B", edges, signalRatio, SIGNAL),
                        new Points(DATA_LABEL, ratio, Colours.BLACK, 6)),
                List.of(), Optional.empty());
        Axis x = Axis.categories(variable.label, categories.stream().map(Projection.Category::label).toList());
        Figure figure = new Figure(x, List.of(main, lower), Styles.header(outcome.search().analysis()), 0.95);
        return new NamedFigure(variable.id, caption(outcome, variable), figure);
    }

    static Stroke outlineOfStack() {
        return Stroke.solid(Colours.DARK_GREY, 0.6);
    }

    /** "Selection: Njets >= 7, ..." or the number of merged bins when they are no box. */
    static String selectionText(AnalysisOutcome outcome) {
        return "Chosen: " + (outcome.selection().isEmpty() ? outcome.bins().size() + " bins (see the bin map)"
            : outcome.selection().replace(">=", "\u2265"));
    }

    private static String caption(AnalysisOutcome outcome, Projection.Variable variable) {
        String name = Markup.plain(variable.label).replace(" [GeV]", "");
        return "Observed and expected events in " + name + " around the chosen aggregate bin of " + outcome.model().name()
                + " (" + (outcome.selection().isEmpty() ? outcome.bins().size() + " bins" : outcome.selection())
                + "): each " + name + " category sums the search bins whose other three coordinates (Njets, Nb, HT and"
                + " MHT intervals except " + name + ") equal those of a chosen bin; categories are the search's own "
                + name + " intervals, not per GeV. Data with Garwood 68% Poisson intervals; backgrounds stacked ("
                + String.join(", ", outcome.search().processes().stream().map(BackgroundProcess::name).toList())
                + "), their total uncertainty hatched (errors combined " + outcome.options().errors().id()
                + "); signal as a line. Lower panel: (observed - expected) / expected background, with the signal's S/B.";
    }
}
