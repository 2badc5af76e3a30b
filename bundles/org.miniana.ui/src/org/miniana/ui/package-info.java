/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The workbench's shared pieces: labels and widget ids of its controls
 * ({@link org.miniana.ui.Labels}, {@link org.miniana.ui.WidgetIds}) and a dialog of fields. The
 * workbench itself (application, advisors, perspective) is in {@code org.miniana.ui.internal}.
 */
package org.miniana.ui;
