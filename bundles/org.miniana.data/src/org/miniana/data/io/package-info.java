/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The JSON and CSV file formats of search results, signal models and bin
 * definitions ({@link org.miniana.data.io.SearchResultJson}, {@link org.miniana.data.io.SignalModelJson},
 * {@link org.miniana.data.io.SearchResultCsv}, {@link org.miniana.data.io.SignalModelCsv}), read and
 * written for import, export and the file signal provider; bad input is reported with file, line and
 * problem.
 */
package org.miniana.data.io;
