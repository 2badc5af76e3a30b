/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.core.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.miniana.core.SignalVariation;

/**
 * The full statistical model of a counting search: all channels (search bins and control
 * regions) and all nuisance parameters, with the signal's rates filled in or 0. Nothing a set of
 * counting datacards says is lost: exported as cards it reads back to an equal model.
 *
 * @param parameters the nuisance parameters; {@link Modifier#parameter()} indexes this list
 * @param channels search bins and control regions; search bin i is the channel whose
 *        {@link Channel#searchBin()} is i
 */
public record StatisticalModel(List<NuisanceParameter> parameters, List<Channel> channels) {

    /** The largest factor a signal variation may apply, and the inverse the smallest. */
    public static final double MAX_VARIATION_FACTOR = 10;

    public StatisticalModel {
        parameters = List.copyOf(parameters);
        channels = List.copyOf(channels);
        Map<String, Integer> names = new HashMap<>();
        for (NuisanceParameter parameter : parameters) {
            if (names.put(parameter.name(), names.size()) != null) {
                throw new IllegalArgumentException("nuisance parameter '" + parameter.name() + "' is listed twice");
            }
        }
        Map<String, Channel> channelNames = new HashMap<>();
        for (Channel channel : channels) {
            if (channelNames.put(channel.name(), channel) != null) {
                throw new IllegalArgumentException("channel '" + channel.name() + "' is listed twice");
            }
            for (Sample sample : channel.samples()) {
                for (Modifier modifier : sample.modifiers()) {
                    if (modifier.parameter() >= parameters.size()) {
                        throw new IllegalArgumentException("sample " + sample.name() + " of channel " + channel.name()
                                + " names parameter " + modifier.parameter() + " of " + parameters.size());
                    }
                    NuisanceParameter.Type type = parameters.get(modifier.parameter()).type();
                    if (type != NuisanceParameter.Type.LN_N && !modifier.isSymmetric()
                            && type != NuisanceParameter.Type.GM_N) {
                        throw new IllegalArgumentException(type.keyword() + " '" + parameters.get(modifier.parameter())
                                .name() + "' needs one factor, in channel " + channel.name());
                    }
                }
            }
        }
    }

    /** The search-bin channels in bin order. */
    public List<Channel> searchBins() {
        List<Channel> bins = new ArrayList<>();
        channels.stream().filter(Channel::isSearchBin).forEach(bins::add);
        bins.sort((a, b) -> Integer.compare(a.searchBin(), b.searchBin()));
        return bins;
    }

    /** The control-region channels in model order. */
    public List<Channel> controlRegions() {
        return channels.stream().filter(channel -> !channel.isSearchBin()).toList();
    }

    /** The index of the named parameter, or -1. */
    public int parameterIndex(String name) {
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The model with a signal hypothesis: in search bin i the signal samples' rate becomes
     * {@code signal[i]} (shared equally when a card has several signal columns, which RA2 does not),
     * and every control region's signal is set to 0 (no signal contamination of control regions)
     * unless {@code controlSignal} gives it by channel name.
     */
    public StatisticalModel withSignal(double[] signal, Map<String, Double> controlSignal) {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(controlSignal, "controlSignal");
        List<Channel> withSignal = new ArrayList<>(channels.size());
        for (Channel channel : channels) {
            long signalColumns = channel.samples().stream().filter(Sample::signal).count();
            double rate;
            if (channel.isSearchBin()) {
                if (channel.searchBin() >= signal.length) {
                    throw new IllegalArgumentException("no signal yield for search bin " + channel.searchBin());
                }
                rate = signal[channel.searchBin()];
            } else {
                rate = controlSignal.getOrDefault(channel.name(), 0.0);
            }
            List<Sample> samples = new ArrayList<>(channel.samples().size());
            for (Sample sample : channel.samples()) {
                samples.add(sample.signal() ? sample.withRate(signalColumns == 0 ? 0 : rate / signalColumns) : sample);
            }
            withSignal.add(channel.withSamples(samples));
        }
        return new StatisticalModel(parameters, withSignal);
    }

    /**
     * The model with the signal's own statistical errors: {@code relativeError[i]} (the error of
     * the signal yield in search bin i over the yield) replaces the factor of the signal's per-bin
     * statistical nuisance, the {@code lnN} that acts on the signal of that one search bin and on
     * nothing else (RA2's {@code SignalMCStatErr<i>}), with the symmetric kappa 1 + error. A bin
     * without such a nuisance gets a new one, {@code signalStat_<channel>}; an error of 0 removes
     * the factor. The cards' values describe the sample CMS filled them with, not the model tested.
     */
    public StatisticalModel withSignalStatistics(double[] relativeError) {
        Objects.requireNonNull(relativeError, "relativeError");
        Map<String, Integer> perBin = signalStatisticalParameters();
        List<NuisanceParameter> newParameters = new ArrayList<>(parameters);
        List<Channel> newChannels = new ArrayList<>(channels.size());
        for (Channel channel : channels) {
            if (!channel.isSearchBin()) {
                newChannels.add(channel);
                continue;
            }
            if (channel.searchBin() >= relativeError.length) {
                throw new IllegalArgumentException("no signal error for search bin " + channel.searchBin());
            }
            double error = relativeError[channel.searchBin()];
            if (!(error >= 0) || Double.isInfinite(error)) {
                throw new IllegalArgumentException("the signal error in search bin " + channel.searchBin()
                        + " must be finite and non-negative, not " + error);
            }
            Integer parameter = perBin.get(channel.name());
            if (parameter == null && error > 0) {
                parameter = newParameters.size();
                newParameters.add(NuisanceParameter.lnN("signalStat_" + channel.name()));
            }
            List<Sample> samples = new ArrayList<>(channel.samples().size());
            for (Sample sample : channel.samples()) {
                samples.add(sample.signal() && parameter != null ? withFactor(sample, parameter, error) : sample);
            }
            newChannels.add(channel.withSamples(samples));
        }
        return new StatisticalModel(newParameters, newChannels);
    }

    /**
     * The model with the signal's systematic variations, correlated across bins: each variation's
     * lnN parameter (made when the model has none of that name) acts on the signal of every search
     * bin with the factors varied/nominal of that bin, in place of the factors the cards gave it,
     * which describe the sample CMS filled them with. A bin with no nominal signal gets no factor.
     * Factors are kept within [1/{@value #MAX_VARIATION_FACTOR}, {@value #MAX_VARIATION_FACTOR}]:
     * larger ones come only from bins of a few simulated events, whose statistical term dominates.
     *
     * @param nominal the signal per search bin that the variations vary
     * @throws IllegalArgumentException for a variation without a yield for every search bin, or one
     *         whose name is a parameter other than lnN
     */
    public StatisticalModel withSignalVariations(double[] nominal, List<SignalVariation> variations) {
        Objects.requireNonNull(nominal, "nominal");
        List<NuisanceParameter> newParameters = new ArrayList<>(parameters);
        List<Channel> newChannels = new ArrayList<>(channels);
        for (SignalVariation variation : variations) {
            int parameter = parameterIndex(variation.name());
            if (parameter < 0) {
                parameter = newParameters.size();
                newParameters.add(NuisanceParameter.lnN(variation.name()));
            } else if (parameters.get(parameter).type() != NuisanceParameter.Type.LN_N) {
                throw new IllegalArgumentException("The signal variation " + variation.name() + " names a "
                        + parameters.get(parameter).type().keyword() + " parameter; it must be lnN");
            }
            for (int c = 0; c < newChannels.size(); c++) {
                Channel channel = newChannels.get(c);
                if (!channel.isSearchBin()) {
                    continue;
                }
                int bin = channel.searchBin();
                if (bin >= nominal.length || bin >= variation.up().size()) {
                    throw new IllegalArgumentException("no signal variation " + variation.name() + " for search bin "
                            + bin);
                }
                double value = nominal[bin];
                Modifier factor = value > 0 ? new Modifier(parameter, boundedFactor(variation.down().get(bin) / value),
                        boundedFactor(variation.up().get(bin) / value)) : null;
                List<Sample> samples = new ArrayList<>(channel.samples().size());
                for (Sample sample : channel.samples()) {
                    samples.add(sample.signal() ? withModifier(sample, parameter, factor) : sample);
                }
                newChannels.set(c, channel.withSamples(samples));
            }
        }
        return new StatisticalModel(newParameters, newChannels);
    }

    private static double boundedFactor(double factor) {
        return Math.min(MAX_VARIATION_FACTOR, Math.max(1 / MAX_VARIATION_FACTOR, factor));
    }

    /** Channel name to the lnN that acts on that search bin's signal and nowhere else. */
    private Map<String, Integer> signalStatisticalParameters() {
        Map<Integer, String> onlyChannel = new HashMap<>();
        Map<Integer, Boolean> qualifies = new HashMap<>();
        for (Channel channel : channels) {
            for (Sample sample : channel.samples()) {
                for (Modifier modifier : sample.modifiers()) {
                    int p = modifier.parameter();
                    String earlier = onlyChannel.putIfAbsent(p, channel.name());
                    boolean ok = sample.signal() && channel.isSearchBin()
                            && parameters.get(p).type() == NuisanceParameter.Type.LN_N
                            && (earlier == null || earlier.equals(channel.name()));
                    qualifies.merge(p, ok, Boolean::logicalAnd);
                }
            }
        }
        Map<String, Integer> perChannel = new HashMap<>();
        qualifies.forEach((p, ok) -> {
            if (ok && perChannel.putIfAbsent(onlyChannel.get(p), p) != null) {
                // two candidates in one bin: neither is unambiguously the statistical one
                perChannel.put(onlyChannel.get(p), -1);
            }
        });
        perChannel.values().removeIf(p -> p < 0);
        return perChannel;
    }

    private static Sample withFactor(Sample sample, int parameter, double relativeError) {
        return withModifier(sample, parameter,
                relativeError > 0 ? new Modifier(parameter, 1 / (1 + relativeError), 1 + relativeError) : null);
    }

    /** The sample with this parameter's modifier replaced by {@code modifier}, or removed when it is null. */
    private static Sample withModifier(Sample sample, int parameter, Modifier modifier) {
        List<Modifier> modifiers = new ArrayList<>(sample.modifiers());
        modifiers.removeIf(existing -> existing.parameter() == parameter);
        if (modifier != null) {
            modifiers.add(modifier);
            modifiers.sort((a, b) -> Integer.compare(a.parameter(), b.parameter()));
        }
        return sample.withModifiers(modifiers);
    }

    /** The number of modifier entries, a measure of the model's size. */
    public int modifierCount() {
        return channels.stream().flatMap(channel -> channel.samples().stream())
                .mapToInt(sample -> sample.modifiers().size()).sum();
    }
}
