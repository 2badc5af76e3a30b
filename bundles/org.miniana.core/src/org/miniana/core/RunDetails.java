/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.core;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a run records beyond its numbers (schema version 9), so that views, reports and scan
 * resume are built from the stored run alone: nothing runs its optimizer again to draw it, and
 * nothing reads its cuts back from text.
 *
 * @param statistics which tests were asked for: "one-bin", "full" or "both"
 * @param modelRevision the content digest of the signal model the run was made with (its yields,
 *        variations and what identifies it), to tell whether the model changed since
 * @param cuts the merged bins as one range per axis of the search when they form a box of cuts,
 *        else empty
 * @param backgrounds each background process's prediction in the merged bin, by process name in
 *        the search's order, errors combined as the run's method says
 * @param figureOfMeritValue the value of the figure of merit the optimizer reached (not finite for
 *        a bin without background)
 * @param evaluations distinct selections the optimizer evaluated
 * @param optimizerTime how long the optimizer took
 * @param clb CL_b of the merged bin's observed limit
 * @param signalErrorSource where the merged signal's errors came from: "statistical-model",
 *        "mc-statistics" or "none"
 */
public record RunDetails(String statistics, String modelRevision, List<AxisCut> cuts, Map<String, Estimate> backgrounds,
        double figureOfMeritValue, long evaluations, Duration optimizerTime, double clb, String signalErrorSource) {

    public RunDetails {
        Objects.requireNonNull(statistics, "statistics");
        Objects.requireNonNull(modelRevision, "modelRevision");
        cuts = List.copyOf(cuts);
        // a copy that keeps the search's order of processes
        backgrounds = Collections.unmodifiableMap(new LinkedHashMap<>(backgrounds));
        Objects.requireNonNull(optimizerTime, "optimizerTime");
        Objects.requireNonNull(signalErrorSource, "signalErrorSource");
    }
}
