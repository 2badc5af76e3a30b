/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The timing of the full-likelihood path that {@code miniana bench likelihood} prints
 * ({@link org.miniana.likelihood.bench.LikelihoodBenchmark}). Not API: exported only to the command
 * line and the likelihood's tests.
 */
package org.miniana.likelihood.bench;
