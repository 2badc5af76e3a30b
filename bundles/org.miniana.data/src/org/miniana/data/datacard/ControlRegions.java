/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data.datacard;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.miniana.data.InputFormatException;
import org.miniana.stats.PoissonInterval;

/**
 * The control regions of a card set, by the name of the {@code lnU} normalisation that links
 * each to the search-bin cards. The control-region count fixes that normalisation, so its
 * Poisson (Garwood) interval is the statistical error of the prediction it scales.
 */
public final class ControlRegions {

    /**
     * One {@code lnU} term of a control-region card: the observed count and the card's rate of
     * the process the term scales.
     */
    public record Constraint(String source, long observed, double rate) {

        /** The relative +1 sigma error of the normalisation: (Garwood upper - N) / rate. */
        public double relativeUp() {
            return PoissonInterval.garwood(observed).errorUp(observed) / rate;
        }

        /** The relative -1 sigma error of the normalisation: (N - Garwood lower) / rate. */
        public double relativeDown() {
            return PoissonInterval.garwood(observed).errorDown(observed) / rate;
        }
    }

    private final Map<String, Constraint> byName;

    private ControlRegions(Map<String, Constraint> byName) {
        this.byName = Map.copyOf(byName);
    }

    public Optional<Constraint> constraint(String lnUName) {
        return Optional.ofNullable(byName.get(lnUName));
    }

    /** Reads the named control-region cards (relative to {@code cards}). */
    public static ControlRegions read(CardLocation cards, List<String> names) throws InputFormatException, IOException {
        Map<String, Constraint> byName = new HashMap<>();
        for (String name : names) {
            Datacard card;
            try (InputStream in = cards.open(name)) {
                card = DatacardParser.parse(cards.describe(name), in);
            }
            double observed = card.observation();
            if (observed != Math.rint(observed)) {
                throw new InputFormatException(card.source(), card.lines().observation(),
                        "a control-region count must be a whole number, not " + observed);
            }
            for (Nuisance nuisance : card.nuisances()) {
                if (nuisance.type() != Nuisance.Type.LN_U) {
                    continue;
                }
                for (int column = 0; column < card.processes().size(); column++) {
                    if (nuisance.effect(column) == null) {
                        continue;
                    }
                    double rate = card.isPlaceholder(column) ? 0 : card.rates().get(column);
                    if (!(rate > 0)) {
                        throw new InputFormatException(card.source(), nuisance.line(), "lnU '" + nuisance.name()
                                + "' scales process '" + card.processes().get(column) + "', whose rate is not positive");
                    }
                    var constraint = new Constraint(card.source(), (long) observed, rate);
                    Constraint previous = byName.put(nuisance.name(), constraint);
                    if (previous != null) {
                        throw new InputFormatException(card.source(), nuisance.line(), "lnU '" + nuisance.name()
                                + "' is constrained again (first in " + previous.source() + ")");
                    }
                }
            }
        }
        return new ControlRegions(byName);
    }
}
