/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The full likelihood of a counting search ({@link org.miniana.core.model.StatisticalModel}):
 * compiled into flat arrays ({@link org.miniana.likelihood.Likelihood}), fitted with bounds
 * ({@link org.miniana.likelihood.Fitter}), and used for CLs upper limits and discovery
 * significances, asymptotically ({@link org.miniana.likelihood.AsymptoticCalculator}) or with toys
 * ({@link org.miniana.likelihood.ToyCalculator}).
 */
package org.miniana.likelihood;
