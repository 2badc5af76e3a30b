/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data.datacard;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.miniana.core.BackgroundProcess;
import org.miniana.core.BinYields;
import org.miniana.core.Estimate;
import org.miniana.core.Ra2Search;
import org.miniana.core.SearchResult;
import org.miniana.data.InputFormatException;

/**
 * Turns the RA2 datacard set ({@code SR/card_signal0.txt} .. {@code card_signal159.txt}) and a
 * {@link ProcessMapping} of Combine process names to background processes into a
 * {@link SearchResult}: per bin the observed count and the central value of each background
 * process (the sum of its Combine processes).
 */
public final class Ra2DatacardImporter {

    /** The RA2 cards shipped with this bundle, so that the product needs no checkout at run time. */
    public static final String BUNDLED_BASE = "/datasets/ra2-sus-16-014/";
    /** The RA2 process mapping, beside the bundled cards. */
    public static final String PROCESS_MAPPING = "processes.properties";

    private Ra2DatacardImporter() {
    }

    public static CardLocation bundled() {
        return CardLocation.resources(Ra2DatacardImporter.class, BUNDLED_BASE);
    }

    public static String searchBinCard(int bin) {
        return "SR/card_signal" + bin + ".txt";
    }

    /**
     * Reads and validates every card; nothing is returned unless all of them are valid.
     *
     * @param warnings receives one line for each tolerated oddity (such as a placeholder rate in a
     *        background column)
     */
    public static SearchResult read(CardLocation cards, Consumer<String> warnings)
            throws InputFormatException, IOException {
        return read(cards, ProcessMapping.read(bundled(), PROCESS_MAPPING, Ra2Search.PROCESSES), warnings);
    }

    /** Reads the cards with a given process mapping. */
    public static SearchResult read(CardLocation cards, ProcessMapping mapping, Consumer<String> warnings)
            throws InputFormatException, IOException {
        List<BinYields> bins = new ArrayList<>(Ra2Search.BIN_COUNT);
        for (int bin = 0; bin < Ra2Search.BIN_COUNT; bin++) {
            String name = searchBinCard(bin);
            Datacard card;
            try (InputStream in = cards.open(name)) {
                card = DatacardParser.parse(cards.describe(name), in);
            }
            bins.add(binYields(card, bin, mapping, warnings));
        }
        return new SearchResult(Ra2Search.ANALYSIS, Ra2Search.PROCESSES, bins);
    }

    private static BinYields binYields(Datacard card, int bin, ProcessMapping mapping,
            Consumer<String> warnings) throws InputFormatException {
        String expectedTag = Ra2Search.tag(bin);
        if (!card.tag().isEmpty() && !card.tag().equals(expectedTag)) {
            throw new InputFormatException(card.source(), 1,
                    "the tag '" + card.tag() + "' does not describe bin " + bin + " (" + expectedTag + ")");
        }
        double observed = card.observation();
        if (observed != Math.rint(observed)) {
            throw new InputFormatException(card.source(), card.lines().observation(),
                    "the observed count must be a whole number, not " + observed);
        }
        Map<BackgroundProcess, Double> central = new LinkedHashMap<>();
        Ra2Search.PROCESSES.forEach(process -> central.put(process, 0.0));
        for (int column = 0; column < card.processes().size(); column++) {
            if (card.isSignal(column)) {
                continue;
            }
            String name = card.processes().get(column);
            BackgroundProcess process = mapping.process(name).orElseThrow(() -> new InputFormatException(card.source(),
                    card.lines().processes(), "background process '" + name + "' is not in the process mapping "
                            + mapping.source()));
            if (card.isPlaceholder(column)) {
                // The seed's placeholder substitution replaced equal numbers (about 1e-4) here too.
                warnings.accept(card.source() + ":" + card.lines().rates() + ": rate of background '" + name
                        + "' is the " + DatacardParser.SIGNAL_PLACEHOLDER + " placeholder; read as 0 (negligible)");
                continue;
            }
            central.merge(process, card.rates().get(column), Double::sum);
        }
        Map<BackgroundProcess, Estimate> backgrounds = new LinkedHashMap<>();
        central.forEach((process, value) -> backgrounds.put(process, Estimate.central(value)));
        return new BinYields(Ra2Search.bin(bin), (long) observed, backgrounds);
    }
}
