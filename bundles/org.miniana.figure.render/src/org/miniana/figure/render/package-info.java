/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Headless rendering of a {@link org.miniana.figure.Figure}:
 * {@link org.miniana.figure.render.FigureRenderer} draws it with Java2D into an image or a PNG file, or
 * as vector PDF through PDFBox, and tells where each panel's plot area lies
 * ({@link org.miniana.figure.render.PlotArea}) so that the workbench can map pixels to data.
 */
package org.miniana.figure.render;
