/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.miniana.core.Ra2Search;
import org.miniana.core.SignalModel;
import org.miniana.ui.io.ExportModelHandler;
import org.miniana.ui.testing.Input;
import org.miniana.ui.testing.Jobs;
import org.miniana.ui.testing.Menus;
import org.miniana.ui.testing.Modal;
import org.miniana.ui.testing.Screenshots;
import org.miniana.ui.testing.Widgets;
import org.miniana.ui.testing.Workbench;

/** File > Export pyhf Workspace... and File > Export Combine Cards..., driven as a user would. */
class ModelExportTest {

    private static final Duration OPEN = Duration.ofSeconds(30);

    @Test
    void exportsThePyhfWorkspaceWithASignalAndRefusesToReplaceIt() throws Exception {
        SignalModel model = TestModels.store(TestModels.model("ui_export_T1tttt", 100));
        Path file = Files.createTempDirectory("miniana-ui-export").resolve("ra2.json");

        List<IStatus> ended = export(ExportModelHandler.PYHF_COMMAND, ExportModelHandler.PYHF_TITLE, dialog -> {
            assertEquals(Ra2Search.ANALYSIS.name(), Widgets.labelled(dialog, Combo.class, "Search").getText());
            Combo signal = Widgets.labelled(dialog, Combo.class, "Signal model");
            assertEquals("(none: background only)", signal.getText());
            Input.select(signal, model.name());
            Input.type(Widgets.labelled(dialog, Text.class, "Output file"), file.toString());
            Screenshots.capture(dialog, "export-pyhf-dialog");
        }, ExportModelHandler.DONE_TITLE, "pyhf workspace written to " + file);
        assertEquals(IStatus.OK, ended.get(0).getSeverity(), ended.toString());
        String workspace = Files.readString(file);
        assertTrue(workspace.contains("\"poi\" : \"mu\""), "the POI");
        assertTrue(workspace.contains("\"version\" : \"1.0.0\""), "pyhf's schema version");
        assertTrue(workspace.contains("\"name\" : \"" + Ra2Search.ANALYSIS.name() + " / " + model.name() + "\""),
                "the measurement names the search and the signal");
        // the signal of bin 117 is the model's 0.5 + 0.01 * 117
        assertTrue(workspace.contains("\"data\" : [ " + (0.5 + 0.01 * 117) + " ]"), "the signal rate of bin 117");

        // the same file again without "Replace an existing file": an error dialog, the file kept
        long size = Files.size(file);
        ended = export(ExportModelHandler.PYHF_COMMAND, ExportModelHandler.PYHF_TITLE,
                dialog -> Input.type(Widgets.labelled(dialog, Text.class, "Output file"), file.toString()),
                ExportModelHandler.FAILED_TITLE, file + " exists");
        assertEquals(IStatus.WARNING, ended.get(0).getSeverity(), ended.toString());
        assertEquals(size, Files.size(file));

        ended = export(ExportModelHandler.PYHF_COMMAND, ExportModelHandler.PYHF_TITLE, dialog -> {
            Input.type(Widgets.labelled(dialog, Text.class, "Output file"), file.toString());
            Input.click(Widgets.button(dialog, "Replace an existing file"));
        }, ExportModelHandler.DONE_TITLE, "pyhf workspace written to " + file);
        assertTrue(Files.size(file) < size, "background only: the signal's rates are 0, written shorter");
    }

    @Test
    void exportsCombineCardsIntoANewFolder() throws Exception {
        Path cards = Files.createTempDirectory("miniana-ui-export").resolve("cards");
        export(ExportModelHandler.COMBINE_COMMAND, ExportModelHandler.COMBINE_TITLE,
                dialog -> Input.type(Widgets.labelled(dialog, Text.class, "Output folder"), cards.toString()),
                ExportModelHandler.DONE_TITLE, "Combine cards written to " + cards);
        try (Stream<Path> files = Files.walk(cards)) {
            assertEquals(520, files.filter(path -> path.getFileName().toString().startsWith("card_")).count());
        }
        assertTrue(Files.readString(cards.resolve("SR/card_signal0.txt")).contains("rate SIGNAL "),
                "no signal model: the placeholder");
    }

    @Test
    void theFileMenuOffersBothExports() {
        Shell shell = Workbench.window().getShell();
        assertTrue(Menus.item(shell, "File", "Export pyhf Workspace...").isEnabled());
        assertTrue(Menus.item(shell, "File", "Export Combine Cards...").isEnabled());
    }

    /**
     * Runs {@code command} (as its File menu item does), fills its dialog with {@code fill}, presses OK, waits for
     * the job and checks that the message titled {@code resultTitle} contains {@code expected}.
     */
    private static List<IStatus> export(String command, String dialogTitle, Consumer<Shell> fill, String resultTitle,
            String expected) {
        AtomicReference<List<IStatus>> ended = new AtomicReference<>();
        AtomicReference<String> message = new AtomicReference<>();
        Modal.drive(() -> ended.set(Jobs.run(() -> Modal.drive(() -> Workbench.execute(command),
                dialogTitle, dialog -> {
                    fill.accept(dialog);
                    Input.click(Widgets.button(dialog, "OK"));
                }, OPEN), ExportModelHandler.FAMILY, TestModels.LOAD)), resultTitle, result -> {
                    message.set(String.join("\n", Widgets.all(result, Label.class, label -> true).stream()
                            .map(Label::getText).toList()) + String.join("\n", Widgets.all(result, Text.class,
                                    text -> true).stream().map(Text::getText).toList()));
                    Input.click(Widgets.button(result, "OK"));
                }, TestModels.LOAD);
        assertTrue(message.get().contains(expected), message.get());
        return ended.get();
    }
}
