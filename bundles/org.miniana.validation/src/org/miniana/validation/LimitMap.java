/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.validation;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.miniana.analysis.ScanPoint;
import org.miniana.analysis.ScanResult;
import org.miniana.data.InputFormatException;
import org.miniana.figure.Contours;
import org.miniana.figure.Layer.Polyline;
import org.miniana.signal.CrossSectionTable;

/**
 * Observed 95% CL upper limits on a cross section over the (m_gluino, m_LSP) plane, on a
 * rectangular grid of nodes (NaN where a node has no limit): CMS's published histogram (its bin
 * centres are the nodes) or the points of one of our scans.
 */
public final class LimitMap {

    /** The columns of a limit table, as CMS's tables are converted in ../shared/data. */
    public static final List<String> COLUMNS = List.of("m_gluino_GeV", "m_lsp_GeV", "observed_95CL_xsec_ul_pb");

    private final String source;
    private final double[] xs;
    private final double[] ys;
    /** Row by row: limits[iy * xs.length + ix], in pb. */
    private final double[] limits;

    private LimitMap(String source, Map<Double, Map<Double, Double>> byLspThenGluino) {
        this.source = source;
        this.ys = byLspThenGluino.keySet().stream().mapToDouble(Double::doubleValue).toArray();
        this.xs = byLspThenGluino.values().stream().flatMap(row -> row.keySet().stream()).mapToDouble(Double::doubleValue)
                .distinct().sorted().toArray();
        this.limits = new double[xs.length * ys.length];
        Arrays.fill(limits, Double.NaN);
        byLspThenGluino.forEach((y, row) -> row.forEach(
                (x, limit) -> limits[Arrays.binarySearch(ys, y) * xs.length + Arrays.binarySearch(xs, x)] = limit));
    }

    /**
     * Reads a table with the header {@link #COLUMNS} and one line per point: the masses in GeV and
     * the limit in pb.
     *
     * @param source the table's name in messages and in {@link #source()}, e.g. its file name
     * @throws InputFormatException naming the line and the problem when the text is not such a table
     * @throws IOException when the text cannot be read
     */
    public static LimitMap read(Reader text, String source) throws InputFormatException, IOException {
        Map<Double, Map<Double, Double>> points = new TreeMap<>();
        Map<List<Double>, Integer> lines = new HashMap<>();
        // RFC 4180 keeps empty lines as records, so that a record's number is its line
        try (CSVParser parser = CSVFormat.RFC4180.parse(text)) {
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber();
                if (line == 1) {
                    if (!record.toList().equals(COLUMNS)) {
                        throw new InputFormatException(source, line, "expected the header '" + String.join(",", COLUMNS)
                                + "', got '" + String.join(",", record.toList()) + "'");
                    }
                    continue;
                }
                double[] row = row(record, source, line);
                Integer earlier = lines.putIfAbsent(List.of(row[0], row[1]), line);
                if (earlier != null) {
                    throw new InputFormatException(source, line, "the point m_gluino = " + row[0] + " GeV, m_LSP = "
                            + row[1] + " GeV was given on line " + earlier + " already");
                }
                points.computeIfAbsent(row[1], key -> new TreeMap<>()).put(row[0], row[2]);
            }
        } catch (UncheckedIOException e) { // how the parser reports malformed CSV while iterating
            throw new InputFormatException(source, 0, "malformed CSV: " + e.getCause().getMessage());
        }
        if (points.isEmpty()) {
            throw new InputFormatException(source, 0, "the table has no points");
        }
        return new LimitMap(source, points);
    }

    private static double[] row(CSVRecord record, String source, int line) throws InputFormatException {
        String problem = "expected '<m_gluino in GeV>,<m_LSP in GeV>,<limit in pb>', got '"
                + String.join(",", record.toList()) + "'";
        if (record.size() != COLUMNS.size()) {
            throw new InputFormatException(source, line, problem + " (" + record.size() + " fields)");
        }
        double[] row = new double[3];
        for (int i = 0; i < 3; i++) {
            try {
                row[i] = Double.parseDouble(record.get(i).strip());
            } catch (NumberFormatException e) {
                throw new InputFormatException(source, line, problem + " ('" + record.get(i) + "' is not a number)");
            }
        }
        if (!(row[0] > 0 && row[1] >= 0 && row[2] > 0) || Double.isInfinite(row[0]) || Double.isInfinite(row[1])
                || Double.isInfinite(row[2])) {
            throw new InputFormatException(source, line, problem + " (masses must be finite, m_gluino positive, and"
                    + " the limit finite and positive)");
        }
        if (!(row[1] < row[0])) {
            throw new InputFormatException(source, line, problem + " (m_LSP must be below m_gluino)");
        }
        return row;
    }

    /**
     * Our full likelihood's observed limits of a scan: mu_UL times the point's cross section. Points
     * without the full likelihood's result are left out.
     */
    public static LimitMap observed(ScanResult scan, String source) {
        Map<Double, Map<Double, Double>> points = new TreeMap<>();
        for (ScanPoint point : scan.points()) {
            point.full().ifPresent(full -> points.computeIfAbsent(point.point().mLsp(), key -> new TreeMap<>())
                    .put(point.point().mGluino(), full.observedLimit() * point.crossSectionPb()));
        }
        if (points.isEmpty()) {
            throw new IllegalArgumentException("The scan of " + scan.family().family()
                    + " has no point with the full likelihood's limits");
        }
        return new LimitMap(source, points);
    }

    /** Where the limits come from. */
    public String source() {
        return source;
    }

    /** The gluino masses of the nodes in GeV, ascending. */
    public double[] xs() {
        return xs.clone();
    }

    /** The LSP masses of the nodes in GeV, ascending. */
    public double[] ys() {
        return ys.clone();
    }

    /** The limit at node (ix, iy) in pb, NaN where the map has none. */
    public double node(int ix, int iy) {
        return limits[iy * xs.length + ix];
    }

    /**
     * The limit in pb at any point, interpolated bilinearly in ln(limit) between the four nodes
     * around it (limits fall nearly exponentially with the masses); the node's own value at a node.
     * A point up to one node spacing beyond the outermost nodes takes the value on that edge: CMS's
     * histograms start at m_LSP = 1 GeV (first bin centre 6 GeV) while our grids start at 0, and at
     * small m_LSP the limits change by less than 1% over a bin. NaN further out or where one of the
     * four nodes has no limit.
     */
    public double at(double mGluino, double mLsp) {
        double x = intoOuterBins(xs, mGluino);
        double y = intoOuterBins(ys, mLsp);
        int ix = lowerNode(xs, x);
        int iy = lowerNode(ys, y);
        if (ix < 0 || iy < 0) {
            return Double.NaN;
        }
        double tx = fraction(xs, ix, x);
        double ty = fraction(ys, iy, y);
        double value = 0;
        for (int corner = 0; corner < 4; corner++) {
            int dx = corner & 1;
            int dy = corner >> 1;
            double weight = (dx == 0 ? 1 - tx : tx) * (dy == 0 ? 1 - ty : ty);
            if (weight == 0) {
                continue; // on a node or edge: the far nodes need not exist
            }
            if (weight == 1) {
                return node(ix + dx, iy + dy); // the published digits, not exp(ln(value))
            }
            value += weight * Math.log(node(ix + dx, iy + dy));
        }
        return Math.exp(value); // NaN when a needed node is NaN
    }

    /** A value up to one node spacing outside the outermost nodes, moved onto that node. */
    private static double intoOuterBins(double[] nodes, double value) {
        int last = nodes.length - 1;
        if (last == 0) {
            return value;
        }
        if (value < nodes[0] && value >= nodes[0] - (nodes[1] - nodes[0])) {
            return nodes[0];
        }
        if (value > nodes[last] && value <= nodes[last] + (nodes[last] - nodes[last - 1])) {
            return nodes[last];
        }
        return value;
    }

    /** The index of the node at or below {@code value} with a node above it (or the last node itself); -1 outside. */
    private static int lowerNode(double[] nodes, double value) {
        if (!(value >= nodes[0] && value <= nodes[nodes.length - 1])) {
            return -1;
        }
        int found = Arrays.binarySearch(nodes, value);
        int lower = found >= 0 ? found : -found - 2;
        return Math.min(lower, Math.max(0, nodes.length - 2));
    }

    private static double fraction(double[] nodes, int lower, double value) {
        return nodes.length == 1 ? 0 : (value - nodes[lower]) / (nodes[lower + 1] - nodes[lower]);
    }

    /**
     * The observed exclusion contour: where the limit equals the theory cross section of the
     * gluino mass, traced by {@link Contours#trace} in ln(limit / sigma), as our scan figures trace
     * ln(mu_UL). Nodes outside the table's mass range are unknown.
     */
    public List<Polyline> exclusionContour(CrossSectionTable crossSections) {
        double[] z = new double[limits.length];
        for (int i = 0; i < z.length; i++) {
            double mass = xs[i % xs.length];
            boolean known = mass >= crossSections.minimumMass() && mass <= crossSections.maximumMass();
            z[i] = known ? Math.log(limits[i] / crossSections.crossSectionPb(mass)) : Double.NaN;
        }
        return Contours.trace(xs, ys, z, 0);
    }
}
