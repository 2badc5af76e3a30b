/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.miniana.core.BinYields;
import org.miniana.core.Ra2Search;
import org.miniana.core.SearchResult;
import org.miniana.ui.WidgetIds;
import org.miniana.ui.session.DatabaseSession;
import org.miniana.ui.session.RunContext;
import org.miniana.ui.testing.Input;
import org.miniana.ui.testing.Waits;
import org.miniana.ui.testing.Widgets;
import org.miniana.ui.testing.Workbench;
import org.miniana.ui.views.BinResultsView;

class BinResultsViewTest {

    private Table table;
    private SearchResult ra2;

    @BeforeEach
    void showRa2() {
        Workbench.showView(BinResultsView.ID, BinResultsView.class);
        ra2 = DatabaseSession.get().searchResult(Ra2Search.ANALYSIS.name());
        RunContext.get().show(RunContext.State.of(ra2));
        table = Widgets.byId(Workbench.window().getShell(), Table.class, WidgetIds.BIN_RESULTS_TABLE);
        Input.type(Widgets.byId(Workbench.window().getShell(), Text.class, WidgetIds.BIN_RESULTS_FILTER), "");
        Waits.until("160 rows in the Bin Results view", () -> table.getItemCount() == 160, TestModels.LOAD);
    }

    @Test
    void showsEveryRa2BinWithItsRangesCountsAndErrors() {
        assertEquals("0", table.getItem(0).getText(Widgets.column(table, "Bin")));
        assertEquals("5180", table.getItem(0).getText(Widgets.column(table, "Observed")));
        assertEquals("3-4", table.getItem(0).getText(Widgets.column(table, "Njets")));
        assertEquals("159", table.getItem(159).getText(0));
        assertEquals(">=9", table.getItem(159).getText(Widgets.column(table, "Njets")));
        for (var process : Ra2Search.PROCESSES) {
            Widgets.column(table, process.label());
        }
        assertEquals(String.format("%.2f", ra2.bins().get(17).totalBackground()),
                table.getItem(17).getText(Widgets.column(table, "Total")));
        // Bin 159: the errors derived from the cards are shown, not zero.
        assertNotEquals("0.00", table.getItem(159).getText(Widgets.column(table, "+Error")));
        // no model and no run shown: no signal and no ticks
        assertTrue(Widgets.columnTexts(table, "Signal").stream().allMatch(String::isEmpty));
        assertTrue(Widgets.columnTexts(table, "Merged").stream().allMatch(String::isEmpty));
    }

    @Test
    void sortsByAColumnAndReversesOnASecondClick() {
        Input.clickHeader(table, "Observed");
        List<Long> ascending = observedCounts();
        List<Long> expected = new ArrayList<>(ra2.bins().stream().map(BinYields::observed).toList());
        expected.sort(Comparator.naturalOrder());
        assertEquals(expected, ascending);
        Input.clickHeader(table, "Observed");
        expected.sort(Comparator.reverseOrder());
        assertEquals(expected, observedCounts());
        Input.clickHeader(table, "Bin");
        assertEquals("0", table.getItem(0).getText(0));
    }

    @Test
    void filtersByTheWordsOfTheBinRanges() {
        Text filter = Widgets.byId(Workbench.window().getShell(), Text.class, WidgetIds.BIN_RESULTS_FILTER);
        Input.type(filter, "Njets >=9, Nb 0");
        // 10 HT-MHT boxes in the highest jet class with no b tag
        List<String> expected = ra2.bins().stream().map(BinYields::bin)
                .filter(bin -> bin.njets().lower() == 9 && bin.nb().lower() == 0)
                .map(bin -> Integer.toString(bin.index())).toList();
        assertEquals(10, expected.size());
        assertEquals(expected, Widgets.columnTexts(table, "Bin"));
        Input.type(filter, "bin 7");
        assertEquals(List.of("7"), Widgets.columnTexts(table, "Bin"));
        Input.type(filter, "");
        assertEquals(160, table.getItemCount());
    }

    private List<Long> observedCounts() {
        return Widgets.columnTexts(table, "Observed").stream().map(Long::valueOf).toList();
    }
}
