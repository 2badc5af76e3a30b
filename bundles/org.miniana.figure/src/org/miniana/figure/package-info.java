/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The figure model: a plain, immutable description of a physics figure
 * ({@link org.miniana.figure.Figure}: panels, axes, layers such as stacked histograms, bands, colour
 * maps and contours, texts and legends), with no AWT or SWT and no dependency on the analysis, so that
 * builders ({@code org.miniana.figure.analysis}) and renderers ({@code org.miniana.figure.render}, the
 * workbench) meet here. {@link org.miniana.figure.Contours} traces contour lines on a grid.
 */
package org.miniana.figure;
