/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Numerical machinery behind {@link org.miniana.stats}: the original tool's background model
 * ({@link org.miniana.stats.internal.Background}), the hybrid Poisson tails integrated by parts over
 * the background nuisance ({@link org.miniana.stats.internal.PoissonMixture}), the peak-following
 * Gauss-Kronrod quadrature ({@link org.miniana.stats.internal.PeakIntegral},
 * {@link org.miniana.stats.internal.GaussKronrod}) and a normal distribution accurate in both tails
 * ({@link org.miniana.stats.internal.Normal}). Not API: exported to the test fragment only.
 */
package org.miniana.stats.internal;
