/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.miniana.figure.Figure;
import org.miniana.figure.Layer.Polyline;
import org.miniana.figure.analysis.LimitRatioFigure;
import org.miniana.signal.CrossSectionTable;
import org.miniana.signal.SimplifiedModel;

/**
 * Our observed cross-section limits of a family against published ones, measured as issue #15
 * asks: over the points of our map with m_gluino in [{@value #GLUINO_FROM}, {@value #GLUINO_TO}] GeV
 * and m_LSP at most m_gluino - {@value #MINIMUM_SPLITTING} GeV, the ratio ours / published (the
 * published limit interpolated to our point, {@link LimitMap#at}); and the observed exclusion
 * contours (where a limit equals the bundled theory cross section), compared in m_gluino along
 * lines of constant m_LSP up to {@value #CONTOUR_LSP_MAX} GeV.
 *
 * @param points the compared points, in the order of our map's nodes (by m_LSP, then m_gluino)
 * @param withoutPublished our points in the region where the published map has no limit
 * @param median the median ratio
 * @param quantile05 the 5% quantile of the ratios (NIST/numpy's linear interpolation, R-7)
 * @param quantile95 the 95% quantile
 * @param fractionWithin the fraction of ratios within [{@value #BAND_LOW}, {@value #BAND_HIGH}]
 * @param gaps the contours' m_gluino at each m_LSP level compared
 * @param goals issue #15's goals, each met or missed
 */
public record LimitComparison(SimplifiedModel family, LimitMap ours, LimitMap published, List<PointRatio> points,
        int withoutPublished, double median, double quantile05, double quantile95, double fractionWithin,
        List<Polyline> ourContour, List<Polyline> publishedContour, List<ContourGap> gaps, List<Goal> goals) {

    public static final double GLUINO_FROM = 1000;
    public static final double GLUINO_TO = 2000;
    public static final double MINIMUM_SPLITTING = 200;
    public static final double CONTOUR_LSP_MAX = 800;
    /** The contours are compared every this many GeV of m_LSP. */
    public static final double LEVEL_STEP = 10;
    public static final double MEDIAN_LOW = 0.9;
    public static final double MEDIAN_HIGH = 1.1;
    public static final double BAND_LOW = 0.75;
    public static final double BAND_HIGH = 1.33;
    public static final double BAND_FRACTION = 0.9;
    public static final double CONTOUR_TOLERANCE = 50;

    public LimitComparison {
        Objects.requireNonNull(family, "family");
        points = List.copyOf(points);
        ourContour = List.copyOf(ourContour);
        publishedContour = List.copyOf(publishedContour);
        gaps = List.copyOf(gaps);
        goals = List.copyOf(goals);
    }

    /** One compared point: limits in pb. */
    public record PointRatio(double mGluino, double mLsp, double ours, double published) {

        public double ratio() {
            return ours / published;
        }
    }

    /**
     * Where the two observed contours cross the line m_LSP = {@code mLsp}: the largest m_gluino of
     * each (the exclusion's reach), NaN where a contour does not cross it.
     */
    public record ContourGap(double mLsp, double ours, double published) {

        /** Ours minus the published reach in GeV; infinite when only one contour crosses; NaN when neither does. */
        public double gap() {
            if (Double.isNaN(ours) && Double.isNaN(published)) {
                return Double.NaN;
            }
            if (Double.isNaN(ours) || Double.isNaN(published)) {
                return Double.POSITIVE_INFINITY;
            }
            return ours - published;
        }
    }

    /** One of issue #15's goals: what it asks, the measured value, and whether it is met. */
    public record Goal(String id, String criterion, double value, boolean met) {
    }

    /** Whether a point lies in the region the ratios are measured in. */
    public static boolean inRegion(double mGluino, double mLsp) {
        return mGluino >= GLUINO_FROM && mGluino <= GLUINO_TO && mLsp <= mGluino - MINIMUM_SPLITTING;
    }

    /** Compares our limits of {@code family} with the published ones. */
    public static LimitComparison of(SimplifiedModel family, LimitMap ours, LimitMap published) {
        double[] xs = ours.xs();
        double[] ys = ours.ys();
        List<PointRatio> points = new ArrayList<>();
        int withoutPublished = 0;
        for (int iy = 0; iy < ys.length; iy++) {
            for (int ix = 0; ix < xs.length; ix++) {
                double limit = ours.node(ix, iy);
                if (Double.isNaN(limit) || !inRegion(xs[ix], ys[iy])) {
                    continue;
                }
                double theirs = published.at(xs[ix], ys[iy]);
                if (Double.isNaN(theirs)) {
                    withoutPublished++;
                } else {
                    points.add(new PointRatio(xs[ix], ys[iy], limit, theirs));
                }
            }
        }
        double[] ratios = points.stream().mapToDouble(PointRatio::ratio).toArray();
        Percentile quantiles = new Percentile().withEstimationType(EstimationType.R_7);
        quantiles.setData(ratios);
        double median = ratios.length == 0 ? Double.NaN : quantiles.evaluate(50);
        double fractionWithin = ratios.length == 0 ? Double.NaN
                : points.stream().filter(p -> p.ratio() >= BAND_LOW && p.ratio() <= BAND_HIGH).count()
                        / (double) ratios.length;
        CrossSectionTable crossSections = CrossSectionTable.gluinoPair13TeV();
        List<Polyline> ourContour = ours.exclusionContour(crossSections);
        List<Polyline> publishedContour = published.exclusionContour(crossSections);
        List<ContourGap> gaps = new ArrayList<>();
        for (double level : levels(ys[0], published.ys()[0])) {
            gaps.add(new ContourGap(level, reach(ourContour, level), reach(publishedContour, level)));
        }
        double largest = largestGap(gaps).map(gap -> Math.abs(gap.gap())).orElse(Double.NaN);
        List<Goal> goals = List.of(
                new Goal("medianRatio", "median ratio within " + MEDIAN_LOW + "-" + MEDIAN_HIGH, median,
                        median >= MEDIAN_LOW && median <= MEDIAN_HIGH),
                new Goal("ratioBand", Math.round(100 * BAND_FRACTION) + "% of points within " + BAND_LOW + "-"
                        + BAND_HIGH, fractionWithin, fractionWithin >= BAND_FRACTION),
                new Goal("contour", "observed contour within " + Math.round(CONTOUR_TOLERANCE) + " GeV in m_gluino for"
                        + " m_LSP <= " + Math.round(CONTOUR_LSP_MAX) + " GeV", largest, largest <= CONTOUR_TOLERANCE));
        return new LimitComparison(family, ours, published, points, withoutPublished, median,
                ratios.length == 0 ? Double.NaN : quantiles.evaluate(5),
                ratios.length == 0 ? Double.NaN : quantiles.evaluate(95), fractionWithin, ourContour, publishedContour,
                gaps, goals);
    }

    /**
     * The m_LSP levels the contours are compared at: from the lowest m_LSP both maps have (CMS's
     * first bin centre is 6 GeV, not 0), then every {@value #LEVEL_STEP} GeV up to
     * {@value #CONTOUR_LSP_MAX} GeV.
     */
    private static List<Double> levels(double oursLowest, double publishedLowest) {
        double lowest = Math.max(oursLowest, publishedLowest);
        List<Double> levels = new ArrayList<>(List.of(lowest));
        for (double level = (Math.floor(lowest / LEVEL_STEP) + 1) * LEVEL_STEP; level <= CONTOUR_LSP_MAX;
                level += LEVEL_STEP) {
            levels.add(level);
        }
        return levels;
    }

    /** The largest m_gluino at which the lines cross m_LSP = level; NaN where none does. */
    static double reach(List<Polyline> lines, double level) {
        double reach = Double.NaN;
        for (Polyline line : lines) {
            for (int i = 0; i + 1 < line.size(); i++) {
                double y0 = line.y().get(i);
                double y1 = line.y().get(i + 1);
                if (Math.min(y0, y1) > level || Math.max(y0, y1) < level) {
                    continue;
                }
                double x0 = line.x().get(i);
                double x1 = line.x().get(i + 1);
                double x = y0 == y1 ? Math.max(x0, x1) : x0 + (level - y0) / (y1 - y0) * (x1 - x0);
                if (!(x <= reach)) { // also replaces NaN
                    reach = x;
                }
            }
        }
        return reach;
    }

    /** The level where the contours lie furthest apart (levels that neither contour crosses agree). */
    public Optional<ContourGap> largestGap() {
        return largestGap(gaps);
    }

    private static Optional<ContourGap> largestGap(List<ContourGap> gaps) {
        return gaps.stream().filter(gap -> !Double.isNaN(gap.gap()))
                .max(Comparator.comparingDouble(gap -> Math.abs(gap.gap())));
    }

    /** Ours over the published limit at each node of our map, row by row; NaN where not compared. */
    public double[] ratioGrid() {
        double[] xs = ours.xs();
        double[] ratios = new double[xs.length * ours.ys().length];
        Arrays.fill(ratios, Double.NaN);
        double[] ys = ours.ys();
        for (PointRatio point : points) {
            int ix = Arrays.binarySearch(xs, point.mGluino());
            int iy = Arrays.binarySearch(ys, point.mLsp());
            ratios[iy * xs.length + ix] = point.ratio();
        }
        return ratios;
    }

    /** The ratio map with both observed contours. */
    public Figure figure() {
        return LimitRatioFigure.of(family, ours.xs(), ours.ys(), ratioGrid(), ourContour, publishedContour, "CMS");
    }

    /** Whether every goal is met. */
    public boolean passed() {
        return goals.stream().allMatch(Goal::met);
    }
}
