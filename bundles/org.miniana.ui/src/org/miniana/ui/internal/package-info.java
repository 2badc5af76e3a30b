/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The workbench application, its advisors, perspective, status line,
 * exit guard and Help handlers. Not API: exported to the UI test fragment only.
 */
package org.miniana.ui.internal;
