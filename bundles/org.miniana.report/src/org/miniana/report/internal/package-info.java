/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
/** The built-in report generators; not API. */
package org.miniana.report.internal;
