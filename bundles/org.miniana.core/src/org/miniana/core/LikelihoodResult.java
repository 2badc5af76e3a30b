/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.core;

import java.util.Objects;

/**
 * What the full likelihood of a search (every search bin and control region, every nuisance
 * profiled) says about a signal model: the best-fit signal strength, the 95% CL CLs upper limits
 * on it and the discovery significances. Limits on the cross section are these times the model's
 * cross section.
 *
 * @param method how the p-values were computed, e.g. "asymptotic"
 * @param bestFitStrength the maximum-likelihood signal strength mu-hat (not below 0)
 * @param observedLimit observed 95% CL upper limit on mu
 * @param expectedMinus2 the expected limit's -2 sigma quantile (2.5%)
 * @param expectedMinus1 its -1 sigma quantile (16%)
 * @param expectedMedian the median expected limit
 * @param expectedPlus1 its +1 sigma quantile (84%)
 * @param expectedPlus2 its +2 sigma quantile (97.5%)
 * @param observedSignificance the observed discovery significance Z (from q0)
 * @param expectedSignificance the median expected Z at mu = 1
 */
public record LikelihoodResult(String method, double bestFitStrength, double observedLimit, double expectedMinus2,
        double expectedMinus1, double expectedMedian, double expectedPlus1, double expectedPlus2,
        double observedSignificance, double expectedSignificance) {

    public LikelihoodResult {
        Objects.requireNonNull(method, "method");
    }
}
