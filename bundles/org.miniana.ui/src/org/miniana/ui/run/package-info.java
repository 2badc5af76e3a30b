/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Running analyses and scans from the workbench: the dialogs, their handlers
 * and the jobs that call {@code org.miniana.analysis} off the UI thread.
 */
package org.miniana.ui.run;
