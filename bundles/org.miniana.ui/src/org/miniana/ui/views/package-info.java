/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The result views: Bin Results, Projections, Significance and Scan Map,
 * showing the current run or scan with the figures of {@code org.miniana.figure.analysis}.
 */
package org.miniana.ui.views;
