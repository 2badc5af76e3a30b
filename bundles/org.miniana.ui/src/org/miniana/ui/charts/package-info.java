/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Figures on screen: {@link org.miniana.ui.charts.FigureCanvas} shows the
 * renderer's image of a figure at the size of its view, so that the screen draws exactly what the
 * reports draw.
 */
package org.miniana.ui.charts;
