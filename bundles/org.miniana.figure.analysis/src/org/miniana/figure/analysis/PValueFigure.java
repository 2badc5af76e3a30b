/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.figure.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.miniana.analysis.AnalysisOutcome;
import org.miniana.analysis.CountingTest;
import org.miniana.figure.Axis;
import org.miniana.figure.Colours;
import org.miniana.figure.Figure;
import org.miniana.figure.Fill;
import org.miniana.figure.Layer;
import org.miniana.figure.Layer.Band;
import org.miniana.figure.Layer.Component;
import org.miniana.figure.Layer.ReferenceLine;
import org.miniana.figure.Layer.StackedHistogram;
import org.miniana.figure.Legend;
import org.miniana.figure.Legend.Entry;
import org.miniana.figure.Legend.FillSwatch;
import org.miniana.figure.Legend.LineSwatch;
import org.miniana.figure.NamedFigure;
import org.miniana.figure.Panel;
import org.miniana.figure.Stroke;
import org.miniana.stats.HybridCount;
import org.miniana.stats.PValue;

/**
 * The background-only distribution of the merged bin's count, Poisson mixed over the background
 * uncertainty (the hybrid distribution the p-values integrate), one unit-wide bar per count n
 * centred on n. The observed p-value's tail is shaded from the centre of the observed count's
 * bar: half of P(N = n_obs) plus everything above, which is the mid-p value of the test.
 */
final class PValueFigure {

    static final String TAIL = "Observed p-value";
    static final Fill TAIL_FILL = new Fill(Colours.TAIL, 0.75, Fill.Hatch.NONE);
    /** The shaded tail goes on until what is left of it is this fraction of the p-value. */
    static final double TAIL_PRECISION = 1e-6;
    /** The drawn range covers counts with probabilities above this fraction of the peak. */
    private static final double VISIBLE = 1e-5;

    private PValueFigure() {
    }

    static NamedFigure of(AnalysisOutcome outcome) {
        CountingTest test = outcome.test();
        HybridCount distribution = HybridCount.of(test.background(), test.backgroundUp(), test.backgroundDown());
        double expected = test.signal() + test.background();
        long observed = test.observed();

        // The counts worth drawing: up to where the distribution has faded, and beyond both markers.
        List<Double> probabilities = new ArrayList<>();
        double peak = 0;
        long n = 0;
        double cumulative = 0;
        while (true) {
            double p = distribution.probability(n);
            probabilities.add(p);
            peak = Math.max(peak, p);
            cumulative += p;
            n++;
            if (cumulative > 0.5 && p < VISIBLE * peak && n > Math.max(observed, expected) + 1) {
                break;
            }
        }
        long first = 0;
        while (probabilities.get((int) first) < VISIBLE * peak && first < Math.min(observed, (long) expected) - 1) {
            first++;
        }
        long last = n - 1;

        List<Double> edges = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (long k = first; k <= last; k++) {
            edges.add(k - 0.5);
            values.add(probabilities.get((int) k));
        }
        edges.add(last + 0.5);

        // The tail from the observed count's centre until what remains is negligible.
        double pValue = test.observedPValue().p();
        List<Double> tailEdges = new ArrayList<>(List.of((double) observed));
        List<Double> tail = new ArrayList<>();
        List<Double> zeros = new ArrayList<>();
        long tailEnd = observed + 10 * (last - first + 1); // a p-value that underflowed has no visible tail
        for (long k = observed; k == observed || k < tailEnd && distribution.upperTail(k) > TAIL_PRECISION * pValue; k++) {
            tailEdges.add(k + 0.5);
            tail.add(distribution.probability(k));
            zeros.add(0.0);
        }

        boolean log = Math.min(pValue, test.expected().p()) < 0.01;
        double yMin = log ? Styles.decadeBelow(VISIBLE * peak) : 0;
        // The peak at 2/3 of the height: the legend with the numbers goes above.
        double yMax = log ? Styles.logHeadroom(yMin, peak, 0.67) : peak / 0.67;
        Stroke observedLine = Stroke.solid(Colours.BLACK, 2);
        Stroke expectedLine = Stroke.dashed(Colours.SIGNAL, 2);
        String background = "B = " + Styles.number(test.background()) + " ^{+" + Styles.number(test.backgroundUp())
                + "}_{\u2212" + Styles.number(test.backgroundDown()) + "}";
        List<Layer> layers = List.of(
                new StackedHistogram(edges, List.of(new Component("Background only", Fill.solid(Colours.DISTRIBUTION), values)),
                        Stroke.solid(Colours.DISTRIBUTION, 0.5)),
                new Band(TAIL, tailEdges, zeros, tail, TAIL_FILL),
                new ReferenceLine("Observed", true, observed, observedLine),
                new ReferenceLine("Expected S+B", true, expected, expectedLine));
        // The numbers go into the legend, which sits in the room left above the distribution.
        List<Entry> entries = List.of(
                new Entry("Background only, " + background, new FillSwatch(Fill.solid(Colours.DISTRIBUTION), Optional.empty())),
                new Entry(TAIL + " (ties count half)", new FillSwatch(TAIL_FILL, Optional.empty())),
                new Entry("Observed n = " + observed + ": " + summary(test.observedPValue()), new LineSwatch(observedLine)),
                new Entry("Expected S+B = " + Styles.number(expected) + ": " + summary(test.expected()),
                        new LineSwatch(expectedLine)));
        Panel panel = new Panel(1, new Axis("Probability", yMin, yMax, log, List.of()), layers, List.of(),
                Optional.of(new Legend("p-values: " + test.method().label(), entries, Legend.Corner.TOP_RIGHT, 1)));
        Figure figure = new Figure(Axis.linear("Events in the chosen bin", first - 0.5, last + 0.5), List.of(panel),
                Styles.header(outcome.search().analysis()), 1.3);
        String caption = "Background-only distribution of the count in the chosen bin of " + outcome.model().name()
                + ": Poisson mixed over the background " + Styles.number(test.background()) + " +"
                + Styles.number(test.backgroundUp()) + " -" + Styles.number(test.backgroundDown())
                + " (hybrid). The observed count " + observed + " (solid) and the expected S+B " + Styles.number(expected)
                + " (dashed) are marked; the shaded tail, from the middle of the observed count's bar, is the observed"
                + " p-value (ties counted half). p-values by the " + test.method().label() + " method.";
        return new NamedFigure("p-value", caption, figure);
    }

    private static String summary(PValue value) {
        String z = String.format(java.util.Locale.ROOT, "%.2f", value.z()).replace('-', '\u2212');
        return "p = " + Styles.number(value.p()) + ", Z = " + z;
    }
}
