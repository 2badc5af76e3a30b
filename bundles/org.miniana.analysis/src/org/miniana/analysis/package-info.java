/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The service both products call: one single-bin analysis of a signal model
 * ({@link org.miniana.analysis.SingleBinAnalysis}: blind design of a merged bin, then its counting
 * test, {@link org.miniana.analysis.CountingTest}, and optionally the full likelihood), mass scans
 * ({@link org.miniana.analysis.MassScan}, {@link org.miniana.analysis.ScanResult}), where models come
 * from ({@link org.miniana.analysis.ModelSource}) and the export of the full model as Combine cards or
 * a pyhf workspace ({@link org.miniana.analysis.ModelExport}). The command line and the workbench
 * both go through it, so that they agree to the last digit.
 */
package org.miniana.analysis;
