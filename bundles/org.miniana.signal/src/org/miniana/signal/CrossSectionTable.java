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
 * "mass in GeV,cross section in pb[,relative uncertainty]" line per point with increasing masses;
 * the theory uncertainty (scale and PDF, symmetric, e.g. 0.227 for 22.7 %) is given on every line
 * or on none.
 */
public final class CrossSectionTable {

    /** The bundled gluino-pair table (13 TeV, NLO+NLL, squarks decoupled) as used by CMS 2016 analyses. */
    public static final String GLUINO_PAIR_RESOURCE = "/data/xsec-gluino-pair-13TeV-nlo-nll.csv";

    private final String source;
    private final double[] masses;
    private final double[] crossSections;
    /** Null when the table has no uncertainty column. */
    private final double[] relativeUncertainties;

    private CrossSectionTable(String source, double[] masses, double[] crossSections,
            double[] relativeUncertainties) {
        this.source = source;
        this.masses = masses;
        this.crossSections = crossSections;
        this.relativeUncertainties = relativeUncertainties;
    }

    /** The bundled gluino-pair cross sections at 13 TeV, 800-2200 GeV, with their uncertainties. */
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
            if (!rows.isEmpty() && row.length != rows.get(0).length) {
                throw new IOException(source + ":" + number + ": " + (row.length == 2 ? "no uncertainty, where the"
                        + " first line has one" : "an uncertainty, where the first line has none")
                        + ": give the uncertainty on every line or on none");
            }
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
                rows.stream().mapToDouble(r -> r[1]).toArray(),
                rows.get(0).length == 3 ? rows.stream().mapToDouble(r -> r[2]).toArray() : null);
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
        int lower = interval(mass, "cross section");
        // at a table point the published digits, not exp(log(value))
        if (mass == masses[lower] || mass == masses[lower + 1]) {
            return crossSections[mass == masses[lower] ? lower : lower + 1];
        }
        return Math.exp(interpolate(mass, lower, Math.log(crossSections[lower]), Math.log(crossSections[lower + 1])));
    }

    /** Whether the table gives the theory uncertainty. */
    public boolean hasUncertainties() {
        return relativeUncertainties != null;
    }

    /**
     * The relative theory uncertainty of the cross section at a mass in GeV (0.227 for 22.7 %),
     * interpolated linearly in the mass between the table's points: the observed contour's
     * theory lines are drawn at sigma * (1 +- this).
     *
     * @throws IllegalArgumentException outside the table's mass range
     * @throws IllegalStateException when the table has no uncertainties
     */
    public double relativeUncertainty(double mass) {
        if (relativeUncertainties == null) {
            throw new IllegalStateException("The table " + source + " has no uncertainty column");
        }
        int lower = interval(mass, "cross-section uncertainty");
        return interpolate(mass, lower, relativeUncertainties[lower], relativeUncertainties[lower + 1]);
    }

    /** The index of the table point at or below the mass, at most the last but one. */
    private int interval(double mass, String what) {
        if (!(mass >= minimumMass() && mass <= maximumMass())) {
            throw new IllegalArgumentException("No " + what + " for a mass of " + mass + " GeV: the table "
                    + source + " covers " + MassPoint.format(minimumMass()) + "-" + MassPoint.format(maximumMass())
                    + " GeV; give the cross section explicitly");
        }
        int lower = 0;
        while (masses[lower + 1] <= mass && lower + 1 < masses.length - 1) {
            lower++;
        }
        return lower;
    }

    /** Linear between the values at the point lower and the next; the tabulated value at a point. */
    private double interpolate(double mass, int lower, double atLower, double atUpper) {
        if (mass == masses[lower]) {
            return atLower;
        }
        if (mass == masses[lower + 1]) {
            return atUpper;
        }
        double fraction = (mass - masses[lower]) / (masses[lower + 1] - masses[lower]);
        return atLower + fraction * (atUpper - atLower);
    }

    private static double[] row(String content, String source, int number) throws IOException {
        String[] fields = content.split(",", -1);
        String problem = source + ":" + number + ": expected '<mass in GeV>,<cross section in pb>[,<relative "
                + "uncertainty>]', got '" + content + "'";
        if (fields.length != 2 && fields.length != 3) {
            throw new IOException(problem);
        }
        try {
            double mass = Double.parseDouble(fields[0].strip());
            double crossSection = Double.parseDouble(fields[1].strip());
            if (!(mass > 0) || !(crossSection > 0) || Double.isInfinite(mass) || Double.isInfinite(crossSection)) {
                throw new IOException(problem + " (mass and cross section must be finite and positive)");
            }
            if (fields.length == 2) {
                return new double[] { mass, crossSection };
            }
            double uncertainty = Double.parseDouble(fields[2].strip());
            if (!(uncertainty >= 0 && uncertainty < 1)) {
                throw new IOException(problem + " (the relative uncertainty must be in [0, 1), e.g. 0.227 for 22.7 %)");
            }
            return new double[] { mass, crossSection, uncertainty };
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
