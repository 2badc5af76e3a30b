/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data.datacard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.miniana.core.model.Channel;
import org.miniana.core.model.Modifier;
import org.miniana.core.model.NuisanceParameter;
import org.miniana.core.model.Sample;
import org.miniana.core.model.StatisticalModel;
import org.miniana.data.InputFormatException;

/**
 * Collects parsed cards into one {@link StatisticalModel}: nuisances of the same name in several
 * cards become one parameter (numbered in order of first appearance), each sample keeps its
 * modifiers ordered by parameter, so that cards written from the model read back to an equal one.
 */
final class CardModelBuilder {

    private final ProcessMapping mapping;
    private final List<NuisanceParameter> parameters = new ArrayList<>();
    private final Map<String, Integer> parameterIndex = new HashMap<>();
    /** Where each parameter was first declared, for messages about a conflicting redeclaration. */
    private final Map<String, String> declaredAt = new HashMap<>();
    private final List<Channel> channels = new ArrayList<>();
    /** Parameters in the order of their first card entry other than "-". */
    private final Set<Integer> firstReferenced = new LinkedHashSet<>();
    /** The line of each nuisance in each card ("card\0name"), for messages found after reading. */
    private final Map<String, Integer> lines = new HashMap<>();

    CardModelBuilder(ProcessMapping mapping) {
        this.mapping = mapping;
    }

    /**
     * Adds one card as a channel.
     *
     * @param searchBin the search bin it is, or {@link Channel#CONTROL_REGION}
     * @param card the card's name within its card set
     */
    void add(Datacard datacard, int searchBin, String card) throws InputFormatException {
        // the parser accepted only whole counts up to InputChecks.MAX_COUNT
        long observed = (long) datacard.observation();
        int columns = datacard.processes().size();
        List<List<Modifier>> modifiers = new ArrayList<>(columns);
        for (int column = 0; column < columns; column++) {
            modifiers.add(new ArrayList<>());
        }
        for (Nuisance nuisance : datacard.nuisances()) {
            int parameter = parameter(datacard, nuisance);
            lines.put(card + '\0' + nuisance.name(), nuisance.line());
            for (int column = 0; column < columns; column++) {
                Kappa kappa = nuisance.effect(column);
                if (kappa != null) {
                    firstReferenced.add(parameter);
                    modifiers.get(column).add(new Modifier(parameter, kappa.down(), kappa.up()));
                }
            }
        }
        List<Sample> samples = new ArrayList<>(columns);
        for (int column = 0; column < columns; column++) {
            String name = datacard.processes().get(column);
            boolean signal = datacard.isSignal(column);
            String process = "";
            if (!signal) {
                var mapped = mapping.process(name);
                if (mapped.isPresent()) {
                    process = mapped.get().name();
                } else if (searchBin != Channel.CONTROL_REGION) {
                    throw new InputFormatException(datacard.source(), datacard.lines().processes(), "background process '"
                            + name + "' is not in the process mapping " + mapping.source());
                }
            }
            // A placeholder is the signal still to be filled in, or (18 RA2 cards) a negligible
            // background the placeholder substitution overwrote: 0 either way.
            double rate = datacard.isPlaceholder(column) ? 0 : datacard.rates().get(column);
            samples.add(new Sample(name, process, signal, rate, modifiers.get(column)));
        }
        channels.add(new Channel(datacard.channel(), card, datacard.tag(), searchBin, observed, samples));
    }

    private int parameter(Datacard datacard, Nuisance nuisance) throws InputFormatException {
        NuisanceParameter declared = nuisance.parameter();
        Integer index = parameterIndex.get(nuisance.name());
        if (index == null) {
            index = parameters.size();
            parameters.add(declared);
            parameterIndex.put(nuisance.name(), index);
            declaredAt.put(nuisance.name(), datacard.source() + ":" + nuisance.line());
        } else if (!parameters.get(index).equals(declared)) {
            throw new InputFormatException(datacard.source(), nuisance.line(), "'" + nuisance.name() + "' is declared as "
                    + describe(declared) + " here but as " + describe(parameters.get(index)) + " in "
                    + declaredAt.get(nuisance.name()));
        }
        return index;
    }

    private static String describe(NuisanceParameter parameter) {
        return parameter.type().keyword()
                + (parameter.type() == NuisanceParameter.Type.GM_N ? " " + parameter.controlCount() : "");
    }

    /** The line where {@code card} names {@code nuisance}, or 0. */
    int line(String card, String nuisance) {
        return lines.getOrDefault(card + '\0' + nuisance, 0);
    }

    /**
     * The model, its parameters numbered by their first entry other than "-" (the order in
     * which cards written from the model declare them). Parameters whose every entry is "-" (RA2
     * has eight) act on nothing; they are kept after all others, and an export declares them last.
     */
    StatisticalModel build() {
        int[] newIndex = new int[parameters.size()];
        List<NuisanceParameter> ordered = new ArrayList<>(parameters.size());
        for (int parameter : firstReferenced) {
            newIndex[parameter] = ordered.size();
            ordered.add(parameters.get(parameter));
        }
        for (int parameter = 0; parameter < parameters.size(); parameter++) {
            if (!firstReferenced.contains(parameter)) {
                newIndex[parameter] = ordered.size();
                ordered.add(parameters.get(parameter));
            }
        }
        List<Channel> renumbered = new ArrayList<>(channels.size());
        for (Channel channel : channels) {
            List<Sample> samples = new ArrayList<>();
            for (Sample sample : channel.samples()) {
                samples.add(sample.withModifiers(sample.modifiers().stream()
                        .map(modifier -> new Modifier(newIndex[modifier.parameter()], modifier.down(), modifier.up()))
                        .sorted((a, b) -> Integer.compare(a.parameter(), b.parameter())).toList()));
            }
            renumbered.add(channel.withSamples(samples));
        }
        return new StatisticalModel(ordered, renumbered);
    }
}
