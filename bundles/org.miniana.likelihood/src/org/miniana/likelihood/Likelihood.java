/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.likelihood;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.miniana.core.model.Channel;
import org.miniana.core.model.Modifier;
import org.miniana.core.model.NuisanceParameter;
import org.miniana.core.model.Sample;
import org.miniana.core.model.StatisticalModel;

/**
 * The likelihood of a {@link StatisticalModel}, compiled into flat arrays. Parameter vector x:
 * x[0] = mu (the signal strength, scaling every signal sample), x[1 + k] = nuisance k of
 * {@link StatisticalModel#parameters()}:
 * <ul>
 * <li>lnN: theta, unbounded, constraint (theta - g)^2 / 2 with global observable g (0 for the
 * data); the yield factor is exp(theta * logKappa(theta)) with Combine's asymmetric
 * interpolation (see {@link org.miniana.likelihood.internal.LogKappa}), kappa^theta when
 * symmetric;</li>
 * <li>lnU: theta in [-1, 1], factor kappa^theta, no constraint term: Combine's flat prior on
 * theta, so the normalisation is fixed by the control regions that share it;</li>
 * <li>gmN: the control-region mean n >= 0, yield alpha * n, constraint Poisson(N | n) with global
 * observable N (the card's count for the data).</li>
 * </ul>
 * The negative log-likelihood is sum over channels of nu - n + n ln(n / nu) (the Poisson term
 * minus its value at nu = n, so 0 for a perfect fit and nu for n = 0; +infinity when nu = 0 or
 * negative and n > 0) plus the constraint terms, similarly minus their maxima. Differences of it
 * are the usual -ln L differences; 2 NLL is the deviance.
 * <p>
 * Immutable and thread-safe; evaluations allocate their own work arrays.
 */
public final class Likelihood {

    /** The index of the signal strength mu in a parameter vector. */
    public static final int POI = 0;

    private final StatisticalModel model;
    final int channels;
    final int[] channelStart;
    final double[] rate;
    final boolean[] signal;
    final int[] gamma;
    final int[] modifierStart;
    final int[] modifierParameter;
    final double[] logUp;
    final double[] logDown;
    final boolean[] asymmetric;
    final NuisanceParameter.Type[] types;
    /**
     * The distinct parameters that act in each channel ("slots" slotStart[c] to slotStart[c + 1]),
     * and the slot of every modifier and of every sample's mu and gmN factor (-1 for none): where
     * the Hessian's diagonal sums a channel's derivative per parameter.
     */
    final int[] slotStart;
    final int[] slotParameter;
    final int[] modifierSlot;
    final int[] signalSlot;
    final int[] gammaSlot;
    private final double[] lower;
    private final double[] upper;
    private final double[] nominal;

    private Likelihood(StatisticalModel model) {
        this.model = model;
        List<NuisanceParameter> parameters = model.parameters();
        int p = parameters.size() + 1;
        types = new NuisanceParameter.Type[p];
        lower = new double[p];
        upper = new double[p];
        nominal = new double[p];
        lower[POI] = 0;
        upper[POI] = Double.POSITIVE_INFINITY;
        nominal[POI] = 1;
        for (int k = 0; k < parameters.size(); k++) {
            NuisanceParameter parameter = parameters.get(k);
            types[k + 1] = parameter.type();
            switch (parameter.type()) {
                case LN_N -> {
                    lower[k + 1] = Double.NEGATIVE_INFINITY;
                    upper[k + 1] = Double.POSITIVE_INFINITY;
                }
                case LN_U -> {
                    lower[k + 1] = -1;
                    upper[k + 1] = 1;
                }
                case GM_N -> {
                    lower[k + 1] = 0;
                    upper[k + 1] = Double.POSITIVE_INFINITY;
                    nominal[k + 1] = parameter.controlCount();
                }
            }
        }
        List<Channel> channelList = model.channels();
        channels = channelList.size();
        channelStart = new int[channels + 1];
        int samples = 0;
        int modifiers = 0;
        for (Channel channel : channelList) {
            samples += channel.samples().size();
            for (Sample sample : channel.samples()) {
                modifiers += sample.modifiers().size();
            }
        }
        rate = new double[samples];
        signal = new boolean[samples];
        gamma = new int[samples];
        modifierStart = new int[samples + 1];
        modifierParameter = new int[modifiers];
        logUp = new double[modifiers];
        logDown = new double[modifiers];
        asymmetric = new boolean[modifiers];
        int s = 0;
        int m = 0;
        for (int c = 0; c < channels; c++) {
            Channel channel = channelList.get(c);
            channelStart[c] = s;
            for (Sample sample : channel.samples()) {
                rate[s] = sample.rate();
                signal[s] = sample.signal();
                gamma[s] = -1;
                modifierStart[s] = m;
                for (Modifier modifier : sample.modifiers()) {
                    int index = modifier.parameter() + 1;
                    if (types[index] == NuisanceParameter.Type.GM_N) {
                        if (gamma[s] >= 0) {
                            throw new IllegalArgumentException("sample " + sample.name() + " of channel "
                                    + channel.name() + " has two gmN parameters");
                        }
                        // The yield is alpha n; the card's rate alpha N is its nominal value.
                        gamma[s] = index;
                        rate[s] = modifier.up();
                        continue;
                    }
                    modifierParameter[m] = index;
                    logUp[m] = Math.log(modifier.up());
                    logDown[m] = Math.log(modifier.down());
                    asymmetric[m] = types[index] == NuisanceParameter.Type.LN_N && !modifier.isSymmetric();
                    m++;
                }
                s++;
            }
        }
        channelStart[channels] = s;
        modifierStart[s] = m;
        slotStart = new int[channels + 1];
        modifierSlot = new int[modifiers];
        signalSlot = new int[samples];
        gammaSlot = new int[samples];
        List<Integer> slots = new ArrayList<>();
        for (int c = 0; c < channels; c++) {
            slotStart[c] = slots.size();
            Map<Integer, Integer> slotOf = new HashMap<>();
            for (int sample = channelStart[c]; sample < channelStart[c + 1]; sample++) {
                for (int k = modifierStart[sample]; k < modifierStart[sample + 1]; k++) {
                    modifierSlot[k] = slot(modifierParameter[k], slotOf, slots);
                }
                signalSlot[sample] = signal[sample] ? slot(POI, slotOf, slots) : -1;
                gammaSlot[sample] = gamma[sample] >= 0 ? slot(gamma[sample], slotOf, slots) : -1;
            }
        }
        slotStart[channels] = slots.size();
        slotParameter = slots.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int slot(int parameter, Map<Integer, Integer> slotOf, List<Integer> slots) {
        return slotOf.computeIfAbsent(parameter, key -> {
            slots.add(key);
            return slots.size() - 1;
        });
    }

    /** Compiles the likelihood of a model. */
    public static Likelihood of(StatisticalModel model) {
        return new Likelihood(Objects.requireNonNull(model, "model"));
    }

    public StatisticalModel model() {
        return model;
    }

    /** 1 + the number of nuisance parameters. */
    public int parameterCount() {
        return types.length;
    }

    /** "mu" for {@link #POI}, else the nuisance's name. */
    public String parameterName(int index) {
        return index == POI ? "mu" : model.parameters().get(index - 1).name();
    }

    /** The nuisance's type, null for {@link #POI}. */
    public NuisanceParameter.Type parameterType(int index) {
        return types[index];
    }

    /** Pre-fit values: mu = 1, lnN and lnU theta = 0, gmN n = N. */
    public double[] nominal() {
        return nominal.clone();
    }

    public double lowerBound(int index) {
        return lower[index];
    }

    public double upperBound(int index) {
        return upper[index];
    }

    double[] lowerBounds() {
        return lower.clone();
    }

    double[] upperBounds() {
        return upper.clone();
    }

    /** The observed counts with the nominal global observables. */
    public Data observed() {
        double[] counts = new double[channels];
        for (int c = 0; c < channels; c++) {
            counts[c] = model.channels().get(c).observed();
        }
        double[] globals = new double[parameterCount() - 1];
        for (int k = 0; k < globals.length; k++) {
            if (types[k + 1] == NuisanceParameter.Type.GM_N) {
                globals[k] = model.parameters().get(k).controlCount();
            }
        }
        return new Data(counts, globals);
    }

    /** The expected count of each channel (model order) at x. */
    public double[] expected(double[] x) {
        double[] yields = new Evaluation(this).sampleYields(x);
        double[] counts = new double[channels];
        for (int c = 0; c < channels; c++) {
            for (int s = channelStart[c]; s < channelStart[c + 1]; s++) {
                counts[c] += yields[s];
            }
        }
        return counts;
    }

    /** The expected yield of each sample at x: [channel][sample in card order]. */
    public double[][] expectedPerSample(double[] x) {
        double[] yields = new Evaluation(this).sampleYields(x);
        double[][] bySample = new double[channels][];
        for (int c = 0; c < channels; c++) {
            bySample[c] = java.util.Arrays.copyOfRange(yields, channelStart[c], channelStart[c + 1]);
        }
        return bySample;
    }

    /**
     * The Asimov dataset of x: every count at its expectation and every global observable at the
     * value x gives its parameter, so that x maximises the likelihood of it.
     */
    public Data asimov(double[] x) {
        return new Data(expected(x), globalsAt(x));
    }

    /**
     * A pseudo-experiment generated at x: Poisson counts, and global observables re-sampled
     * around x (Gaussian for lnN, Poisson for gmN), the "frequentist" toys of the LHC recipe.
     */
    public Data toy(double[] x, RandomGenerator random) {
        double[] counts = expected(x);
        for (int c = 0; c < channels; c++) {
            counts[c] = poisson(counts[c], random);
        }
        double[] globals = globalsAt(x);
        for (int k = 0; k < globals.length; k++) {
            switch (types[k + 1]) {
                case LN_N -> globals[k] += random.nextGaussian();
                case GM_N -> globals[k] = poisson(globals[k], random);
                case LN_U -> {
                    // unconstrained: nothing to re-sample
                }
            }
        }
        return new Data(counts, globals);
    }

    private static double poisson(double mean, RandomGenerator random) {
        return mean > 0 ? new PoissonDistribution(random, mean, PoissonDistribution.DEFAULT_EPSILON,
                PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample() : 0;
    }

    private double[] globalsAt(double[] x) {
        double[] globals = new double[parameterCount() - 1];
        for (int k = 0; k < globals.length; k++) {
            if (types[k + 1] != NuisanceParameter.Type.LN_U) {
                globals[k] = x[k + 1];
            }
        }
        return globals;
    }

    /** The negative log-likelihood at x (+infinity where a channel with counts expects none). */
    public double nll(double[] x, Data data) {
        return new Evaluation(this).bind(checked(data)).value(x);
    }

    /** The negative log-likelihood at x, and its gradient written into {@code gradient}. */
    public double nll(double[] x, Data data, double[] gradient) {
        return new Evaluation(this).bind(checked(data)).valueAndGradient(x, gradient);
    }

    Data checked(Data data) {
        if (data.counts().length != channels || data.globals().length != parameterCount() - 1) {
            throw new IllegalArgumentException("data for " + data.counts().length + " channels and "
                    + data.globals().length + " global observables, the model has " + channels + " and "
                    + (parameterCount() - 1));
        }
        return data;
    }

    /** The names of the channels whose expectation is 0 or negative where they have counts, at x. */
    List<String> impossibleChannels(double[] x, Data data) {
        double[] expected = expected(x);
        List<String> names = new ArrayList<>();
        for (int c = 0; c < channels; c++) {
            if (!(expected[c] > 0) && data.count(c) > 0 || expected[c] < 0) {
                names.add(model.channels().get(c).name());
            }
        }
        return names;
    }
}
