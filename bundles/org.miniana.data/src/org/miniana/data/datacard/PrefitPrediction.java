/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data.datacard;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.miniana.core.BackgroundProcess;
import org.miniana.core.Estimate;
import org.miniana.core.model.Channel;
import org.miniana.core.model.Modifier;
import org.miniana.core.model.NuisanceParameter;
import org.miniana.core.model.Sample;
import org.miniana.core.model.StatisticalModel;
import org.miniana.stats.PoissonInterval;

/**
 * The pre-fit background prediction of each search bin and process, with the semantics of the
 * cards: a rate scaled by an {@code lnU} normalisation is multiplied by what its control region
 * observed, N_CR minus the control region's other backgrounds, over the control region's rate of
 * the scaled process (never below 0). An empty control region so gives 0 and its Poisson upper
 * error: RA2's "...HighW" placeholders and the Z to nunu floors of empty photon regions drop out,
 * as in CMS's pre-fit table. The Garwood interval of N_CR, over the same rate, is the statistical
 * error it carries; lnN kappas scale the central value. Errors of different nuisances add in
 * quadrature, separately for statistical and systematic nuisances (as the search classifies them);
 * one nuisance moves all samples of a process together.
 */
public final class PrefitPrediction {

    /** A background lnU that no control region, or more than one, constrains. */
    public static final class InvalidNormalisation extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String card;
        private final String parameter;

        InvalidNormalisation(String card, String parameter, String problem) {
            super(problem);
            this.card = card;
            this.parameter = parameter;
        }

        /** The card (as named in its channel) where the problem shows. */
        public String card() {
            return card;
        }

        /** The name of the lnU parameter. */
        public String parameter() {
            return parameter;
        }
    }

    /**
     * What a control region says of one lnU normalisation: the observed count, the region, and
     * the nominal scale with the Garwood interval of the count relative to the scaled rate.
     */
    private record Normalisation(int parameter, Channel region, double scale, double relativeUp,
            double relativeDown) {
    }

    private final StatisticalModel model;
    private final Predicate<NuisanceParameter> statistical;
    private final Map<Integer, Normalisation> normalisations = new HashMap<>();

    private PrefitPrediction(StatisticalModel model, Predicate<NuisanceParameter> statistical) {
        this.model = model;
        this.statistical = statistical;
    }

    /**
     * The prediction of a model whose every background lnU is constrained by exactly one control
     * region; an lnU on the signal alone is a bounded systematic and needs none.
     *
     * @param statistical which nuisances count towards the statistical errors
     * @throws InvalidNormalisation for an unconstrained or doubly constrained lnU
     */
    public static PrefitPrediction of(StatisticalModel model, Predicate<NuisanceParameter> statistical) {
        var prediction = new PrefitPrediction(model, statistical);
        prediction.readControlRegions();
        return prediction;
    }

    private void readControlRegions() {
        for (Channel region : model.controlRegions()) {
            Map<Integer, Double> scaledRate = new LinkedHashMap<>();
            for (Sample sample : region.samples()) {
                if (!sample.signal()) {
                    for (Modifier modifier : sample.modifiers()) {
                        if (isLnU(modifier)) {
                            scaledRate.merge(modifier.parameter(), sample.rate(), Double::sum);
                        }
                    }
                }
            }
            for (var entry : scaledRate.entrySet()) {
                String name = parameterName(entry.getKey());
                Normalisation previous = normalisations.get(entry.getKey());
                if (previous != null) {
                    throw new InvalidNormalisation(region.card(), name, "lnU '" + name
                            + "' is constrained again (first by " + previous.region().card() + ")");
                }
                double rate = entry.getValue();
                if (!(rate > 0)) {
                    throw new InvalidNormalisation(region.card(), name, "lnU '" + name
                            + "' scales only processes whose rate is 0");
                }
                long observed = region.observed();
                var interval = PoissonInterval.garwood(observed);
                normalisations.put(entry.getKey(), new Normalisation(entry.getKey(), region,
                        scale(entry.getKey(), region, NOMINAL, 0), interval.errorUp(observed) / rate,
                        interval.errorDown(observed) / rate));
            }
        }
        for (Channel bin : model.searchBins()) {
            for (Sample sample : bin.samples()) {
                for (Modifier modifier : sample.modifiers()) {
                    if (!sample.signal() && isLnU(modifier) && !normalisations.containsKey(modifier.parameter())) {
                        String name = parameterName(modifier.parameter());
                        throw new InvalidNormalisation(bin.card(), name, "lnU '" + name + "' scales background '"
                                + sample.name() + "' but no control-region card constrains it");
                    }
                }
            }
        }
    }

    /** No parameter shifted. */
    private static final int NOMINAL = -1;

    /**
     * The normalisation that the control region's count implies, (N - other backgrounds) / scaled
     * rate and never below 0, with parameter {@code shifted} at theta = {@code theta} (+-1).
     */
    private double scale(int parameter, Channel region, int shifted, int theta) {
        double scaled = 0;
        double others = 0;
        for (Sample sample : region.samples()) {
            if (sample.signal()) {
                continue;
            }
            double rate = sample.rate() * factor(sample, shifted, theta);
            boolean isScaled = sample.modifiers().stream()
                    .anyMatch(modifier -> modifier.parameter() == parameter);
            if (isScaled) {
                scaled += rate;
            } else {
                others += rate;
            }
        }
        return Math.max(0, (region.observed() - others) / scaled);
    }

    /** A sample's lnN factor for parameter {@code shifted} at theta = +-1 (1 when it does not act on it). */
    private double factor(Sample sample, int shifted, int theta) {
        if (shifted == NOMINAL || isLnU(shifted)) {
            return 1;
        }
        for (Modifier modifier : sample.modifiers()) {
            if (modifier.parameter() == shifted) {
                return theta > 0 ? modifier.up() : modifier.down();
            }
        }
        return 1;
    }

    /** The value of a background sample with parameter {@code shifted} at theta = +-1. */
    private double value(Sample sample, int shifted, int theta) {
        double value = sample.rate() * factor(sample, shifted, theta);
        for (Modifier modifier : sample.modifiers()) {
            Normalisation normalisation = normalisations.get(modifier.parameter());
            if (normalisation != null) {
                value *= shifted == NOMINAL ? normalisation.scale()
                        : scale(normalisation.parameter(), normalisation.region(), shifted, theta);
            }
        }
        return value;
    }

    /** The pre-fit central value of one background sample. */
    public double central(Sample sample) {
        return value(sample, NOMINAL, 0);
    }

    /**
     * The prediction per background process of one search-bin channel, in the order of
     * {@code processes}. A parameter's shift is taken at theta = +-1 through the sample's own
     * kappa and through the control regions that normalise it (where its kappa acts inversely).
     */
    public Map<BackgroundProcess, Estimate> backgrounds(Channel bin, List<BackgroundProcess> processes) {
        Map<String, double[]> central = new LinkedHashMap<>();
        processes.forEach(process -> central.put(process.name(), new double[1]));
        // per process and parameter: {value at theta=+1 minus nominal, at theta=-1 minus nominal}
        Map<String, Map<Integer, double[]>> shifts = new HashMap<>();
        for (Sample sample : bin.samples()) {
            if (sample.signal()) {
                continue;
            }
            double value = central(sample);
            central.computeIfAbsent(sample.process(), name -> new double[1])[0] += value;
            Map<Integer, double[]> processShifts = shifts.computeIfAbsent(sample.process(), name -> new HashMap<>());
            for (int parameter : parametersActingOn(sample)) {
                Normalisation normalisation = normalisations.get(parameter);
                double[] shift = processShifts.computeIfAbsent(parameter, index -> new double[2]);
                if (normalisation != null) {
                    // the control region's count: its Garwood interval over the scaled rate
                    double unscaled = unscaled(sample, parameter);
                    shift[0] += unscaled * normalisation.relativeUp();
                    shift[1] -= unscaled * normalisation.relativeDown();
                } else {
                    shift[0] += value(sample, parameter, +1) - value;
                    shift[1] += value(sample, parameter, -1) - value;
                }
            }
        }
        Map<BackgroundProcess, Estimate> estimates = new LinkedHashMap<>();
        for (BackgroundProcess process : processes) {
            // {statUp^2, statDown^2, systUp^2, systDown^2}; either side of theta may raise the yield
            double[] sum = new double[4];
            shifts.getOrDefault(process.name(), Map.of()).forEach((parameter, shift) -> {
                int offset = statistical.test(model.parameters().get(parameter)) ? 0 : 2;
                double up = Math.max(0, Math.max(shift[0], shift[1]));
                double down = Math.max(0, -Math.min(shift[0], shift[1]));
                sum[offset] += up * up;
                sum[offset + 1] += down * down;
            });
            estimates.put(process, new Estimate(central.get(process.name())[0], Math.sqrt(sum[0]), Math.sqrt(sum[1]),
                    Math.sqrt(sum[2]), Math.sqrt(sum[3])));
        }
        return estimates;
    }

    /** The value of a sample without the normalisation {@code parameter} (kept when the region is empty). */
    private double unscaled(Sample sample, int parameter) {
        double value = sample.rate();
        for (Modifier modifier : sample.modifiers()) {
            Normalisation normalisation = normalisations.get(modifier.parameter());
            if (normalisation != null && modifier.parameter() != parameter) {
                value *= normalisation.scale();
            }
        }
        return value;
    }

    /** The sample's own parameters and those of the control regions that normalise it. */
    private Set<Integer> parametersActingOn(Sample sample) {
        Set<Integer> parameters = new LinkedHashSet<>();
        for (Modifier modifier : sample.modifiers()) {
            parameters.add(modifier.parameter());
            Normalisation normalisation = normalisations.get(modifier.parameter());
            if (normalisation != null) {
                for (Sample regionSample : normalisation.region().samples()) {
                    if (!regionSample.signal()) {
                        regionSample.modifiers().forEach(regionModifier -> parameters.add(regionModifier.parameter()));
                    }
                }
            }
        }
        return parameters;
    }

    private boolean isLnU(Modifier modifier) {
        return isLnU(modifier.parameter());
    }

    private boolean isLnU(int parameter) {
        return model.parameters().get(parameter).type() == NuisanceParameter.Type.LN_U;
    }

    private String parameterName(int parameter) {
        return model.parameters().get(parameter).name();
    }
}
