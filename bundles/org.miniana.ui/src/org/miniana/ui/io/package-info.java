/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Import and export in the workbench: search results and signal models
 * as JSON or CSV, and the full model as Combine cards or a pyhf workspace.
 */
package org.miniana.ui.io;
