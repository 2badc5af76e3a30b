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
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.miniana.core.BackgroundProcess;
import org.miniana.core.BinYields;
import org.miniana.core.Estimate;
import org.miniana.core.Ra2Search;
import org.miniana.core.SearchBin;
import org.miniana.core.SearchResult;
import org.miniana.core.SignalModel;
import org.miniana.core.SignalYield;
import org.miniana.data.InputFormatException;
import org.miniana.data.io.BinDefinitionsCsv;
import org.miniana.data.io.BinDefinitionsCsv.BinDefinition;

/**
 * Turns the RA2 datacard set (the search-bin cards named by the bin definitions, and the
 * control-region cards under {@code CRs/}), a {@link ProcessMapping} of Combine process names to
 * background processes and the bin definitions into a {@link SearchResult}: per bin the observed count and the central value of each background
 * process (the sum of its Combine processes).
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

    /**
     * Reads and validates every card; nothing is returned unless all of them are valid.
     *
     * @param warnings receives one line for each tolerated oddity (such as a placeholder rate in a
     *        background column)
     */
    public static SearchResult read(CardLocation cards, Consumer<String> warnings)
            throws InputFormatException, IOException {
        return read(cards, bundled(), bundled(), warnings);
    }

    /**
     * Reads the cards with the process mapping ({@value #PROCESS_MAPPING}) and the bin
     * definitions ({@value #BIN_DEFINITIONS}) found at the given locations.
     */
    public static SearchResult read(CardLocation cards, CardLocation mappingLocation, CardLocation binsLocation,
            Consumer<String> warnings) throws InputFormatException, IOException {
        ProcessMapping mapping = ProcessMapping.read(mappingLocation, PROCESS_MAPPING, Ra2Search.PROCESSES);
        List<BinDefinition> definitions;
        try (InputStream in = binsLocation.open(BIN_DEFINITIONS)) {
            definitions = BinDefinitionsCsv.read(binsLocation.describe(BIN_DEFINITIONS), in);
        }
        ControlRegions controlRegions = ControlRegions.read(cards, controlRegionCards());
        List<BinYields> bins = new ArrayList<>(definitions.size());
        for (BinDefinition definition : definitions) {
            Datacard card;
            try (InputStream in = cards.open(definition.card())) {
                card = DatacardParser.parse(cards.describe(definition.card()), in);
            }
            bins.add(binYields(card, definition.bin(), mapping, controlRegions, warnings));
        }
        return new SearchResult(Ra2Search.ANALYSIS, Ra2Search.PROCESSES, bins);
    }

    private static BinYields binYields(Datacard card, SearchBin bin, ProcessMapping mapping,
            ControlRegions controlRegions, Consumer<String> warnings) throws InputFormatException {
        String expectedTag = Ra2Search.tag(bin.index());
        if (!card.tag().isEmpty() && !card.tag().equals(expectedTag)) {
            throw new InputFormatException(card.source(), 1,
                    "the tag '" + card.tag() + "' does not describe bin " + bin.index() + " (" + expectedTag + ")");
        }
        double observed = card.observation();
        if (observed != Math.rint(observed)) {
            throw new InputFormatException(card.source(), card.lines().observation(),
                    "the observed count must be a whole number, not " + observed);
        }
        Map<BackgroundProcess, Double> central = new LinkedHashMap<>();
        Ra2Search.PROCESSES.forEach(process -> central.put(process, 0.0));
        BackgroundProcess[] columnProcess = new BackgroundProcess[card.processes().size()];
        double[] columnRate = new double[columnProcess.length];
        for (int column = 0; column < columnProcess.length; column++) {
            if (card.isSignal(column)) {
                continue;
            }
            String name = card.processes().get(column);
            columnProcess[column] = mapping.process(name).orElseThrow(() -> new InputFormatException(card.source(),
                    card.lines().processes(), "background process '" + name + "' is not in the process mapping "
                            + mapping.source()));
            if (card.isPlaceholder(column)) {
                // The seed's placeholder substitution replaced equal numbers (about 1e-4) here too.
                warnings.accept(card.source() + ":" + card.lines().rates() + ": rate of background '" + name
                        + "' is the " + DatacardParser.SIGNAL_PLACEHOLDER + " placeholder; read as 0 (negligible)");
                continue;
            }
            columnRate[column] = card.rates().get(column);
            central.merge(columnProcess[column], columnRate[column], Double::sum);
        }
        Map<BackgroundProcess, ErrorSums> errors = new LinkedHashMap<>();
        Ra2Search.PROCESSES.forEach(process -> errors.put(process, new ErrorSums()));
        for (Nuisance nuisance : card.nuisances()) {
            // One nuisance moves all columns of a process together: add within, square across nuisances.
            Map<BackgroundProcess, double[]> shifts = new LinkedHashMap<>();
            for (int column = 0; column < columnProcess.length; column++) {
                Kappa kappa = nuisance.effect(column);
                if (columnProcess[column] == null || kappa == null) {
                    continue;
                }
                double[] relative = relativeShift(card, nuisance, kappa, controlRegions);
                double[] shift = shifts.computeIfAbsent(columnProcess[column], process -> new double[2]);
                shift[0] += columnRate[column] * relative[0];
                shift[1] += columnRate[column] * relative[1];
            }
            boolean statistical = nuisance.isStatistical() || nuisance.type() == Nuisance.Type.LN_U;
            shifts.forEach((process, shift) -> errors.get(process).add(statistical, shift[0], shift[1]));
        }
        Map<BackgroundProcess, Estimate> backgrounds = new LinkedHashMap<>();
        central.forEach((process, value) -> backgrounds.put(process, errors.get(process).estimate(value)));
        return new BinYields(bin, (long) observed, backgrounds);
    }

    /**
     * The relative {up, down} shift of a yield under one nuisance. lnN: from the kappas (either
     * may lie on either side of 1). lnU: from the linked control region's Poisson interval.
     */
    private static double[] relativeShift(Datacard card, Nuisance nuisance, Kappa kappa, ControlRegions controlRegions)
            throws InputFormatException {
        if (nuisance.type() == Nuisance.Type.LN_U) {
            ControlRegions.Constraint constraint = controlRegions.constraint(nuisance.name())
                    .orElseThrow(() -> new InputFormatException(card.source(), nuisance.line(),
                            "lnU '" + nuisance.name() + "' is not constrained by any control-region card"));
            return new double[] { constraint.relativeUp(), constraint.relativeDown() };
        }
        return kappaShift(kappa);
    }

    /** The relative {up, down} shift of an lnN kappa; either factor may lie on either side of 1. */
    private static double[] kappaShift(Kappa kappa) {
        double up = Math.max(0, Math.max(kappa.up(), kappa.down()) - 1);
        double down = Math.max(0, 1 - Math.min(kappa.up(), kappa.down()));
        return new double[] { up, down };
    }

    /** Squared error sums of one process in one bin. */
    private static final class ErrorSums {
        private double statUp;
        private double statDown;
        private double systUp;
        private double systDown;

        void add(boolean statistical, double up, double down) {
            if (statistical) {
                statUp += up * up;
                statDown += down * down;
            } else {
                systUp += up * up;
                systDown += down * down;
            }
        }

        Estimate estimate(double value) {
            return new Estimate(value, Math.sqrt(statUp), Math.sqrt(statDown), Math.sqrt(systUp), Math.sqrt(systDown));
        }
    }

    /**
     * A signal model from a card set whose signal rates are filled in: per bin the signal
     * column's rate, with its simulation-statistics error from the lnN terms on that column
     * whose name contains "MCStat" (any case; RA2: SignalMCStatErrN).
     */
    public static SignalModel readSignal(CardLocation cards, CardLocation binsLocation, String name, String provenance)
            throws InputFormatException, IOException {
        List<BinDefinition> definitions;
        try (InputStream in = binsLocation.open(BIN_DEFINITIONS)) {
            definitions = BinDefinitionsCsv.read(binsLocation.describe(BIN_DEFINITIONS), in);
        }
        List<SignalYield> yields = new ArrayList<>(definitions.size());
        for (BinDefinition definition : definitions) {
            Datacard card;
            try (InputStream in = cards.open(definition.card())) {
                card = DatacardParser.parse(cards.describe(definition.card()), in);
            }
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
                    double[] shift = kappaShift(kappa);
                    relativeError = Math.hypot(relativeError, Math.max(shift[0], shift[1]));
                }
            }
            yields.add(new SignalYield(rate, rate * relativeError));
        }
        return new SignalModel(name, "", Map.of(), 0, provenance, yields);
    }
}
