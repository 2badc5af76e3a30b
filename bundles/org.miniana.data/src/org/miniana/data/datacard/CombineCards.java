/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data.datacard;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.miniana.core.BinYields;
import org.miniana.core.Interval;
import org.miniana.core.SearchResult;
import org.miniana.core.model.Channel;
import org.miniana.core.model.Modifier;
import org.miniana.core.model.NuisanceParameter;
import org.miniana.core.model.Sample;
import org.miniana.core.model.StatisticalModel;

/**
 * Writes a search's full statistical model as a folder of Combine counting cards in the layout
 * {@link Ra2DatacardImporter} reads (each channel under its own card name, the process mapping and
 * the bin definitions beside them), so that the folder reads back to an equal model and can be
 * given to Combine as it is ({@code combineCards.py} of the cards). Numbers are written with
 * Java's shortest exact decimal form, so nothing is rounded. The signal rate of a search bin is
 * the {@value DatacardParser#SIGNAL_PLACEHOLDER} placeholder when the model has none, else the
 * model's rate.
 */
public final class CombineCards {

    private CombineCards() {
    }

    /**
     * Writes the cards into {@code folder}, which must not exist yet or be empty; the folder
     * appears whole or not at all (the cards are written beside it and moved in place).
     *
     * @throws IllegalArgumentException when {@code folder} holds something or is a file
     * @param statisticalPattern the process mapping's regular expression for statistical nuisances
     */
    public static void write(StatisticalModel model, SearchResult result, String statisticalPattern, Path folder)
            throws IOException {
        Path target = folder.toAbsolutePath();
        if (Files.isDirectory(target)) {
            try (Stream<Path> entries = Files.list(target)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException(target + " is not empty; export the cards into a new folder");
                }
            }
            Files.delete(target);
        } else if (Files.exists(target)) {
            throw new IllegalArgumentException(target + " exists and is not a folder");
        }
        Files.createDirectories(target.getParent());
        Path staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".");
        try {
            for (Channel channel : model.channels()) {
                Path card = staging.resolve(channel.card()).normalize();
                if (!card.startsWith(staging)) {
                    throw new IOException("the card name '" + channel.card() + "' leaves the export folder");
                }
                Files.createDirectories(card.getParent());
                boolean last = channel == model.channels().get(model.channels().size() - 1);
                Files.writeString(card, card(model, channel, last), StandardCharsets.UTF_8);
            }
            Files.writeString(staging.resolve(Ra2DatacardImporter.PROCESS_MAPPING), processMapping(model, statisticalPattern),
                    StandardCharsets.UTF_8);
            try (Writer out = Files.newBufferedWriter(staging.resolve(Ra2DatacardImporter.BIN_DEFINITIONS))) {
                out.write(binDefinitions(model, result));
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw e;
        }
    }

    /**
     * One channel as a Combine counting card: its nuisance lines ordered by parameter; the last
     * card also declares the parameters that act on nothing (all entries "-").
     */
    static String card(StatisticalModel model, Channel channel, boolean last) {
        List<Sample> samples = channel.samples();
        StringBuilder text = new StringBuilder();
        if (!channel.tag().isEmpty()) {
            text.append("#the tag = ").append(channel.tag()).append('\n');
        }
        text.append("# written by Mini Analysis Workbench from its stored model\n");
        text.append("imax 1 number of channels\n");
        text.append("jmax ").append(samples.size() - 1).append(" number of backgrounds\n");
        text.append("kmax * number of nuisances\n");
        text.append("shapes * * FAKE\n------------\n");
        text.append("bin ").append(channel.name()).append('\n');
        text.append("observation ").append(channel.observed()).append('\n');
        text.append("bin");
        samples.forEach(sample -> text.append(' ').append(channel.name()));
        text.append("\nprocess");
        samples.forEach(sample -> text.append(' ').append(sample.name()));
        text.append("\nprocess");
        int background = 1;
        int signal = 0;
        for (Sample sample : samples) {
            text.append(' ').append(sample.signal() ? signal-- : background++);
        }
        text.append("\nrate");
        for (Sample sample : samples) {
            boolean placeholder = sample.signal() && channel.isSearchBin() && sample.rate() == 0;
            text.append(' ').append(placeholder ? DatacardParser.SIGNAL_PLACEHOLDER : Double.toString(sample.rate()));
        }
        text.append("\n------------\n");
        // parameter -> the entry per sample column
        Map<Integer, String[]> lines = new TreeMap<>();
        for (int column = 0; column < samples.size(); column++) {
            for (Modifier modifier : samples.get(column).modifiers()) {
                String[] entries = lines.computeIfAbsent(modifier.parameter(), parameter -> new String[samples.size()]);
                entries[column] = entry(model.parameters().get(modifier.parameter()), modifier);
            }
        }
        if (last) {
            boolean[] referenced = new boolean[model.parameters().size()];
            model.channels().forEach(other -> other.samples().forEach(
                    sample -> sample.modifiers().forEach(modifier -> referenced[modifier.parameter()] = true)));
            for (int parameter = 0; parameter < referenced.length; parameter++) {
                if (!referenced[parameter]) {
                    lines.put(parameter, new String[samples.size()]);
                }
            }
        }
        lines.forEach((parameter, entries) -> {
            NuisanceParameter declared = model.parameters().get(parameter);
            text.append(declared.name()).append(' ').append(declared.type().keyword());
            if (declared.type() == NuisanceParameter.Type.GM_N) {
                text.append(' ').append(declared.controlCount());
            }
            for (String entry : entries) {
                text.append(' ').append(entry == null ? "-" : entry);
            }
            text.append('\n');
        });
        return text.toString();
    }

    /** "k" when the parser would read it back to the same factors, else "down/up" (lnN only). */
    private static String entry(NuisanceParameter parameter, Modifier modifier) {
        boolean single = parameter.type() != NuisanceParameter.Type.LN_N || modifier.down() == 1 / modifier.up();
        return single ? Double.toString(modifier.up()) : modifier.down() + "/" + modifier.up();
    }

    private static String processMapping(StatisticalModel model, String statisticalPattern) {
        Map<String, String> mapping = new LinkedHashMap<>();
        model.channels().stream().flatMap(channel -> channel.samples().stream())
                .filter(sample -> !sample.signal() && !sample.process().isEmpty())
                .forEach(sample -> mapping.putIfAbsent(sample.name(), sample.process()));
        StringBuilder text = new StringBuilder("# Combine process name = background process of the search\n");
        mapping.forEach((name, process) -> text.append(name).append(" = ").append(process).append('\n'));
        text.append(ProcessMapping.STATISTICAL_KEY).append(" = ").append(statisticalPattern).append('\n');
        return text.toString();
    }

    private static String binDefinitions(StatisticalModel model, SearchResult result) {
        Map<Integer, String> cards = new TreeMap<>();
        model.searchBins().forEach(channel -> cards.put(channel.searchBin(), channel.card()));
        StringBuilder text = new StringBuilder("# format = miniana-bins 1\n# analysis = ")
                .append(result.analysis().name()).append('\n');
        text.append("bin,card,njets_min,njets_max,nb_min,nb_max,ht_min,ht_max,mht_min,mht_max\n");
        for (BinYields yields : result.bins()) {
            String card = cards.get(yields.bin().index());
            if (card == null) {
                throw new IllegalArgumentException("the model has no channel for search bin " + yields.bin().index());
            }
            List<String> row = new ArrayList<>(List.of(Integer.toString(yields.bin().index()), card));
            for (Interval interval : List.of(yields.bin().njets(), yields.bin().nb(), yields.bin().ht(),
                    yields.bin().mht())) {
                row.add(Double.toString(interval.lower()));
                row.add(interval.isOpen() ? "" : Double.toString(interval.upper()));
            }
            text.append(String.join(",", row)).append('\n');
        }
        return text.toString();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
