/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The figures of an analysis run and of a mass scan, built as
 * {@link org.miniana.figure.Figure} models: projections of the RA2 bins, the bin map and the p-value
 * figure of a run, the significance and limit maps of a scan with their exclusion contours
 * ({@link org.miniana.figure.analysis.RunFigures}, {@link org.miniana.figure.analysis.ExclusionContours}).
 * The reports and the workbench draw the same models.
 */
package org.miniana.figure.analysis;
