/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A production cross section tabulated against a mass, interpolated linearly in ln(sigma),
 * which suits cross sections that fall nearly exponentially with the mass. Nothing is
 * extrapolated: a mass outside the table is an error.
 *
 * <p>The text format is CSV: '#' comment lines, one header line, then one
 * "mass in GeV,cross section in pb" line per point with increasing masses.
 */
public final class CrossSectionTable {

    /** The bundled gluino-pair table (13 TeV, NLO+NLL, squarks decoupled) as used by CMS 2016 analyses. */
    public static final String GLUINO_PAIR_RESOURCE = "/data/xsec-gluino-pair-13TeV-nlo-nll.csv";

    private final String source;
    private final double[] masses;
    private final double[] crossSections;

    private CrossSectionTable(String source, double[] masses, double[] crossSections) {
        this.source = source;
        this.masses = masses;
        this.crossSections = crossSections;
    }

    /** The bundled gluino-pair cross sections at 13 TeV, 800-2200 GeV. */
    public static CrossSectionTable gluinoPair13TeV() {
        return Bundled.GLUINO_PAIR;
    }

    /**
     * Reads a table.
     *
     * @param source the table's name in messages, e.g. its file name
     * @throws IOException when the text cannot be read or a line is malformed; the message reads
     *         "SOURCE:LINE: PROBLEM"
     */
    public static CrossSectionTable read(Reader text, String source) throws IOException {
        List<double[]> rows = new ArrayList<>();
        BufferedReader lines = new BufferedReader(text);
        boolean headerSeen = false;
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                headerSeen = true;
                continue;
            }
            double[] row = row(content, source, number);
            if (!rows.isEmpty() && !(row[0] > rows.get(rows.size() - 1)[0])) {
                throw new IOException(source + ":" + number + ": masses must increase, but " + row[0]
                        + " GeV follows " + rows.get(rows.size() - 1)[0] + " GeV");
            }
            rows.add(row);
        }
        if (rows.size() < 2) {
            throw new IOException(source + ": a cross-section table needs a header and at least two points, found "
                    + rows.size());
        }
        return new CrossSectionTable(source, rows.stream().mapToDouble(r -> r[0]).toArray(),
                rows.stream().mapToDouble(r -> r[1]).toArray());
    }

    /** Where the table was read from. */
    public String source() {
        return source;
    }

    public double minimumMass() {
        return masses[0];
    }

    public double maximumMass() {
        return masses[masses.length - 1];
    }

    /**
     * The cross section in pb at a mass in GeV: the tabulated value at a table point, else
     * interpolated linearly in ln(sigma) between the neighbouring points.
     *
     * @throws IllegalArgumentException outside the table's mass range
     */
    public double crossSectionPb(double mass) {
        if (!(mass >= minimumMass() && mass <= maximumMass())) {
            throw new IllegalArgumentException("No cross section for a mass of " + mass + " GeV: the table "
                    + source + " covers " + MassPoint.format(minimumMass()) + "-" + MassPoint.format(maximumMass())
                    + " GeV; give the cross section explicitly");
        }
        int lower = 0;
        while (masses[lower + 1] <= mass && lower + 1 < masses.length - 1) {
            lower++;
        }
        int upper = lower + 1;
        if (mass == masses[lower] || mass == masses[upper]) {
            return mass == masses[lower] ? crossSections[lower] : crossSections[upper];
        }
        double fraction = (mass - masses[lower]) / (masses[upper] - masses[lower]);
        return Math.exp(Math.log(crossSections[lower])
                + fraction * (Math.log(crossSections[upper]) - Math.log(crossSections[lower])));
    }

    private static double[] row(String content, String source, int number) throws IOException {
        String[] fields = content.split(",", -1);
        String problem = source + ":" + number + ": expected '<mass in GeV>,<cross section in pb>', got '" + content
                + "'";
        if (fields.length != 2) {
            throw new IOException(problem);
        }
        try {
            double mass = Double.parseDouble(fields[0].strip());
            double crossSection = Double.parseDouble(fields[1].strip());
            if (!(mass > 0) || !(crossSection > 0) || Double.isInfinite(mass) || Double.isInfinite(crossSection)) {
                throw new IOException(problem + " (both must be finite and positive)");
            }
            return new double[] { mass, crossSection };
        } catch (NumberFormatException e) {
            throw new IOException(problem, e);
        }
    }

    /** Reads the bundled table once, on first use. */
    private static final class Bundled {

        static final CrossSectionTable GLUINO_PAIR = load(GLUINO_PAIR_RESOURCE);

        private static CrossSectionTable load(String resource) {
            try (InputStream in = CrossSectionTable.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new FileNotFoundException("No bundled resource " + resource);
                }
                return read(new InputStreamReader(in, StandardCharsets.UTF_8), resource.substring(resource.lastIndexOf('/') + 1));
            } catch (IOException e) {
                throw new UncheckedIOException("The bundled cross-section table is unreadable", e);
            }
        }
    }
}
