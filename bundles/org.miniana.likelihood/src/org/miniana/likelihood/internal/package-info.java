/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The bounded minimiser behind the likelihood fits and the Combine log-kappa interpolation.
 * Not API: friends only.
 */
package org.miniana.likelihood.internal;
