/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * A distribution of one variable over simulated events, in bins [lowEdges[i], lowEdges[i+1]),
 * the last bin open upwards.
 *
 * @param variable the variable, e.g. "mht"
 * @param unit its unit, e.g. "GeV", or "" for counts
 * @param lowEdges the lower edge of each bin, increasing
 * @param generated per bin, the fraction of all generated events (before any selection)
 * @param selected per bin, the expected events in the search bins (after the baseline selection
 *        and the lepton veto) at the analysis luminosity
 */
public record Histogram(String variable, String unit, List<Double> lowEdges, List<Double> generated,
        List<Double> selected) {

    public Histogram {
        lowEdges = List.copyOf(lowEdges);
        generated = List.copyOf(generated);
        selected = List.copyOf(selected);
        if (lowEdges.isEmpty() || generated.size() != lowEdges.size() || selected.size() != lowEdges.size()) {
            throw new IllegalArgumentException("A histogram needs one value of each kind per bin");
        }
    }

    /**
     * CSV with a header line: "VARIABLE_low_UNIT,VARIABLE_high_UNIT,generated_fraction,selected_events",
     * the open upper edge written "inf".
     */
    public String toCsv() {
        String suffix = unit.isEmpty() ? "" : "_" + unit;
        StringBuilder csv = new StringBuilder(variable + "_low" + suffix + "," + variable + "_high" + suffix
                + ",generated_fraction,selected_events\n");
        for (int i = 0; i < lowEdges.size(); i++) {
            String high = i + 1 < lowEdges.size() ? MassPoint.format(lowEdges.get(i + 1)) : "inf";
            csv.append(MassPoint.format(lowEdges.get(i))).append(',').append(high).append(',')
                    .append(significant(generated.get(i))).append(',').append(significant(selected.get(i))).append('\n');
        }
        return csv.toString();
    }

    /** Six significant digits without trailing zeros or an exponent, e.g. "0.000028", "3.03299", "0". */
    private static String significant(double value) {
        return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
