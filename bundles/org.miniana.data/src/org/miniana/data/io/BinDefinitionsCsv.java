/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.miniana.core.InputChecks;
import org.miniana.core.SearchBin;
import org.miniana.data.InputFormatException;

/**
 * The bins of a datacard set: for each bin, the card that holds it and its kinematic ranges
 * ({@code bin, card, njets_min, njets_max, nb_min, nb_max, ht_min, ht_max, mht_min, mht_max};
 * empty maximum = open edge). The RA2 definition is bundled as
 * {@code datasets/ra2-sus-16-014/bins.csv}.
 */
public final class BinDefinitionsCsv {

    /** One bin and the path of its card, relative to the card set. */
    public record BinDefinition(SearchBin bin, String card) {
    }

    private static final List<String> COLUMNS = List.of("bin", "card", "njets_min", "njets_max", "nb_min", "nb_max",
            "ht_min", "ht_max", "mht_min", "mht_max");

    private BinDefinitionsCsv() {
    }

    public static List<BinDefinition> read(String source, InputStream in) throws InputFormatException, IOException {
        CsvSupport.Table table = CsvSupport.read(source, in, COLUMNS, Set.of());
        List<BinDefinition> bins = new ArrayList<>();
        for (CSVRecord record : table.records()) {
            table.requireBin(record, bins.size());
            String card = record.get("card").trim();
            if (card.isEmpty()) {
                throw new InputFormatException(source, table.line(record), "bin " + bins.size() + " names no card");
            }
            var bin = new SearchBin(bins.size(), table.interval(record, "njets"), table.interval(record, "nb"),
                    table.interval(record, "ht"), table.interval(record, "mht"));
            InputFormatException.checked(source, table.line(record),
                    () -> InputChecks.distinctBin(bins.stream().map(BinDefinition::bin).toList(), bin));
            bins.add(new BinDefinition(bin, card));
        }
        if (bins.isEmpty()) {
            throw new InputFormatException(source, 0, "defines no bins");
        }
        return bins;
    }
}
