/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data.datacard;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.miniana.core.io.AtomicFiles;
import org.miniana.core.model.Channel;
import org.miniana.core.model.Modifier;
import org.miniana.core.model.NuisanceParameter;
import org.miniana.core.model.Sample;
import org.miniana.core.model.StatisticalModel;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a search's full statistical model as a pyhf HistFactory JSON workspace (schema
 * {@value #VERSION}, the one bundled as {@code schema/pyhf-workspace-1.0.0.schema.json}), so that
 * the likelihood can be cross-checked with pyhf. Numbers are written in Java's shortest exact
 * decimal form, so nothing is rounded. The mapping:
 * <ul>
 * <li><b>channels</b>: every channel of the model, in model order, as a one-bin channel of the
 * same name, its samples in card order under their process names; the observation of each is
 * the channel's count;</li>
 * <li><b>signal</b>: a signal sample carries the normfactor {@value #POI}, the measurement's
 * parameter of interest, with bounds [0, {@value #POI_UPPER_BOUND}] and initial value 1. Its data is
 * the model's signal rate: 0 in the search bins of a stored model without a signal (a
 * background-only workspace, like the {@code BkgOnly.json} of published pyhf likelihoods; a signal
 * is patched in by replacing those samples' data);</li>
 * <li><b>lnN</b>: a normsys with {@code hi} = kappa up, {@code lo} = kappa down (the factors at
 * theta = +1 and -1, either of which may lie on either side of 1). pyhf constrains its alpha with
 * a unit Gaussian, as Combine does theta; the factors agree exactly for |theta| >= 1. Inside, they
 * differ: pyhf's default normsys interpolation (code4) is a sixth-order polynomial in alpha of the
 * factor itself, Combine's ({@code AsymPow}) an exponential of theta times a smooth step between
 * the two log kappas for |theta| < 1/2. Over RA2's distinct entries: symmetric kappas agree to
 * 1e-4 relative but for the two largest (kappa 6.2: 0.7%); of 4,898 asymmetric ones the median
 * differs by 3e-5, 76 by more than 1%, the worst by 19% (0.923/0.248, both factors below 1). pyhf's
 * code1 ({@code modifier_settings={"normsys": {"interpcode": "code1"}}}) is exactly kappa^theta
 * for symmetric entries;</li>
 * <li><b>lnU</b>: Combine's factor kappa^theta with a flat theta in [-1, 1] is a free factor in
 * [1/kappa, kappa], which is pyhf's normfactor of the same name, with those bounds and initial
 * value 1 in the measurement: the profile likelihood is the same. That holds when every sample
 * it acts on has the same kappa. A parameter with different kappas (RA2's
 * {@code METResolutionSys} on the signal) cannot be one normfactor; it is written as a normsys
 * (hi = kappa, lo = 1/kappa) with bounds [-1, 1], which keeps its correlation but adds a unit
 * Gaussian constraint that Combine does not have, and {@link #write} reports it;</li>
 * <li><b>gmN</b>: the yield alpha n with n constrained by Poisson(N | n). pyhf's shapesys would be
 * exact only for N > 0 and a parameter acting on one sample (it cannot be shared, and a zero
 * nominal switches it off), so the mapping is exact for all cards instead: the parameter is a
 * normfactor of its own name on every sample it acts on, whose data is alpha (the yield per unit
 * of n), with initial value N and bounds [0, N + 10 sqrt(N) + 10]; and an auxiliary one-bin
 * channel {@value #AUXILIARY_PREFIX}NAME observes N with one sample of data 1 scaled by the same
 * normfactor, which is the Poisson(N | n) term. In pyhf that count is main data, not auxiliary
 * data (toys vary it, as Combine's frequentist toys vary N);</li>
 * <li><b>luminosity</b>: the cards' luminosity uncertainty is an lnN (RA2's {@code lumi}) and is
 * written like every lnN; no pyhf {@code lumi} modifier is written, since that one is a Gaussian on
 * the factor rather than a log-normal;</li>
 * <li>parameters that act on nothing are left out (pyhf has no way to declare them; they do not
 * change the likelihood's shape).</li>
 * </ul>
 * The measurement names the POI and configures the lnU normfactors, the gmN normfactors and
 * the bounded normsys; every other parameter keeps pyhf's defaults (normsys: alpha in [-5, 5],
 * initial value 0).
 */
public final class PyhfWorkspace {

    /** The pyhf workspace schema version written. */
    public static final String VERSION = "1.0.0";
    /** The name of the signal strength, the parameter of interest. */
    public static final String POI = "mu";
    /** The upper bound of {@link #POI}: wide, so that weak signals' limits are not cut off. */
    public static final double POI_UPPER_BOUND = 100;
    /** The name prefix of the channel that observes a gmN's control count. */
    public static final String AUXILIARY_PREFIX = "gmN_";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The workspace, and where it differs from the model's Combine likelihood beyond interpolation. */
    public record Workspace(ObjectNode json, List<String> notes) {
        public Workspace {
            Objects.requireNonNull(json, "json");
            notes = List.copyOf(notes);
        }
    }

    private PyhfWorkspace() {
    }

    /**
     * Writes the workspace to {@code file}, atomically (readers see no half-written file).
     *
     * @param measurement the measurement's name (e.g. the search's)
     * @param replace whether an existing file is replaced; if not, an existing file is refused
     * @return {@link Workspace#notes()}
     * @throws IllegalArgumentException when the file exists and {@code replace} is false, or the model
     *         cannot be written (see {@link #of})
     */
    public static List<String> write(StatisticalModel model, String measurement, Path file, boolean replace)
            throws IOException {
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new IllegalArgumentException(target + " is a folder; name the workspace's JSON file");
        }
        if (!replace && Files.exists(target)) {
            throw new IllegalArgumentException(target + " exists; choose another file or replace it");
        }
        List<String> notes = new ArrayList<>();
        AtomicFiles.write(target, out -> notes.addAll(write(model, measurement, out)));
        return notes;
    }

    /**
     * Writes the workspace to {@code out}, which stays open (standard output, say).
     *
     * @return {@link Workspace#notes()}
     * @throws IllegalArgumentException when the model cannot be written (see {@link #of})
     */
    public static List<String> write(StatisticalModel model, String measurement, OutputStream out) throws IOException {
        Workspace workspace = of(model, measurement);
        JSON.writeValue(out, workspace.json());
        out.flush();
        return workspace.notes();
    }

    /**
     * The workspace of a model.
     *
     * @throws IllegalArgumentException when a name is taken twice in pyhf's terms: a nuisance
     *         named {@value #POI}, two samples of one name in a channel, a sample with two gmN
     *         parameters, or an auxiliary channel's name already used by a channel
     */
    public static Workspace of(StatisticalModel model, String measurement) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(measurement, "measurement");
        if (model.parameterIndex(POI) >= 0) {
            throw new IllegalArgumentException("The model has a nuisance named '" + POI
                    + "', the name of pyhf's signal strength; rename it in the cards");
        }
        List<NuisanceParameter> parameters = model.parameters();
        Map<Integer, List<Modifier>> byParameter = modifiersByParameter(model);
        List<String> notes = new ArrayList<>();
        Set<Integer> normfactorLnU = new HashSet<>();
        for (var entry : byParameter.entrySet()) {
            NuisanceParameter parameter = parameters.get(entry.getKey());
            if (parameter.type() != NuisanceParameter.Type.LN_U) {
                continue;
            }
            double kappa = entry.getValue().get(0).up();
            if (entry.getValue().stream().allMatch(modifier -> modifier.up() == kappa)) {
                normfactorLnU.add(entry.getKey());
            } else {
                DoubleRange range = DoubleRange.of(entry.getValue());
                notes.add("lnU '" + parameter.name() + "' has different ranges on different samples (kappa "
                        + range.min() + " to " + range.max() + "); pyhf's normfactor has one range, so it is a"
                        + " normsys with bounds [-1, 1], which adds a unit-Gaussian constraint Combine does not have");
            }
        }

        ObjectNode workspace = NODES.objectNode();
        ArrayNode channels = workspace.putArray("channels");
        ArrayNode observations = NODES.arrayNode();
        Set<String> channelNames = new HashSet<>();
        for (Channel channel : model.channels()) {
            channelNames.add(channel.name());
            ObjectNode json = channels.addObject().put("name", channel.name());
            ArrayNode samples = json.putArray("samples");
            Set<String> sampleNames = new HashSet<>();
            for (Sample sample : channel.samples()) {
                if (!sampleNames.add(sample.name())) {
                    throw new IllegalArgumentException("Channel " + channel.name() + " has two samples named '"
                            + sample.name() + "'; a pyhf channel's samples need distinct names");
                }
                samples.add(sample(model, channel, sample, normfactorLnU));
            }
            observation(observations, channel.name(), channel.observed());
        }
        for (var entry : byParameter.entrySet()) {
            NuisanceParameter parameter = parameters.get(entry.getKey());
            if (parameter.type() != NuisanceParameter.Type.GM_N) {
                continue;
            }
            String name = AUXILIARY_PREFIX + parameter.name();
            if (!channelNames.add(name)) {
                throw new IllegalArgumentException("The channel '" + name + "' that would observe the control count of"
                        + " gmN '" + parameter.name() + "' is a channel of the model already");
            }
            ObjectNode sample = NODES.objectNode().put("name", name);
            sample.putArray("data").add(1.0);
            sample.putArray("modifiers").add(modifier(parameter.name(), "normfactor"));
            ObjectNode json = channels.addObject().put("name", name);
            json.putArray("samples").add(sample);
            observation(observations, name, parameter.controlCount());
        }
        ObjectNode measurementJson = workspace.putArray("measurements").addObject().put("name", measurement);
        ObjectNode config = measurementJson.putObject("config").put("poi", POI);
        ArrayNode configs = config.putArray("parameters");
        parameter(configs, POI, 0, POI_UPPER_BOUND).putArray("inits").add(1.0);
        for (var entry : byParameter.entrySet()) {
            NuisanceParameter parameter = parameters.get(entry.getKey());
            switch (parameter.type()) {
                case LN_N -> {
                    // pyhf's defaults: Gaussian, alpha in [-5, 5], starting at 0
                }
                case LN_U -> {
                    if (normfactorLnU.contains(entry.getKey())) {
                        Modifier modifier = entry.getValue().get(0);
                        double low = Math.min(modifier.down(), modifier.up());
                        double high = Math.max(modifier.down(), modifier.up());
                        ObjectNode json = parameter(configs, parameter.name(), low, high);
                        json.putArray("inits").add(1.0);
                        if (low == high) {
                            json.put("fixed", true);
                        }
                    } else {
                        parameter(configs, parameter.name(), -1, 1);
                    }
                }
                case GM_N -> {
                    long count = parameter.controlCount();
                    parameter(configs, parameter.name(), 0, count + 10 * Math.sqrt(count) + 10).putArray("inits")
                            .add((double) count);
                }
            }
        }
        workspace.set("observations", observations);
        workspace.put("version", VERSION);
        return new Workspace(workspace, notes);
    }

    private static ObjectNode sample(StatisticalModel model, Channel channel, Sample sample, Set<Integer> normfactorLnU) {
        ObjectNode json = NODES.objectNode().put("name", sample.name());
        double nominal = sample.rate();
        ArrayNode modifiers = NODES.arrayNode();
        if (sample.signal()) {
            modifiers.add(modifier(POI, "normfactor"));
        }
        boolean gamma = false;
        for (Modifier modifier : sample.modifiers()) {
            NuisanceParameter parameter = model.parameters().get(modifier.parameter());
            switch (parameter.type()) {
                case LN_N -> modifiers.add(normsys(parameter.name(), modifier));
                case LN_U -> modifiers.add(normfactorLnU.contains(modifier.parameter())
                        ? modifier(parameter.name(), "normfactor") : normsys(parameter.name(), modifier));
                case GM_N -> {
                    if (gamma) {
                        throw new IllegalArgumentException("Sample " + sample.name() + " of channel " + channel.name()
                                + " has two gmN parameters");
                    }
                    gamma = true;
                    // the yield is alpha n: the normfactor is n, so the nominal is alpha
                    nominal = modifier.up();
                    modifiers.add(modifier(parameter.name(), "normfactor"));
                }
            }
        }
        json.putArray("data").add(nominal);
        json.set("modifiers", modifiers);
        return json;
    }

    private static ObjectNode modifier(String name, String type) {
        ObjectNode json = NODES.objectNode().put("name", name).put("type", type);
        json.putNull("data");
        return json;
    }

    private static ObjectNode normsys(String name, Modifier modifier) {
        ObjectNode json = NODES.objectNode().put("name", name).put("type", "normsys");
        json.putObject("data").put("hi", modifier.up()).put("lo", modifier.down());
        return json;
    }

    private static ObjectNode parameter(ArrayNode configs, String name, double low, double high) {
        ObjectNode json = configs.addObject().put("name", name);
        json.putArray("bounds").addArray().add(low).add(high);
        return json;
    }

    private static void observation(ArrayNode observations, String channel, long count) {
        observations.addObject().put("name", channel).putArray("data").add(count);
    }

    /** Parameter index to its modifiers, in parameter order; parameters without one are absent. */
    private static Map<Integer, List<Modifier>> modifiersByParameter(StatisticalModel model) {
        Map<Integer, List<Modifier>> byParameter = new LinkedHashMap<>();
        for (int p = 0; p < model.parameters().size(); p++) {
            byParameter.put(p, new ArrayList<>());
        }
        model.channels().forEach(channel -> channel.samples().forEach(sample -> sample.modifiers()
                .forEach(modifier -> byParameter.get(modifier.parameter()).add(modifier))));
        byParameter.values().removeIf(List::isEmpty);
        return byParameter;
    }

    /** The smallest and largest kappa of an lnU's modifiers, for messages. */
    private record DoubleRange(double min, double max) {
        static DoubleRange of(List<Modifier> modifiers) {
            return new DoubleRange(modifiers.stream().mapToDouble(Modifier::up).min().orElseThrow(),
                    modifiers.stream().mapToDouble(Modifier::up).max().orElseThrow());
        }
    }
}
