/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Reports of analysis runs and scans: the extension point
 * {@code org.miniana.report.generators} with its {@link org.miniana.report.ReportGenerator} interface,
 * what a generator gets ({@link org.miniana.report.ReportContext}: the run, its rendered figures and
 * numbers) and the registry that renders the figures, runs the chosen generators and moves their
 * files into place atomically ({@link org.miniana.report.ReportRegistry}).
 */
package org.miniana.report;
