/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;

import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.miniana.ui.WidgetIds;
import org.miniana.ui.internal.MiniAnalysisPerspective;
import org.miniana.ui.views.BinResultsView;

class BinResultsViewTest {

    @Test
    void perspectiveShowsAllRa2BinsInTheBinResultsView() throws Exception {
        IWorkbench workbench = PlatformUI.getWorkbench();
        IWorkbenchWindow window = workbench.getWorkbenchWindows()[0];
        IWorkbenchPage page = workbench.showPerspective(MiniAnalysisPerspective.ID, window);
        assertEquals(MiniAnalysisPerspective.ID, page.getPerspective().getId());
        assertNotNull(page.findView(BinResultsView.ID), "the perspective opens the Bin Results view");

        Table table = UiTestSupport.find(window.getShell(), Table.class, WidgetIds.BIN_RESULTS_TABLE);
        UiTestSupport.waitUntil("160 rows in the Bin Results view", () -> table.getItemCount() == 160,
                Duration.ofMinutes(2));
        assertEquals("0", table.getItem(0).getText(0));
        assertEquals("5180", table.getItem(0).getText(5));
        assertEquals("3-4", table.getItem(0).getText(1));
        assertEquals("159", table.getItem(159).getText(0));
        assertEquals(">=9", table.getItem(159).getText(1));
        assertEquals("Total", table.getColumn(table.getColumnCount() - 3).getText());
        // Bin 159: the errors derived from the cards are shown, not zero.
        assertNotEquals("0.00", table.getItem(159).getText(table.getColumnCount() - 2));
    }
}
