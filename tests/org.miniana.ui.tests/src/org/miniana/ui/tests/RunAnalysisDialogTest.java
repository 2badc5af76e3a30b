/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.miniana.core.Ra2Search;
import org.miniana.core.SignalModel;
import org.miniana.ui.run.RunAnalysisDialog;
import org.miniana.ui.run.RunAnalysisHandler;
import org.miniana.ui.session.DatabaseSession;
import org.miniana.ui.testing.Input;
import org.miniana.ui.testing.Menus;
import org.miniana.ui.testing.Modal;
import org.miniana.ui.testing.Waits;
import org.miniana.ui.testing.Widgets;
import org.miniana.ui.testing.Workbench;

/** The model field of Run Analysis with a thousand stored models: its text lists the models that match. */
class RunAnalysisDialogTest {

    private static final int MODELS = 1000;

    @Test
    void partOfANameListsTheMatchingModelsOfAThousand() {
        // a family of their own, so that the navigator's other families stay as the other tests expect
        List<SignalModel> many = IntStream.range(0, MODELS).mapToObj(i -> TestModels.model("UITEST_MANY_" + i, i))
                .map(model -> new SignalModel(model.name(), "UITEST_MANY", model.parameters(), model.crossSectionPb(),
                        model.provenance(), model.yields()))
                .toList();
        var store = DatabaseSession.get().database().signalModels();
        store.store(Ra2Search.ANALYSIS.name(), many, true);
        DatabaseSession.get().changed(DatabaseSession.Change.MODELS);
        try {
            chooseAmong(many);
        } finally {
            many.forEach(model -> store.delete(Ra2Search.ANALYSIS.name(), model.name()));
            DatabaseSession.get().changed(DatabaseSession.Change.MODELS);
        }
    }

    private static void chooseAmong(List<SignalModel> many) {
        Set<String> expected = Stream.concat(Stream.of("UITEST_MANY_99"),
                IntStream.range(990, 1000).mapToObj(i -> "UITEST_MANY_" + i)).collect(Collectors.toSet());
        AtomicReference<Set<String>> listed = new AtomicReference<>();
        AtomicReference<String> problem = new AtomicReference<>();

        Modal.drive(() -> Workbench.execute(RunAnalysisHandler.COMMAND), RunAnalysisDialog.TITLE, dialog -> {
            Combo model = Widgets.labelled(dialog, Combo.class, "Signal model");
            assertTrue(model.getItemCount() >= many.size(), "every stored model can be chosen");
            model.setFocus();
            // All but the last character at once, then the last one typed: it opens the pop-up. Typed
            // key by key, the pop-up can open at the first key and then not follow the others when
            // they arrive slowly (noted on the workbench issue).
            model.setText("many_9");
            model.setSelection(new Point(6, 6));
            Menus.press('9');
            Waits.until("the list of the models matching the text", () -> proposals(dialog).length > 0,
                    Duration.ofSeconds(30));
            listed.set(Arrays.stream(proposals(dialog)).map(TableItem::getText).collect(Collectors.toSet()));
            Menus.press((char) SWT.ESC);
            Input.click(Widgets.button(dialog, "OK"));
            problem.set(((TitleAreaDialog) dialog.getData()).getErrorMessage());
            Input.click(Widgets.button(dialog, "Cancel"));
        }, TestModels.LOAD);

        assertEquals(expected, listed.get());
        assertTrue(problem.get().startsWith("Choose one of the 11 models whose names contain"), problem.get());
        assertEquals(List.of("UITEST_MANY_1", "UITEST_MANY_10"),
                RunAnalysisDialog.matching(List.of("UITEST_MANY_1", "UITEST_MANY_2", "UITEST_MANY_10"), " many_1 "));
    }

    /** The rows of the proposal pop-up: a shell other than the dialog's with a table. */
    private static TableItem[] proposals(Shell dialog) {
        return Arrays.stream(dialog.getDisplay().getShells()).filter(shell -> shell != dialog && shell.isVisible()
                && shell.getParent() == dialog).flatMap(shell -> Widgets.all(shell, Table.class, table -> true).stream())
                .findFirst().map(Table::getItems).orElse(new TableItem[0]);
    }
}
