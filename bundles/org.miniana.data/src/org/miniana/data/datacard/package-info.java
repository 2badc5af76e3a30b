/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Combine datacards: the parser ({@link org.miniana.data.datacard.DatacardParser}),
 * the RA2 importer that reads the bundled cards into a search result and its full statistical model
 * ({@link org.miniana.data.datacard.Ra2DatacardImporter}), pre-fit predictions, and the writers of
 * cards and pyhf workspaces ({@link org.miniana.data.datacard.CombineCards},
 * {@link org.miniana.data.datacard.PyhfWorkspace}).
 */
package org.miniana.data.datacard;
