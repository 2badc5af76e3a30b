/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.analysis;

import java.util.List;
import java.util.Map;
import java.util.Objects;

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

    public ScanResult {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(options, "options");
        points = List.copyOf(points);
        failures = Map.copyOf(failures);
    }

    /** A scan that was not recorded. */
    public ScanResult(SimplifiedModel family, AnalysisOptions options, List<ScanPoint> points,
            Map<String, String> failures, boolean cancelled) {
        this(family, options, points, failures, cancelled, 0);
    }
}
