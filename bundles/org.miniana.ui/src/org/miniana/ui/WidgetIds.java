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
    public static final String BIN_RESULTS_FILTER = "binResults.filter";
    public static final String BIN_RESULTS_FILTER_ERROR = "binResults.filterError";
    public static final String USER_GUIDE_TEXT = "help.userGuide";
    public static final String BIN_RESULTS_ONLY_MERGED = "binResults.onlyMerged";
    public static final String NAVIGATOR_TREE = "navigator.tree";
    public static final String STATUS_DATABASE = "status.database";
    public static final String PLUGINS_TABLE = "plugins.table";
    public static final String MODEL_FORM = "signalModel.form";
    public static final String MODEL_YIELDS_TABLE = "signalModel.yields";
    public static final String MODEL_YIELDS_CHART = "signalModel.chart";
    public static final String MODEL_CROSS_SECTION = "signalModel.crossSection";
    public static final String MODEL_PARAMETERS_TABLE = "signalModel.parameters";
    public static final String SIGNIFICANCE_TABLE = "significance.table";
    public static final String SCAN_TABLE = "scanMap.table";
    public static final String SCAN_CHART = "scanMap.chart";
    public static final String PROJECTIONS_TABS = "projections.tabs";
    public static final String PROJECTIONS_CHART = "projections.chart";
    public static final String P_VALUE_CHART = "significance.pValueChart";

    private WidgetIds() {
    }

    public static void set(Widget widget, String id) {
        widget.setData(KEY, id);
    }
}
