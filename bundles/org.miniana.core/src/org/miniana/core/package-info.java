/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The domain records every other bundle shares: the search and its bins
 * ({@link org.miniana.core.Analysis}, {@link org.miniana.core.SearchResult},
 * {@link org.miniana.core.SearchBin}, {@link org.miniana.core.BinYields}), signal models
 * ({@link org.miniana.core.SignalModel}), stored runs ({@link org.miniana.core.AnalysisRun}) and the
 * RA2 bin grid ({@link org.miniana.core.Ra2Search}), with the input checks and user-facing failure
 * messages they use. Plain immutable data: no persistence and no computation beyond checks.
 */
package org.miniana.core;
