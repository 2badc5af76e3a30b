/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.likelihood;

/**
 * The limit and the discovery significance of one model, computed from the same fits.
 *
 * @param bestFitStrength the maximum-likelihood mu of the data, within the fit's range of mu
 */
public record Inference(UpperLimit limit, Discovery discovery, double bestFitStrength) {
}
