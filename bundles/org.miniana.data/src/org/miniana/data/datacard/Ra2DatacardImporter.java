/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data.datacard;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.miniana.core.BinYields;
import org.miniana.core.Ra2Search;
import org.miniana.core.SearchResult;
import org.miniana.core.SignalModel;
import org.miniana.core.SignalYield;
import org.miniana.core.model.Channel;
import org.miniana.core.model.StatisticalModel;
import org.miniana.data.InputFormatException;
import org.miniana.data.io.BinDefinitionsCsv;
import org.miniana.data.io.BinDefinitionsCsv.BinDefinition;

/**
 * Turns the RA2 datacard set (the search-bin cards named by the bin definitions, and the
 * control-region cards under {@code CRs/}), a {@link ProcessMapping} of Combine process names to
 * background processes and the bin definitions into the full {@link StatisticalModel} of the
 * search and the {@link SearchResult} derived from it: per bin the observed count and the
 * pre-fit prediction of each background process (the sum of its Combine processes).
 */
public final class Ra2DatacardImporter {

    /** The RA2 cards shipped with this bundle, so that the product needs no checkout at run time. */
    public static final String BUNDLED_BASE = "/datasets/ra2-sus-16-014/";
    /** The RA2 process mapping, beside the bundled cards. */
    public static final String PROCESS_MAPPING = "processes.properties";
    /** The RA2 bin definitions (card and kinematic ranges per bin), beside the bundled cards. */
    public static final String BIN_DEFINITIONS = "bins.csv";

    private Ra2DatacardImporter() {
    }

    public static CardLocation bundled() {
        return CardLocation.resources(Ra2DatacardImporter.class, BUNDLED_BASE);
    }

    /** The 360 control-region cards: photon (Z to nunu), low delta-phi (QCD), single lepton (lost lepton). */
    static List<String> controlRegionCards() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            names.add("CRs/card_sphoton" + i + ".txt");
        }
        for (int i = 0; i < Ra2Search.BIN_COUNT; i++) {
            names.add("CRs/card_Lowdphi" + i + ".txt");
            names.add("CRs/card_SLControl" + i + ".txt");
        }
        return names;
    }

    /** A search read from its cards: the published result (pre-fit predictions) and the full model. */
    public record CardSearch(SearchResult result, StatisticalModel model) {
    }

    /**
     * Reads and validates every card; nothing is returned unless all of them are valid.
     *
     * @param warnings receives one line for each tolerated oddity (such as a placeholder rate in a
     *        background column)
     */
    public static SearchResult read(CardLocation cards, Consumer<String> warnings)
            throws InputFormatException, IOException {
        return readSearch(cards, bundled(), bundled(), warnings).result();
    }

    /** The full statistical model of the cards, read with the bundled process mapping and bin definitions. */
    public static StatisticalModel readModel(CardLocation cards, Consumer<String> warnings)
            throws InputFormatException, IOException {
        return readSearch(cards, bundled(), bundled(), warnings).model();
    }

    /**
     * Reads the cards with the process mapping ({@value #PROCESS_MAPPING}) and the bin
     * definitions ({@value #BIN_DEFINITIONS}) found at the given locations.
     */
    public static SearchResult read(CardLocation cards, CardLocation mappingLocation, CardLocation binsLocation,
            Consumer<String> warnings) throws InputFormatException, IOException {
        return readSearch(cards, mappingLocation, binsLocation, warnings).result();
    }

    /**
     * Reads the search-bin and control-region cards into the full statistical model and derives
     * the published result from it: per bin the observed count and the {@link PrefitPrediction}
     * of each background process.
     */
    public static CardSearch readSearch(CardLocation cards, CardLocation mappingLocation, CardLocation binsLocation,
            Consumer<String> warnings) throws InputFormatException, IOException {
        ProcessMapping mapping = ProcessMapping.read(mappingLocation, PROCESS_MAPPING, Ra2Search.PROCESSES);
        List<BinDefinition> definitions = binDefinitions(binsLocation);
        var builder = new CardModelBuilder(mapping);
        for (BinDefinition definition : definitions) {
            Datacard card = parse(cards, definition.card());
            String expectedTag = Ra2Search.tag(definition.bin().index());
            if (!card.tag().isEmpty() && !card.tag().equals(expectedTag)) {
                throw new InputFormatException(card.source(), 1, "the tag '" + card.tag() + "' does not describe bin "
                        + definition.bin().index() + " (" + expectedTag + ")");
            }
            warnPlaceholders(card, warnings);
            builder.add(card, definition.bin().index(), definition.card());
        }
        for (String name : controlRegionCards()) {
            builder.add(parse(cards, name), Channel.CONTROL_REGION, name);
        }
        StatisticalModel model = builder.build();
        PrefitPrediction prefit;
        try {
            prefit = PrefitPrediction.of(model, mapping::isStatistical);
        } catch (PrefitPrediction.InvalidNormalisation e) {
            throw new InputFormatException(cards.describe(e.card()), builder.line(e.card(), e.parameter()),
                    e.getMessage());
        }
        List<BinYields> bins = new ArrayList<>(definitions.size());
        List<Channel> searchBins = model.searchBins();
        for (BinDefinition definition : definitions) {
            Channel channel = searchBins.get(definition.bin().index());
            bins.add(new BinYields(definition.bin(), channel.observed(),
                    prefit.backgrounds(channel, Ra2Search.PROCESSES)));
        }
        return new CardSearch(new SearchResult(Ra2Search.ANALYSIS, Ra2Search.PROCESSES, bins), model);
    }

    private static List<BinDefinition> binDefinitions(CardLocation binsLocation) throws InputFormatException, IOException {
        try (InputStream in = binsLocation.open(BIN_DEFINITIONS)) {
            return BinDefinitionsCsv.read(binsLocation.describe(BIN_DEFINITIONS), in);
        }
    }

    private static Datacard parse(CardLocation cards, String name) throws InputFormatException, IOException {
        try (InputStream in = cards.open(name)) {
            return DatacardParser.parse(cards.describe(name), in);
        }
    }

    private static void warnPlaceholders(Datacard card, Consumer<String> warnings) {
        for (int column = 0; column < card.processes().size(); column++) {
            if (!card.isSignal(column) && card.isPlaceholder(column)) {
                // The seed's placeholder substitution replaced equal numbers (about 1e-4) here too.
                warnings.accept(card.source() + ":" + card.lines().rates() + ": rate of background '"
                        + card.processes().get(column) + "' is the " + DatacardParser.SIGNAL_PLACEHOLDER
                        + " placeholder; read as 0 (negligible)");
            }
        }
    }

    /**
     * A signal model from a card set whose signal rates are filled in: per bin the signal
     * column's rate, with its simulation-statistics error from the lnN terms on that column
     * whose name contains "MCStat" (any case; RA2: SignalMCStatErrN).
     */
    public static SignalModel readSignal(CardLocation cards, CardLocation binsLocation, String name, String provenance)
            throws InputFormatException, IOException {
        List<BinDefinition> definitions = binDefinitions(binsLocation);
        List<SignalYield> yields = new ArrayList<>(definitions.size());
        for (BinDefinition definition : definitions) {
            Datacard card = parse(cards, definition.card());
            int column = card.processIds().indexOf(card.processIds().stream().filter(id -> id <= 0).findFirst()
                    .orElseThrow(() -> new InputFormatException(card.source(), card.lines().processes(),
                            "no signal process (process id <= 0)")));
            if (card.isPlaceholder(column)) {
                throw new InputFormatException(card.source(), card.lines().rates(), "the signal rate is still the "
                        + DatacardParser.SIGNAL_PLACEHOLDER + " placeholder; fill in the expected signal events");
            }
            double rate = card.rates().get(column);
            double relativeError = 0;
            for (Nuisance nuisance : card.nuisances()) {
                Kappa kappa = nuisance.effect(column);
                if (kappa != null && nuisance.name().toLowerCase(Locale.ROOT).contains("mcstat")) {
                    double shift = Math.max(Math.max(kappa.up(), kappa.down()) - 1, 1 - Math.min(kappa.up(), kappa.down()));
                    relativeError = Math.hypot(relativeError, shift);
                }
            }
            yields.add(new SignalYield(rate, rate * relativeError));
        }
        return new SignalModel(name, "", Map.of(), 0, provenance, yields);
    }
}
