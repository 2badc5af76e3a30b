/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Made-up RA2 signal shapes
 * ({@link org.miniana.optimize.bench.Ra2SyntheticSignal}) on which {@code miniana bench} times the
 * optimizers and the likelihood and the tests check them. Not API: exported only to the command line
 * and the test bundles that use it.
 */
package org.miniana.optimize.bench;
