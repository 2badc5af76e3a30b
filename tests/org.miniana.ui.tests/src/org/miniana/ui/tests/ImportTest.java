/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.miniana.core.Ra2Search;
import org.miniana.core.SearchResult;
import org.miniana.data.io.SearchResultJson;
import org.miniana.ui.io.ImportHandler;
import org.miniana.ui.session.DatabaseSession;
import org.miniana.ui.testing.Input;
import org.miniana.ui.testing.Jobs;
import org.miniana.ui.testing.Modal;
import org.miniana.ui.testing.Screenshots;
import org.miniana.ui.testing.Widgets;
import org.miniana.ui.testing.Workbench;

/** Importing a search result whose name the database holds: the workbench asks for another name. */
class ImportTest {

    private static final String TITLE = "Import Under Another Name";

    @Test
    void aSearchResultOfAStoredNameIsImportedUnderTheNameTheUserGives() throws Exception {
        var database = DatabaseSession.get().database();
        SearchResult ra2 = database.searchResults().get(Ra2Search.ANALYSIS.name());
        // three bins are enough to be a search result of the stored name
        SearchResult small = new SearchResult(ra2.analysis(), ra2.processes(), ra2.bins().subList(0, 3));
        Path file = Files.createTempDirectory("miniana-ui-import").resolve("ra2.json");
        try (OutputStream out = Files.newOutputStream(file)) {
            SearchResultJson.write(small, out);
        }
        Shell shell = Workbench.window().getShell();
        AtomicReference<String> told = new AtomicReference<>();
        String newName = Ra2Search.ANALYSIS.name() + " first bins";
        Modal.drive(() -> ImportHandler.importFiles(shell, List.of(file)), TITLE, dialog -> {
            told.set(Widgets.all(dialog, Label.class, label -> label.getText().startsWith("The database")).get(0)
                    .getText());
            Text name = Widgets.all(dialog, Text.class, Text::getEditable).get(0);
            Button ok = Widgets.button(dialog, IDialogConstants.OK_LABEL);
            Input.type(name, Ra2Search.ANALYSIS.name());
            assertFalse(ok.isEnabled(), "a stored name is refused");
            Input.type(name, newName);
            assertTrue(ok.isEnabled());
            Screenshots.capture(dialog, "import-under-another-name-dialog");
            Input.click(ok);
        }, Duration.ofSeconds(10));
        assertTrue(told.get().contains("holds the analysis '" + Ra2Search.ANALYSIS.name() + "' already"), told.get());
        Jobs.waitFor(ImportHandler.FAMILY, Duration.ofSeconds(30));
        SearchResult imported = database.searchResults().get(newName);
        assertEquals(small.bins(), imported.bins());
        assertEquals(ra2, database.searchResults().get(Ra2Search.ANALYSIS.name()), "the stored one is unchanged");
    }
}
