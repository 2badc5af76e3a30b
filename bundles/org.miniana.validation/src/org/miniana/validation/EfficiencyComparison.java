/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.miniana.core.Ra2Search;
import org.miniana.core.SearchBin;
import org.miniana.core.SignalModel;
import org.miniana.signal.MassPoint;
import org.miniana.signal.SimplifiedModel;

/**
 * The fast simulation's signal efficiencies in the aggregate regions of CMS-SUS-16-033 against an
 * independent recast's ({@link RecastEfficiencies}), point by point and summarised per region.
 * Our efficiency in a region is the sum of the model's yields over the RA2 search bins inside it,
 * divided by cross section times luminosity; RA2's bins start at 3 jets and leave out MHT > 750 GeV
 * with HT < 750 GeV, so regions 1 and 6 (from 2 jets) miss the two-jet events there.
 *
 * @param points every compared point, in the recast table's order
 * @param regions one summary per region, in {@link AggregateRegion#CMS_SUS_16_033}'s order
 */
public record EfficiencyComparison(SimplifiedModel family, List<PointEfficiencies> points, List<RegionSummary> regions) {

    /**
     * A region's ratios count only where the recast's efficiency is at least this: below it both
     * samples' statistical errors (and the recast's rounding) dominate the ratio.
     */
    public static final double MINIMUM_EFFICIENCY = 0.01;
    /** The point whose efficiencies are shown beside the summary: an uncompressed one at the middle of the range. */
    public static final double SHOWN_GLUINO = 1500;
    public static final double SHOWN_LSP = 110;

    public EfficiencyComparison {
        Objects.requireNonNull(family, "family");
        points = List.copyOf(points);
        regions = List.copyOf(regions);
    }

    /** Our and the recast's efficiency in every region at one point. */
    public record PointEfficiencies(MassPoint point, double[] ours, double[] recast) {

        public PointEfficiencies {
            ours = ours.clone();
            recast = recast.clone();
        }

        @Override
        public double[] ours() {
            return ours.clone();
        }

        @Override
        public double[] recast() {
            return recast.clone();
        }
    }

    /**
     * One region's ratios ours / recast over the points where the recast's efficiency is at least
     * {@link #MINIMUM_EFFICIENCY} ({@code compared} of them; NaN statistics when none).
     *
     * @param quantile10 the 10% quantile of the ratios (R-7, as numpy)
     * @param shownOurs our efficiency at the shown point ({@link #SHOWN_GLUINO}/{@link #SHOWN_LSP}), NaN if not compared
     */
    public record RegionSummary(AggregateRegion region, int compared, double median, double quantile10,
            double quantile90, double shownOurs, double shownRecast) {
    }

    /** Our efficiencies per region of one simulated model. */
    public static double[] efficiencies(SignalModel model, List<SearchBin> bins) {
        List<AggregateRegion> regions = AggregateRegion.CMS_SUS_16_033;
        double produced = model.crossSectionPb() * Ra2Search.ANALYSIS.luminosityInvPb();
        double[] efficiencies = new double[regions.size()];
        for (SearchBin bin : bins) {
            for (int i = 0; i < regions.size(); i++) {
                if (regions.get(i).contains(bin)) {
                    efficiencies[i] += model.yield(bin.index()).value() / produced;
                }
            }
        }
        return efficiencies;
    }

    /** Compares our models (by point) with the recast's efficiencies of their family. */
    public static EfficiencyComparison of(SimplifiedModel family, Map<MassPoint, SignalModel> ours,
            List<SearchBin> bins) {
        List<PointEfficiencies> points = new ArrayList<>();
        RecastEfficiencies.of(family).forEach((point, recast) -> {
            SignalModel model = ours.get(point);
            if (model != null) {
                points.add(new PointEfficiencies(point, efficiencies(model, bins), recast));
            }
        });
        List<RegionSummary> regions = new ArrayList<>();
        Percentile quantiles = new Percentile().withEstimationType(EstimationType.R_7);
        for (int i = 0; i < AggregateRegion.CMS_SUS_16_033.size(); i++) {
            int region = i;
            double[] ratios = points.stream().filter(p -> p.recast[region] >= MINIMUM_EFFICIENCY)
                    .mapToDouble(p -> p.ours[region] / p.recast[region]).toArray();
            quantiles.setData(ratios);
            PointEfficiencies shown = points.stream()
                    .filter(p -> p.point.mGluino() == SHOWN_GLUINO && p.point.mLsp() == SHOWN_LSP).findFirst()
                    .orElse(null);
            regions.add(new RegionSummary(AggregateRegion.CMS_SUS_16_033.get(i), ratios.length,
                    ratios.length == 0 ? Double.NaN : quantiles.evaluate(50),
                    ratios.length == 0 ? Double.NaN : quantiles.evaluate(10),
                    ratios.length == 0 ? Double.NaN : quantiles.evaluate(90),
                    shown == null ? Double.NaN : shown.ours[i], shown == null ? Double.NaN : shown.recast[i]));
        }
        return new EfficiencyComparison(family, points, regions);
    }
}
