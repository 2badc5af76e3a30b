/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data.datacard;

import java.util.List;

/**
 * A single-channel counting datacard in the CMS Combine format.
 *
 * @param source where it was read from, for messages
 * @param tag the text of the first comment line that carries "tag =" (RA2 cards name their bin
 *        there), or empty
 * @param channel the channel (bin) name
 * @param observation the observed count
 * @param processes process names, one per column
 * @param processIds Combine process ids per column: zero or negative for signal
 * @param rates expected yields per column; {@link Double#NaN} where the card has the
 *        {@value DatacardParser#SIGNAL_PLACEHOLDER} placeholder
 * @param nuisances the systematic lines in card order
 * @param lines where the observation, the process names and the rates stand in the file
 */
public record Datacard(String source, String tag, String channel, double observation, List<String> processes,
        List<Integer> processIds, List<Double> rates, List<Nuisance> nuisances, Lines lines) {

    /** 1-based line numbers, for messages about the card's content. */
    public record Lines(int observation, int processes, int rates) {
    }

    public Datacard {
        processes = List.copyOf(processes);
        processIds = List.copyOf(processIds);
        rates = List.copyOf(rates);
        nuisances = List.copyOf(nuisances);
    }

    public boolean isSignal(int process) {
        return processIds.get(process) <= 0;
    }

    public boolean isPlaceholder(int process) {
        return Double.isNaN(rates.get(process));
    }
}
