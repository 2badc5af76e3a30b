/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.likelihood;

/**
 * The significance of an excess with the discovery test statistic q0 (0 when the fitted mu is not
 * above 0).
 *
 * @param observedQ0 q0 of the data
 * @param observedP its background-only p-value
 * @param observedZ its significance
 * @param expectedZ the median significance expected for mu = 1
 */
public record Discovery(Method method, double observedQ0, double observedP, double observedZ, double expectedZ) {
}
