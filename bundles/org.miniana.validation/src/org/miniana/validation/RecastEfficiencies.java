/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.validation;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.miniana.data.InputFormatException;
import org.miniana.signal.MassPoint;
import org.miniana.signal.SimplifiedModel;

/**
 * Signal efficiencies of T1bbbb and T1qqqq in the aggregate search regions of CMS-SUS-16-033 from
 * an independent recast of that analysis (the SModelS database's efficiency maps, made with a full
 * event generator, parton shower and detector simulation), bundled in
 * {@code data/cms-sus-16-033/aggregate-region-efficiencies.csv}, whose header says where each
 * number comes from. They are not CMS's numbers; CMS published none for these points.
 */
public final class RecastEfficiencies {

    /** Where the efficiencies come from, for output. */
    public static final String SOURCE = "CMS-SUS-16-033 aggregate search regions, recast by SModelS";
    /** The families bundled; T1tttt is left out on purpose, as the blind test of the simulation's physics. */
    public static final List<SimplifiedModel> FAMILIES = List.of(SimplifiedModel.T1BBBB, SimplifiedModel.T1QQQQ);
    static final String RESOURCE = "/data/cms-sus-16-033/aggregate-region-efficiencies.csv";
    private static final List<String> KEYS = List.of("family", "m_gluino_GeV", "m_lsp_GeV");

    private static final Map<SimplifiedModel, Map<MassPoint, double[]>> LOADED = new EnumMap<>(SimplifiedModel.class);

    private RecastEfficiencies() {
    }

    /**
     * A family's points, ordered by m_gluino then m_LSP, each with its efficiency in every region
     * of {@link AggregateRegion#CMS_SUS_16_033} (in that order).
     *
     * @throws IllegalArgumentException for a family not bundled
     */
    public static synchronized Map<MassPoint, double[]> of(SimplifiedModel family) {
        if (!FAMILIES.contains(family)) {
            throw new IllegalArgumentException("Recast efficiencies are bundled for T1bbbb and T1qqqq only, not for "
                    + family.family());
        }
        if (LOADED.isEmpty()) {
            try (InputStream in = RecastEfficiencies.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new FileNotFoundException("No bundled resource " + RESOURCE);
                }
                LOADED.putAll(read(new InputStreamReader(in, StandardCharsets.UTF_8),
                        RESOURCE.substring(RESOURCE.lastIndexOf('/') + 1)));
            } catch (IOException | InputFormatException e) {
                throw new IllegalStateException("The bundled recast efficiencies are unreadable: " + e.getMessage(), e);
            }
        }
        return Collections.unmodifiableMap(LOADED.getOrDefault(family, Map.of()));
    }

    /**
     * Reads a table: lines starting with '#' are comments; then the header
     * {@code family,m_gluino_GeV,m_lsp_GeV,region1,...,region12} and one row per point, each
     * efficiency in [0, 1].
     */
    static Map<SimplifiedModel, Map<MassPoint, double[]>> read(Reader text, String source)
            throws InputFormatException, IOException {
        int regions = AggregateRegion.CMS_SUS_16_033.size();
        List<String> header = new ArrayList<>(KEYS);
        IntStream.rangeClosed(1, regions).forEach(region -> header.add("region" + region));
        Map<SimplifiedModel, Map<MassPoint, double[]>> table = new EnumMap<>(SimplifiedModel.class);
        boolean headerSeen = false;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setCommentMarker('#').get().parse(text)) {
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                if (!headerSeen) {
                    if (!record.toList().equals(header)) {
                        throw new InputFormatException(source, line, "expected the header '" + String.join(",", header)
                                + "', got '" + String.join(",", record.toList()) + "'");
                    }
                    headerSeen = true;
                    continue;
                }
                if (record.size() != header.size()) {
                    throw new InputFormatException(source, line, "expected " + header.size() + " fields, got "
                            + record.size());
                }
                MassPoint point = point(record, source, line);
                double[] efficiencies = new double[regions];
                for (int i = 0; i < regions; i++) {
                    efficiencies[i] = number(record.get(KEYS.size() + i), source, line);
                    if (!(efficiencies[i] >= 0 && efficiencies[i] <= 1)) {
                        throw new InputFormatException(source, line, "the efficiency in region " + (i + 1)
                                + " must be in [0, 1], not " + record.get(KEYS.size() + i));
                    }
                }
                if (table.computeIfAbsent(point.model(), key -> new LinkedHashMap<>()).put(point,
                        efficiencies) != null) {
                    throw new InputFormatException(source, line, point.name() + " is given twice");
                }
            }
        } catch (UncheckedIOException e) { // how the parser reports malformed CSV while iterating
            throw new InputFormatException(source, 0, "malformed CSV: " + e.getCause().getMessage());
        }
        if (table.isEmpty()) {
            throw new InputFormatException(source, 0, "the table has no points");
        }
        return table;
    }

    private static MassPoint point(CSVRecord record, String source, int line) throws InputFormatException {
        double mGluino = number(record.get(1), source, line);
        double mLsp = number(record.get(2), source, line);
        try {
            return new MassPoint(SimplifiedModel.ofFamily(record.get(0).strip()), mGluino, mLsp);
        } catch (IllegalArgumentException e) { // an unknown family or impossible masses
            throw new InputFormatException(source, line, e.getMessage());
        }
    }

    private static double number(String field, String source, int line) throws InputFormatException {
        try {
            return Double.parseDouble(field.strip());
        } catch (NumberFormatException e) {
            throw new InputFormatException(source, line, "'" + field + "' is not a number");
        }
    }
}
