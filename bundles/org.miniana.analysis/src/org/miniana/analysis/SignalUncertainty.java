/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.miniana.core.SignalModel;
import org.miniana.core.SignalYield;
import org.miniana.core.model.Channel;
import org.miniana.core.model.Modifier;
import org.miniana.core.model.NuisanceParameter;
import org.miniana.core.model.Sample;
import org.miniana.core.model.StatisticalModel;

/**
 * The relative uncertainty of the merged bin's signal, which the counting test's limits take as a
 * log-normal factor (see {@link org.miniana.stats.Limits}). It is derived from the nuisances the
 * full likelihood puts on the signal, so the one-bin test and the likelihood describe the same
 * uncertain signal: each lnN parameter shifts the merged signal by
 * sum_i s_i (kappa_i - 1) / sum_i s_i over the merged bins i at +1 and at -1 sigma, fully
 * correlated across bins as the likelihood treats one parameter (the per-bin MC statistical terms,
 * one parameter per bin, are thereby uncorrelated). The upward error combines over the parameters
 * the larger upward shift of each (at +1 or -1 sigma, so that a parameter which lowers the signal at
 * +1 sigma counts too), in quadrature of the logarithms of the factors 1 + shift, as log-normal
 * factors combine; the downward error likewise, so it stays below 100%. lnU and gmN parameters
 * are not Gaussian-constrained uncertainties and are left out (RA2's cards put none on the signal).
 *
 * @param up upward relative error, &gt;= 0
 * @param down downward relative error, in [0, 1)
 * @param source where the errors come from
 */
public record SignalUncertainty(double up, double down, Source source) {

    /** A signal known exactly. */
    public static final SignalUncertainty NONE = new SignalUncertainty(0, 0, Source.NONE);

    /** Where the errors come from. */
    public enum Source {
        /** The nuisances the search's statistical model puts on the model's signal. */
        STATISTICAL_MODEL("the signal nuisances of the search's full likelihood"),
        /** The model's MC statistical errors alone, for a search without a statistical model. */
        MC_STATISTICS("the model's MC statistical errors only (the search has no datacards)"),
        /** None: the signal is taken as exact. */
        NONE("none (the signal is taken as exact)");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        /** The name used in JSON documents: statistical-model, mc-statistics or none. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** A short human description. */
        public String label() {
            return label;
        }

        /** The source of an {@link #id()}. */
        public static Source byId(String id) {
            return Arrays.stream(values()).filter(source -> source.id().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Unknown source of signal errors '" + id + "'"));
        }
    }

    public SignalUncertainty {
        if (!(up >= 0) || !(down >= 0 && down < 1) || Double.isInfinite(up)) {
            throw new IllegalArgumentException("Relative signal errors must be finite and >= 0, and below 1"
                    + " downwards, not +" + up + " -" + down);
        }
    }

    /**
     * The uncertainty of the merged signal of {@code bins} in a model with the tested signal filled
     * in, as {@link FullLikelihood#model} makes it.
     */
    public static SignalUncertainty of(StatisticalModel withSignal, List<Integer> bins) {
        Map<Integer, Channel> byBin = new LinkedHashMap<>();
        withSignal.searchBins().forEach(channel -> byBin.put(channel.searchBin(), channel));
        Map<Integer, double[]> shifts = new LinkedHashMap<>();
        double total = 0;
        for (int bin : bins) {
            Channel channel = byBin.get(bin);
            if (channel == null) {
                throw new IllegalArgumentException("The statistical model has no search bin " + bin);
            }
            for (Sample sample : channel.samples()) {
                if (!sample.signal()) {
                    continue;
                }
                total += sample.rate();
                for (Modifier modifier : sample.modifiers()) {
                    if (withSignal.parameters().get(modifier.parameter()).type() == NuisanceParameter.Type.LN_N) {
                        double[] shift = shifts.computeIfAbsent(modifier.parameter(), parameter -> new double[2]);
                        shift[0] += sample.rate() * (modifier.up() - 1);
                        shift[1] += sample.rate() * (modifier.down() - 1);
                    }
                }
            }
        }
        return combine(shifts.values(), total, Source.STATISTICAL_MODEL);
    }

    /**
     * The uncertainty of the merged signal of {@code bins} from the model's MC statistical errors
     * alone, for a search without a statistical model: each bin's error as the likelihood would take
     * it, a symmetric lnN kappa 1 + error / yield of its own, so the upward error is the quadratic sum
     * of the bins' errors over the merged signal.
     */
    public static SignalUncertainty mcStatistics(SignalModel model, List<Integer> bins) {
        List<double[]> shifts = new ArrayList<>();
        double total = 0;
        for (int bin : bins) {
            SignalYield yield = model.yield(bin);
            total += yield.value();
            if (yield.value() > 0) {
                double kappa = 1 + yield.mcStatError() / yield.value();
                shifts.add(new double[] {yield.value() * (kappa - 1), yield.value() * (1 / kappa - 1)});
            }
        }
        return combine(shifts, total, Source.MC_STATISTICS);
    }

    /**
     * Each parameter's shifts of the merged signal at +1 and -1 sigma, in events, combined as the
     * likelihood's lnN terms multiply: the merged signal's factor under a parameter at +-1 sigma is
     * 1 + shift / total, and log-normal factors of independent parameters combine in quadrature of
     * their logarithms, exactly for symmetric ones. So a downward error stays below 100%.
     */
    private static SignalUncertainty combine(Iterable<double[]> shifts, double total, Source source) {
        if (!(total > 0)) {
            return new SignalUncertainty(0, 0, source);
        }
        double logUp = 0;
        double logDown = 0;
        for (double[] shift : shifts) {
            double raise = Math.log1p(Math.max(0, Math.max(shift[0], shift[1])) / total);
            // every factor is positive, so a shift never takes the whole signal
            double lower = Math.log1p(Math.min(0, Math.min(shift[0], shift[1])) / total);
            logUp += raise * raise;
            logDown += lower * lower;
        }
        return new SignalUncertainty(Math.expm1(Math.sqrt(logUp)), -Math.expm1(-Math.sqrt(logDown)), source);
    }
}
