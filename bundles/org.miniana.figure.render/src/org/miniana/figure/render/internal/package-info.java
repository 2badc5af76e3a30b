/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The renderer's layout and painting (panels, ticks, legends, colour
 * bars) and its fonts. Not API: use {@link org.miniana.figure.render.FigureRenderer}.
 */
package org.miniana.figure.render.internal;
