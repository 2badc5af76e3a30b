/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.miniana.core.BinYields;
import org.miniana.core.Ra2Search;
import org.miniana.core.SearchBin;
import org.miniana.core.SearchResult;
import org.miniana.ui.WidgetIds;
import org.miniana.ui.session.DatabaseSession;
import org.miniana.ui.session.RunContext;
import org.miniana.ui.testing.Input;
import org.miniana.ui.testing.Screenshots;
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
    void filtersByRangesOnTheBinAxesAndCountsTheRowsShown() {
        Text filter = Widgets.byId(Workbench.window().getShell(), Text.class, WidgetIds.BIN_RESULTS_FILTER);
        Label error = Widgets.byId(Workbench.window().getShell(), Label.class, WidgetIds.BIN_RESULTS_FILTER_ERROR);
        BinResultsView view = Workbench.showView(BinResultsView.ID, BinResultsView.class);
        assertTrue(view.getContentDescription().startsWith("CMS-PAS-SUS-16-014: 160 of 160 bins"),
                view.getContentDescription());

        Input.type(filter, "Njets 7-8, Nb >= 3, MHT > 500, HT >= 1000");
        List<String> expected = binsWhere(bin -> bin.njets().lower() >= 7 && bin.njets().upper() <= 9
                && bin.nb().lower() >= 3 && bin.mht().lower() >= 500 && bin.ht().lower() >= 1000);
        assertFalse(expected.isEmpty());
        assertEquals(expected, Widgets.columnTexts(table, "Bin"));
        assertTrue(view.getContentDescription().startsWith("CMS-PAS-SUS-16-014: " + expected.size() + " of 160 bins"),
                view.getContentDescription());
        assertFalse(error.isVisible());

        // the filters that matched nothing as text
        Input.type(filter, "Nb >=2");
        assertEquals(binsWhere(bin -> bin.nb().lower() >= 2), Widgets.columnTexts(table, "Bin"));
        Input.type(filter, "Njets 9");
        assertEquals(binsWhere(bin -> bin.njets().contains(9)), Widgets.columnTexts(table, "Bin"));
        assertEquals(40, table.getItemCount(), "4 b-tag classes x 10 (HT, MHT) boxes with at least 9 jets");
        Input.type(filter, "bin 7");
        assertEquals(List.of("7"), Widgets.columnTexts(table, "Bin"));

        // an unreadable filter is not applied, and says why
        Input.type(filter, "Nbb >= 3");
        assertTrue(error.isVisible());
        assertTrue(error.getText().contains("unknown variable"), error.getText());
        assertEquals(160, table.getItemCount());
        Screenshots.capture(table.getParent(), "view-bin-results-filter-error");
        Input.type(filter, "");
        assertFalse(error.isVisible());
        assertEquals(160, table.getItemCount());
    }

    private List<String> binsWhere(Predicate<SearchBin> test) {
        return ra2.bins().stream().map(BinYields::bin).filter(test).map(bin -> Integer.toString(bin.index())).toList();
    }

    private List<Long> observedCounts() {
        return Widgets.columnTexts(table, "Observed").stream().map(Long::valueOf).toList();
    }
}
