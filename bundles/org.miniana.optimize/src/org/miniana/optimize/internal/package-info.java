/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The built-in optimizers, each contributed to the extension point
 * {@code org.miniana.optimize.optimizers} by the bundle's plugin.xml. Not API: clients find them
 * through {@link org.miniana.optimize.OptimizerRegistry}.
 */
package org.miniana.optimize.internal;
