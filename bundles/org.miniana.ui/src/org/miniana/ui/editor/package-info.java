/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The signal model editor (overview, yields table and chart) and the
 * Generate Model dialog, with the edits, undo and the sources a model can come from.
 */
package org.miniana.ui.editor;
