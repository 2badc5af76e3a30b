/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The {@code miniana} command line: the Equinox application
 * ({@link org.miniana.headless.MinianaApplication}) and its picocli commands, which parse, call the
 * services of {@code org.miniana.analysis}, {@code org.miniana.data} and {@code org.miniana.report},
 * and print text or JSON documents. Exported for the product tests only: nothing here is API.
 */
package org.miniana.headless;
