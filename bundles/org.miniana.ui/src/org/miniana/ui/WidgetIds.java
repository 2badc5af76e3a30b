/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui;

import org.eclipse.swt.widgets.Widget;

/**
 * Stable ids on the workbench's important widgets, so that UI tests (and accessibility
 * tooling) find them without depending on layout or labels.
 */
public final class WidgetIds {

    /** The {@link Widget#getData(String)} key that holds a widget's id. */
    public static final String KEY = "org.miniana.ui.widgetId";

    public static final String BIN_RESULTS_TABLE = "binResults.table";

    private WidgetIds() {
    }

    public static void set(Widget widget, String id) {
        widget.setData(KEY, id);
    }
}
