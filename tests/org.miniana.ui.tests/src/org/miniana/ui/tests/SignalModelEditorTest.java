/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.miniana.core.AnalysisRun;
import org.miniana.core.Ra2Search;
import org.miniana.core.SignalModel;
import org.miniana.core.SignalVariation;
import org.miniana.stats.ExpectedLimits;
import org.miniana.ui.WidgetIds;
import org.miniana.ui.editor.SignalModelEditor;
import org.miniana.ui.editor.SignalModelEditorInput;
import org.miniana.ui.navigator.DatabaseNavigatorView;
import org.miniana.ui.session.DatabaseSession;
import org.miniana.ui.testing.Input;
import org.miniana.ui.testing.Jobs;
import org.miniana.ui.testing.Menus;
import org.miniana.ui.testing.Modal;
import org.miniana.ui.testing.Screenshots;
import org.miniana.ui.testing.Waits;
import org.miniana.ui.testing.Widgets;
import org.miniana.ui.testing.Workbench;

/** Opens a stored model from the navigator and edits, undoes, redoes and saves a yield. */
class SignalModelEditorTest {

    private static final String NAME = "UITEST_T1tttt_1500_200";

    private SignalModelEditor editor;
    private Shell shell;
    private Table yields;

    @BeforeEach
    void openTheModelFromTheNavigator() {
        SignalModel model = TestModels.model(NAME, 200);
        // the jet energy scale: +10% / -5% in every bin
        TestModels.store(new SignalModel(NAME, model.family(), model.parameters(), model.crossSectionPb(),
                model.provenance(), model.yields(), List.of(SignalVariation.of("JECUnc",
                        model.yields().stream().mapToDouble(yield -> 1.1 * yield.value()).toArray(),
                        model.yields().stream().mapToDouble(yield -> 0.95 * yield.value()).toArray()))));
        shell = Workbench.window().getShell();
        Tree tree = Widgets.byId(shell, Tree.class, WidgetIds.NAVIGATOR_TREE);
        Input.doubleClick(Widgets.treeItem(tree, "Signal models", "T1tttt", "mGluino = 1500", NAME));
        editor = (SignalModelEditor) Workbench.page().getActiveEditor();
        assertEquals(NAME, editor.getPartName());
        Input.select(Widgets.tab(shell, "Yields"));
        yields = Widgets.byId(shell, Table.class, WidgetIds.MODEL_YIELDS_TABLE);
        assertEquals(160, yields.getItemCount());
    }

    @AfterEach
    void close() {
        Workbench.page().closeEditor(editor, false);
    }

    @Test
    void editUndoRedoAndSaveAYieldWithTheDirtyMarker() {
        assertEquals("0.55", cell(5));
        assertFalse(editor.isDirty());

        assertEquals("+10.0% / -5.0%", Widgets.columnTexts(yields, "JECUnc").get(5));
        // maximized, as a double-click on its tab does, so that the variation's column is in the picture
        ScrolledForm yieldsForm = Widgets.byId(shell, ScrolledForm.class, WidgetIds.MODEL_FORM + ".yields");
        Point small = yieldsForm.getSize();
        var editorPart = Workbench.page().getReference(editor);
        Workbench.page().setPartState(editorPart, IWorkbenchPage.STATE_MAXIMIZED);
        try {
            Waits.until("the maximized editor's new size", () -> !yieldsForm.getSize().equals(small),
                    Duration.ofSeconds(10));
            Screenshots.capture(yieldsForm, "editor-yields");
        } finally {
            Workbench.page().setPartState(editorPart, IWorkbenchPage.STATE_RESTORED);
        }
        Input.editCell(yields, 5, "Yield", "2.5");
        assertEquals("2.5", cell(5));
        assertEquals("+10.0% / -5.0%", Widgets.columnTexts(yields, "JECUnc").get(5), "a variation keeps its factors");
        assertTrue(editor.isDirty());
        assertTrue(hasTab("*" + NAME), "the editor tab shows the dirty marker");

        Workbench.execute(IWorkbenchCommandConstants.EDIT_UNDO);
        assertEquals("0.55", cell(5));
        assertFalse(editor.isDirty(), "undoing the only edit returns to the saved state");
        assertTrue(hasTab(NAME));

        Workbench.execute(IWorkbenchCommandConstants.EDIT_REDO);
        assertEquals("2.5", cell(5));
        assertTrue(editor.isDirty());

        Workbench.execute(IWorkbenchCommandConstants.FILE_SAVE);
        assertFalse(editor.isDirty());
        assertTrue(hasTab(NAME), "the dirty marker is gone after saving");
        SignalModel stored = DatabaseSession.get().database().signalModels().get(Ra2Search.ANALYSIS.name(), NAME);
        assertEquals(2.5, stored.yield(5).value());
        assertEquals(0.1, stored.yield(5).mcStatError());
        assertEquals(0.56, stored.yield(6).value(), 1e-15);
        assertEquals(2.75, stored.variations().get(0).up().get(5), 1e-12);
    }

    /**
     * Save of a model with runs says what becomes of them first; they stay, with the yields they
     * were made with, listed under the model as made with earlier yields.
     */
    @Test
    void saveKeepsTheRunsWithTheYieldsTheyWereMadeWith() {
        var database = DatabaseSession.get().database();
        database.runs().store(new AnalysisRun(Ra2Search.ANALYSIS.name(), NAME, "greedy-q", "hybrid", List.of(5), "",
                0.55, 2, 0.5, 0.5, 3, 0.1, 1.3, 0.2, 0.8, 4.5, new ExpectedLimits(1, 2, 3, 4, 5), 2, Instant.now(), "",
                null, null, 0.1, 0.1));
        Input.editCell(yields, 5, "Yield", "2.5");

        AtomicReference<String> told = new AtomicReference<>();
        Modal.drive(() -> Workbench.execute(IWorkbenchCommandConstants.FILE_SAVE), "Save " + NAME, dialog -> {
            told.set(Widgets.all(dialog, Label.class, label -> label.getText().startsWith("Saving")).get(0).getText());
            Screenshots.capture(dialog, "save-keeps-runs-dialog");
            Input.click(Widgets.button(dialog, "OK"));
        }, Duration.ofSeconds(10));
        assertTrue(told.get().contains("Its run made with the yields stored until now is kept with those yields"),
                told.get());
        assertFalse(editor.isDirty());
        assertEquals(2.5, database.signalModels().get(Ra2Search.ANALYSIS.name(), NAME).yield(5).value());
        assertEquals(List.of(), database.runs().forModel(Ra2Search.ANALYSIS.name(), NAME));
        var earlier = database.runs().earlierForModel(Ra2Search.ANALYSIS.name(), NAME);
        assertEquals(1, earlier.size());
        assertEquals(0.55, earlier.get(0).yields().get(5).value(), "the run keeps the yield it was made with");

        Jobs.waitFor(DatabaseNavigatorView.LOAD_FAMILY, Duration.ofSeconds(30));
        Tree tree = Widgets.byId(shell, Tree.class, WidgetIds.NAVIGATOR_TREE);
        TreeItem model = Widgets.treeItem(tree, "Signal models", "T1tttt", "mGluino = 1500", NAME);
        Input.expand(model);
        assertTrue(Arrays.stream(model.getItems()).anyMatch(run -> run.getText().endsWith("(earlier yields)")),
                Arrays.toString(model.getItems()));
    }

    @Test
    void overviewShowsEveryParameterValueWhole() throws Exception {
        // the masses of a simulated model, and a parameter with a long value
        SignalModel simple = TestModels.model("UITEST_PARAMETERS", 100);
        Map<String, Double> parameters = new LinkedHashMap<>(simple.parameters());
        parameters.put("events", 1_000_000.0);
        TestModels.store(new SignalModel(simple.name(), simple.family(), parameters, simple.crossSectionPb(),
                simple.provenance(), simple.yields()));
        Workbench.page().closeEditor(editor, false); // one parameter table in the window
        IEditorPart overview = Workbench.page().openEditor(new SignalModelEditorInput(Ra2Search.ANALYSIS.name(), simple.name()), SignalModelEditor.ID);
        try {
            Input.select(Widgets.tab(shell, "Overview"));
            Table table = Widgets.byId(shell, Table.class, WidgetIds.MODEL_PARAMETERS_TABLE);
            ScrolledForm form = Widgets.byId(shell, ScrolledForm.class, WidgetIds.MODEL_FORM + ".overview");
            Screenshots.capture(form, "editor-overview");
            assertEveryCellWhole(table, parameters.size(), shell.getDisplay().map(form, null, form.getClientArea()));
        } finally {
            Workbench.page().closeEditor(overview, false);
        }
    }

    /** Every cell lies in the table's client area and in {@code page} (display coordinates), its text not cut. */
    private static void assertEveryCellWhole(Table parameters, int rows, Rectangle page) {
        assertEquals(rows, parameters.getItemCount());
        Rectangle visible = parameters.getClientArea();
        GC gc = new GC(parameters);
        try {
            for (TableItem row : parameters.getItems()) {
                for (int column = 0; column < 2; column++) {
                    Rectangle cell = row.getBounds(column);
                    assertTrue(visible.contains(cell.x + cell.width - 1, cell.y + cell.height - 1),
                            "cell " + row.getText(column) + " " + cell + " in view " + visible);
                    Rectangle onScreen = parameters.getDisplay().map(parameters, null, cell);
                    assertTrue(page.contains(onScreen.x + onScreen.width - 1, onScreen.y + onScreen.height - 1),
                            "cell " + row.getText(column) + " " + onScreen + " on the page " + page);
                    assertTrue(gc.textExtent(row.getText(column)).x < cell.width, "the whole of " + row.getText(column));
                }
            }
        } finally {
            gc.dispose();
        }
    }

    @Test
    void refusesNegativeAndNonNumericYieldsWithAClearMessage() {
        ScrolledForm form = Widgets.byId(shell, ScrolledForm.class, WidgetIds.MODEL_FORM + ".yields");
        Input.editCell(yields, 6, "Yield", "-1");
        assertEquals("Bin 6: the yield must not be negative: -1", form.getMessage());
        assertEquals("0.56", cell(6));
        assertFalse(editor.isDirty());

        Input.editCell(yields, 6, "MC stat. error", "abc");
        assertEquals("Bin 6: the mc stat. error must be a plain decimal number, not 'abc'", form.getMessage());
        assertFalse(editor.isDirty());

        Input.editCell(yields, 6, "Yield", "0.75");
        assertNull(form.getMessage(), "a valid edit clears the message");
        assertEquals("0.75", cell(6));
        assertTrue(editor.isDirty());

        // a refused input, then Edit > Undo (chosen in the menu): the message was about the refused input
        Input.editCell(yields, 6, "Yield", "-2");
        assertEquals("Bin 6: the yield must not be negative: -2", form.getMessage());
        Menus.click(Menus.item(shell, "Edit", "Undo Set yield of bin 6"));
        assertEquals("0.56", cell(6));
        assertNull(form.getMessage(), "the error is gone with the change it was about");
    }

    private String cell(int row) {
        return yields.getItem(row).getText(Widgets.column(yields, "Yield"));
    }

    private boolean hasTab(String text) {
        return Widgets.all(shell, CTabFolder.class, folder -> true).stream()
                .flatMap(folder -> Arrays.stream(folder.getItems())).map(CTabItem::getText).anyMatch(text::equals);
    }
}
