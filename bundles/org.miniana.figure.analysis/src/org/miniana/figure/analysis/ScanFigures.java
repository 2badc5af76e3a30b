/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.figure.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import org.miniana.analysis.ScanPoint;
import org.miniana.analysis.ScanResult;
import org.miniana.core.Ra2Search;
import org.miniana.figure.Axis;
import org.miniana.figure.ColourScale;
import org.miniana.figure.Colours;
import org.miniana.figure.Figure;
import org.miniana.figure.Layer;
import org.miniana.figure.Layer.ColourMap;
import org.miniana.figure.Layer.Contour;
import org.miniana.figure.Legend;
import org.miniana.figure.Legend.Entry;
import org.miniana.figure.Legend.LineSwatch;
import org.miniana.figure.NamedFigure;
import org.miniana.figure.Panel;
import org.miniana.figure.Stroke;
import org.miniana.signal.CrossSectionTable;
import org.miniana.signal.SimplifiedModel;

/**
 * The maps of a mass scan over (m_gluino, m_LSP): significance maps, and limit maps in the field's
 * convention (the observed cross-section upper limit on a log scale), with the 95% CL exclusion
 * contours of {@link ExclusionContours}: the lines where an upper limit on the signal strength
 * is 1, interpolated in log(limit) between the scanned points; grid nodes that were not scanned or
 * failed are unknown, so contours stop at them.
 */
final class ScanFigures {

    static final Stroke EXPECTED = new Stroke(Colours.EXPECTED, 2.5, true);
    static final Stroke OBSERVED = new Stroke(Colours.OBSERVED, 2.5, false);
    static final String EXPECTED_LABEL = "Expected 95% CL exclusion";
    static final String OBSERVED_LABEL = "Observed 95% CL exclusion";
    static final Stroke FULL_EXPECTED = new Stroke(Colours.EXPECTED, 2.5, true);
    /** The expected contour's +-1 sigma band, of the merged bin's map and of the full likelihood's. */
    static final Stroke BAND = new Stroke(Colours.EXPECTED, 1, true);
    static final Stroke FULL_OBSERVED = new Stroke(Colours.OBSERVED, 2.5, false);
    static final Stroke THEORY = new Stroke(Colours.OBSERVED, 1, false);
    static final Stroke ONE_BIN_EXPECTED = new Stroke(Colours.GREY, 1.5, true);
    static final Stroke ONE_BIN_OBSERVED = new Stroke(Colours.GREY, 1.5, false);
    static final String FULL_EXPECTED_LABEL = "Expected, full likelihood";
    static final String BAND_LABEL = "Expected \u00b11\u03c3";
    static final String FULL_OBSERVED_LABEL = "Observed, full likelihood";
    static final String THEORY_LABEL = "Observed \u00b11\u03c3 theory";
    static final String ONE_BIN_EXPECTED_LABEL = "Expected, merged bin";
    static final String ONE_BIN_OBSERVED_LABEL = "Observed, merged bin";
    /** The ids of the limit maps: the merged bins', and the full likelihood's when every point has it. */
    static final String ONE_BIN_LIMITS = "scan-limits-one-bin";
    static final String FULL_LIMITS = "scan-limits";
    /** Significances above this share the brightest colour. */
    private static final double MAX_Z = 8;

    private ScanFigures() {
    }

    static List<NamedFigure> of(ScanResult scan) {
        Map<String, ExclusionContours.Line> lines = ExclusionContours.of(scan).stream()
                .collect(Collectors.toMap(ExclusionContours.Line::id, line -> line));
        ScanGrid grid = ScanGrid.of(scan.points());
        Contour expected = contour(lines.get(ExclusionContours.ONE_BIN_EXPECTED), EXPECTED_LABEL, EXPECTED);
        Contour observed = contour(lines.get(ExclusionContours.ONE_BIN_OBSERVED), OBSERVED_LABEL, OBSERVED);
        List<NamedFigure> figures = new ArrayList<>(List.of(
                figure(scan, grid, "scan-expected", "Expected", p -> p.run().expectedSignificance(), List.of(expected)),
                figure(scan, grid, "scan-observed", "Observed", p -> p.run().observedSignificance(),
                        List.of(expected, observed))));
        figures.add(oneBinLimits(scan, grid, lines));
        if (lines.containsKey(ExclusionContours.FULL_OBSERVED)) {
            figures.add(fullLimits(scan, grid, lines));
        }
        return figures;
    }

    /** The limit map of the designed merged bins: their observed cross-section limits and contours. */
    private static NamedFigure oneBinLimits(ScanResult scan, ScanGrid grid, Map<String, ExclusionContours.Line> lines) {
        List<Contour> contours = new ArrayList<>(List.of(
                contour(lines.get(ExclusionContours.ONE_BIN_EXPECTED), EXPECTED_LABEL, EXPECTED)));
        boolean band = lines.containsKey(ExclusionContours.ONE_BIN_EXPECTED_MINUS_1);
        if (band) {
            contours.add(contour(lines.get(ExclusionContours.ONE_BIN_EXPECTED_MINUS_1), BAND_LABEL, BAND));
            contours.add(contour(lines.get(ExclusionContours.ONE_BIN_EXPECTED_PLUS_1), "", BAND));
        }
        contours.add(contour(lines.get(ExclusionContours.ONE_BIN_OBSERVED), OBSERVED_LABEL, OBSERVED));
        boolean theory = addTheoryLines(contours, lines, ExclusionContours.ONE_BIN_OBSERVED_THEORY_UP,
                ExclusionContours.ONE_BIN_OBSERVED_THEORY_DOWN);
        String caption = "Observed 95% CL upper limit on the " + scan.family().family() + " cross section from the"
                + " single bin designed for each mass point (CLs, optimizer " + scan.options().optimizer() + "), with"
                + " the expected (dashed) and observed (solid) exclusion contours"
                + (band ? ", the expected contour's \u00b11\u03c3 experimental band (thin dashed)" : "")
                + theoryCaption(theory) + ". "
                + scan.points().size() + " points; contours interpolated in log(limit) between scanned points.";
        return new NamedFigure(ONE_BIN_LIMITS, caption, limitMap(scan, grid,
                p -> p.observedStrengthLimit() * p.crossSectionPb(), "merged bin, observed", contours));
    }

    /**
     * The field's limit map: the full likelihood's observed cross-section upper limit on a log
     * colour scale, with its expected contour and +-1 sigma band, its observed contour and (with
     * the table's cross sections) its +-1 sigma theory lines, beside the merged bin's contours.
     */
    private static NamedFigure fullLimits(ScanResult scan, ScanGrid grid, Map<String, ExclusionContours.Line> lines) {
        List<Contour> contours = new ArrayList<>(List.of(
                contour(lines.get(ExclusionContours.FULL_EXPECTED), FULL_EXPECTED_LABEL, FULL_EXPECTED),
                contour(lines.get(ExclusionContours.FULL_EXPECTED_MINUS_1), BAND_LABEL, BAND),
                contour(lines.get(ExclusionContours.FULL_EXPECTED_PLUS_1), "", BAND),
                contour(lines.get(ExclusionContours.FULL_OBSERVED), FULL_OBSERVED_LABEL, FULL_OBSERVED)));
        boolean theory = addTheoryLines(contours, lines, ExclusionContours.FULL_OBSERVED_THEORY_UP,
                ExclusionContours.FULL_OBSERVED_THEORY_DOWN);
        contours.add(contour(lines.get(ExclusionContours.ONE_BIN_EXPECTED), ONE_BIN_EXPECTED_LABEL, ONE_BIN_EXPECTED));
        contours.add(contour(lines.get(ExclusionContours.ONE_BIN_OBSERVED), ONE_BIN_OBSERVED_LABEL, ONE_BIN_OBSERVED));
        String caption = "Observed 95% CL upper limit on the " + scan.family().family() + " cross section from the"
                + " full likelihood of the search (all search bins and control regions, nuisances profiled; asymptotic"
                + " CLs), with its expected (dashed) and observed (solid) exclusion contours, the expected contour's"
                + " \u00b11\u03c3 experimental band (thin dashed)" + theoryCaption(theory)
                + ", beside the designed merged bin's expected and observed contours (grey). "
                + scan.points().size() + " points; contours interpolated in log(limit) between scanned points.";
        return new NamedFigure(FULL_LIMITS, caption, limitMap(scan, grid,
                p -> p.full().get().observedLimit() * p.crossSectionPb(), "full likelihood, observed", contours));
    }

    /** Adds the observed contour's theory lines (one legend entry for both) when there are any; says whether. */
    private static boolean addTheoryLines(List<Contour> contours, Map<String, ExclusionContours.Line> lines, String up,
            String down) {
        if (!lines.containsKey(up)) {
            return false;
        }
        contours.add(contour(lines.get(up), THEORY_LABEL, THEORY));
        contours.add(contour(lines.get(down), "", THEORY));
        return true;
    }

    private static String theoryCaption(boolean theory) {
        return theory ? " and the observed contour's \u00b11\u03c3 theory lines (thin solid: the cross section's scale"
                + " and PDF uncertainty, " + CrossSectionTable.gluinoPair13TeV().source() + ")" : "";
    }

    /** A limit map: the observed cross-section limit in pb on a log colour scale in whole decades, with contours. */
    private static Figure limitMap(ScanResult scan, ScanGrid grid, ToDoubleFunction<ScanPoint> limitPb, String what,
            List<Contour> contours) {
        double[] limits = grid.values(limitPb);
        double low = Double.POSITIVE_INFINITY;
        double high = 0;
        List<Double> values = new ArrayList<>(limits.length);
        for (double value : limits) {
            boolean usable = value > 0 && Double.isFinite(value);
            values.add(usable ? value : Double.NaN);
            if (usable) {
                low = Math.min(low, value);
                high = Math.max(high, value);
            }
        }
        if (!(low < high)) {
            low = high > 0 ? high / 10 : 1e-3;
            high = high > 0 ? high * 10 : 1;
        }
        // whole decades, as limit maps are read
        ColourScale scale = new ColourScale("95% CL upper limit on \u03c3 [pb] (" + what + ")",
                Math.pow(10, Math.floor(Math.log10(low))), Math.pow(10, Math.ceil(Math.log10(high))), true);
        return map(scan.family(), grid.xs(), grid.ys(), values, scale, contours);
    }

    /** A contour as the figures draw it: limit 1, with a label (none: not in the legend) and a stroke. */
    private static Contour contour(ExclusionContours.Line line, String label, Stroke stroke) {
        return new Contour(label, 1, line.lines(), stroke);
    }

    private static NamedFigure figure(ScanResult scan, ScanGrid grid, String id, String kind,
            ToDoubleFunction<ScanPoint> significance, List<Contour> contours) {
        double[] z = grid.values(significance);
        double max = 0;
        List<Double> values = new ArrayList<>(z.length);
        for (double value : z) {
            values.add(value);
            if (value > max) {
                max = value;
            }
        }
        ColourScale scale = new ColourScale(kind + " significance Z", 0, Math.min(MAX_Z, Math.max(1, Math.ceil(max))), false);
        String caption = kind + " significance of the single-bin analysis of each " + scan.family().family()
                + " mass point (" + scan.points().size() + " points, optimizer " + scan.options().optimizer()
                + ", p-values " + scan.options().pValueMethod().label() + "), with the "
                + (contours.size() > 1 ? "expected (dashed) and observed (solid)" : "expected")
                + " 95% CL exclusion contours: where the CLs upper limit on the signal strength is 1,"
                + " interpolated in log(limit) between scanned points (marching squares)."
                + (scan.failures().isEmpty() ? "" : " " + scan.failures().size() + " points failed and are left empty.");
        return new NamedFigure(id, caption, map(scan.family(), grid.xs(), grid.ys(), values, scale, contours));
    }

    /**
     * A colour map over the mass plane with contours. A contour without a label belongs to the
     * labelled one before it (a band's second edge, a theory line's partner): the legend lists a
     * label when its contour or a partner crosses the scan, so a small scan lists no lines it lacks.
     *
     * @param xs the gluino masses of the grid's nodes, ascending
     * @param ys the LSP masses of the grid's nodes, ascending
     * @param values one per node, row by row (NaN: left empty)
     */
    static Figure map(SimplifiedModel family, double[] xs, double[] ys, List<Double> values, ColourScale scale,
            List<Contour> contours) {
        List<Layer> layers = new ArrayList<>();
        layers.add(new ColourMap(ScanGrid.edges(xs), ScanGrid.edges(ys), values, scale));
        layers.addAll(contours);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < contours.size(); i++) {
            Contour labelled = contours.get(i);
            boolean drawn = !labelled.lines().isEmpty();
            while (i + 1 < contours.size() && contours.get(i + 1).label().isEmpty()) {
                drawn |= !contours.get(++i).lines().isEmpty();
            }
            if (drawn) {
                entries.add(new Entry(labelled.label(), new LineSwatch(labelled.stroke())));
            }
        }
        List<Double> xEdges = ScanGrid.edges(xs);
        List<Double> yEdges = ScanGrid.edges(ys);
        double yMax = yEdges.get(yEdges.size() - 1);
        double yMin = yEdges.get(0);
        String title = family.family() + ": " + family.decay().replace("->", "\u2192");
        Panel panel = new Panel(1, Axis.linear("m(\u03c7\u0303^{0}_{1}) [GeV]", yMin, yMin + (yMax - yMin) * 1.3),
                layers, List.of(), Optional.of(new Legend(title, entries, Legend.Corner.TOP_LEFT, entries.size() > 3 ? 2 : 1)));
        return new Figure(Axis.linear("m(g\u0303) [GeV]", xEdges.get(0), xEdges.get(xEdges.size() - 1)),
                List.of(panel), Styles.header(Ra2Search.ANALYSIS), 1.15);
    }
}
