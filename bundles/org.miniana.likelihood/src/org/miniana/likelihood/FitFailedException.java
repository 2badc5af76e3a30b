/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.likelihood;

import java.util.List;

/**
 * A fit that did not converge: never a silent number. The message says why, after how many
 * iterations, with which gradient and EDM, which parameters were at a bound, and which channels
 * expected nothing where they have counts.
 */
public final class FitFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int iterations;
    private final double projectedGradient;
    private final double edm;
    private final List<String> parametersAtBounds;
    private final List<String> impossibleChannels;

    FitFailedException(String reason, int iterations, double projectedGradient, double edm,
            List<String> parametersAtBounds, List<String> impossibleChannels) {
        super(reason + " (iterations " + iterations + ", largest free gradient component " + projectedGradient
                + ", EDM " + edm + "; at a bound: " + summary(parametersAtBounds)
                + (impossibleChannels.isEmpty() ? ""
                        : "; channels with counts but no expected events: " + summary(impossibleChannels))
                + ")");
        this.iterations = iterations;
        this.projectedGradient = projectedGradient;
        this.edm = edm;
        this.parametersAtBounds = List.copyOf(parametersAtBounds);
        this.impossibleChannels = List.copyOf(impossibleChannels);
    }

    private static String summary(List<String> names) {
        if (names.isEmpty()) {
            return "none";
        }
        return names.size() <= 10 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 10)) + " and " + (names.size() - 10) + " more";
    }

    public int iterations() {
        return iterations;
    }

    /** The largest gradient component of the parameters not held at a bound, NaN if not computed. */
    public double projectedGradient() {
        return projectedGradient;
    }

    public double edm() {
        return edm;
    }

    public List<String> parametersAtBounds() {
        return parametersAtBounds;
    }

    /** Channels with counts whose expectation was 0 (or negative) where the fit stopped. */
    public List<String> impossibleChannels() {
        return impossibleChannels;
    }
}
