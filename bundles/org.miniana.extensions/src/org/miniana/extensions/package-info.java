/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Reading the contributions to an extension point, for the registries of
 * signal providers, optimizers and report generators: {@link org.miniana.extensions.Contributions}
 * reads and checks them without loading a class, logs and skips malformed ones and taken ids, and
 * creates each contribution's class once, on first use ({@link org.miniana.extensions.Contribution}).
 */
package org.miniana.extensions;
