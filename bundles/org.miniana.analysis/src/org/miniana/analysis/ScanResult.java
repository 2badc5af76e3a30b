/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.analysis;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.miniana.signal.FastSimulation;
import org.miniana.signal.SimplifiedModel;

/**
 * What a mass scan found.
 *
 * @param family the simplified model scanned
 * @param options how each point was analysed
 * @param points the finished points, in grid order
 * @param failures the points that failed, by model name, with what went wrong
 * @param cancelled whether the scan was stopped before every point was done
 * @param recordId the id of its {@link org.miniana.core.ScanRecord} in the database, or 0 when it
 *        was not recorded
 */
public record ScanResult(SimplifiedModel family, AnalysisOptions options, List<ScanPoint> points,
        Map<String, String> failures, boolean cancelled, long recordId) {

    /** How many point names a note lists before it counts the rest. */
    private static final int NAMES_LISTED = 5;

    public ScanResult {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(options, "options");
        points = List.copyOf(points);
        failures = Map.copyOf(failures);
    }

    /**
     * The points whose models another version of the fast simulation made: their limits do not
     * compare with those of the others, so a scan with any says so wherever it is shown.
     */
    public List<ScanPoint> pointsSimulatedByOtherVersion() {
        return points.stream().filter(ScanPoint::simulatedByOtherVersion).toList();
    }

    /**
     * A sentence naming the points whose models another version of the fast simulation made, and
     * the versions; empty when there are none.
     */
    public Optional<String> otherVersionNote() {
        List<ScanPoint> other = pointsSimulatedByOtherVersion();
        if (other.isEmpty()) {
            return Optional.empty();
        }
        String versions = other.stream().map(point -> FastSimulation.version(point.modelProvenance()).orElseThrow())
                .distinct().sorted().collect(Collectors.joining(", "));
        List<String> names = other.stream().map(point -> point.run().model()).toList();
        String listed = names.size() <= NAMES_LISTED ? String.join(", ", names)
                : String.join(", ", names.subList(0, NAMES_LISTED)) + " and " + (names.size() - NAMES_LISTED) + " more";
        return Optional.of(other.size() + " of " + points.size() + " points have models "
                + FastSimulation.simulatedBy(versions) + " (" + listed + "): their limits do not compare with the others'");
    }

    /** A scan that was not recorded. */
    public ScanResult(SimplifiedModel family, AnalysisOptions options, List<ScanPoint> points,
            Map<String, String> failures, boolean cancelled) {
        this(family, options, points, failures, cancelled, 0);
    }
}
