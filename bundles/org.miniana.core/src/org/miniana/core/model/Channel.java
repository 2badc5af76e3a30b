/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One counting channel (one datacard): a search bin or a control region.
 *
 * @param name the datacard's channel name (e.g. "Binsignal117")
 * @param card the card's file name within its card set (e.g. "SR/card_signal117.txt"), for
 *        messages and export
 * @param tag the card's tag comment, or empty
 * @param searchBin the index of the search bin this channel is, or -1 for a control region
 * @param observed the observed count
 * @param samples the process columns, in card order
 */
public record Channel(String name, String card, String tag, int searchBin, long observed, List<Sample> samples) {

    public static final int CONTROL_REGION = -1;

    public Channel {
        Objects.requireNonNull(name, "name");
        card = Objects.requireNonNullElse(card, "");
        tag = Objects.requireNonNullElse(tag, "");
        if (searchBin < CONTROL_REGION) {
            throw new IllegalArgumentException("search-bin index " + searchBin + " of channel " + name);
        }
        if (observed < 0) {
            throw new IllegalArgumentException("negative observation in channel " + name);
        }
        samples = List.copyOf(samples);
    }

    public boolean isSearchBin() {
        return searchBin != CONTROL_REGION;
    }

    /** The same channel with other samples. */
    public Channel withSamples(List<Sample> newSamples) {
        return new Channel(name, card, tag, searchBin, observed, newSamples);
    }
}
