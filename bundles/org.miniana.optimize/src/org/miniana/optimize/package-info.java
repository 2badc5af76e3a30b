/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Blind aggregate-bin optimization: the problem built from a search and
 * a signal model without observed counts ({@link org.miniana.optimize.OptimizationProblem}), figures of
 * merit ({@link org.miniana.optimize.FigureOfMerit}), the {@link org.miniana.optimize.Optimizer}
 * interface of the extension point {@code org.miniana.optimize.optimizers} and its registry
 * ({@link org.miniana.optimize.OptimizerRegistry}), and the result, a merged bin
 * ({@link org.miniana.optimize.OptimizationResult}).
 */
package org.miniana.optimize;
