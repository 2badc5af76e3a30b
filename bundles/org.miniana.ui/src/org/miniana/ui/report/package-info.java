/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The Generate Report dialog and its handler: the report generators of the
 * registry run on the run shown.
 */
package org.miniana.ui.report;
