/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.miniana.data.DefaultDatabase;
import org.miniana.ui.WidgetIds;
import org.miniana.ui.internal.MiniAnalysisPerspective;
import org.miniana.ui.navigator.DatabaseNavigatorView;
import org.miniana.ui.session.WorkbenchJob;
import org.miniana.ui.testing.Input;
import org.miniana.ui.testing.Jobs;
import org.miniana.ui.testing.Waits;
import org.miniana.ui.testing.Widgets;
import org.miniana.ui.testing.Workbench;
import org.miniana.ui.views.BinResultsView;

class WorkbenchTest {

    @Test
    void perspectiveShowsTheDatabaseItsModelsByFamilyAndMassAndWhichDatabaseIsInUse() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(MiniAnalysisPerspective.ID,
                Workbench.window());
        assertEquals(MiniAnalysisPerspective.ID, page.getPerspective().getId());
        assertNotNull(page.findView(DatabaseNavigatorView.ID), "the perspective opens the navigator");
        assertNotNull(page.findView(BinResultsView.ID), "the perspective opens the Bin Results view");
        TestModels.store(TestModels.model("UITEST_T1tttt_1500_300", 300));
        TestModels.store(TestModels.model("UITEST_T1tttt_1500_100", 100));
        Jobs.waitFor(WorkbenchJob.FAMILY, TestModels.LOAD);

        var shell = Workbench.window().getShell();
        Tree tree = Widgets.byId(shell, Tree.class, WidgetIds.NAVIGATOR_TREE);
        TreeItem analysis = Widgets.treeItem(tree, "Analyses", "CMS-PAS-SUS-16-014 (160 bins)");
        Input.expand(analysis);
        assertEquals(160, analysis.getItemCount());
        TreeItem mass = Widgets.treeItem(tree, "Signal models", "T1tttt", "mGluino = 1500");
        Input.expand(mass);
        List<String> models = Arrays.stream(mass.getItems()).map(TreeItem::getText)
                .filter(name -> name.startsWith("UITEST_")).toList();
        // grouped by mother mass, ordered by the LSP mass within the group
        assertEquals(List.of("UITEST_T1tttt_1500_100", "UITEST_T1tttt_1500_300"), models);

        CLabel status = Widgets.byId(shell, CLabel.class, WidgetIds.STATUS_DATABASE);
        Path database = Path.of(System.getProperty(DefaultDatabase.PROPERTY)).toAbsolutePath().normalize();
        assertEquals("Database: " + database, status.getText());
    }

    @Test
    void doubleClickOnABinSelectsItInTheBinResults() {
        Jobs.waitFor(WorkbenchJob.FAMILY, TestModels.LOAD);
        var shell = Workbench.window().getShell();
        Tree tree = Widgets.byId(shell, Tree.class, WidgetIds.NAVIGATOR_TREE);
        // its folders: Analyses, Signal models, and Scans once a test has stored one
        Waits.until("the navigator to list the analyses",
                () -> Arrays.stream(tree.getItems()).anyMatch(item -> item.getText().equals("Analyses")), TestModels.LOAD);
        TreeItem analysis = Widgets.treeItem(tree, "Analyses", "CMS-PAS-SUS-16-014 (160 bins)");
        Input.expand(analysis);
        TreeItem bin = analysis.getItem(42);
        assertEquals("Bin 42: Njets 5-6, Nb 0, HT >1000, MHT 300-350", bin.getText());
        Input.doubleClick(bin);
        Table table = Widgets.byId(shell, Table.class, WidgetIds.BIN_RESULTS_TABLE);
        Waits.until("the Bin Results view to show the bins", () -> table.getItemCount() > 0, TestModels.LOAD);
        assertEquals(1, table.getSelectionCount());
        assertEquals("42", table.getSelection()[0].getText(Widgets.column(table, "Bin")));
    }
}
