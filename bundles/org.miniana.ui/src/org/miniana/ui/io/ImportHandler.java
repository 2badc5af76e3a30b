/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.miniana.data.InputFormatException;
import org.miniana.data.io.DataFiles;
import org.miniana.ui.session.DatabaseSession;
import org.miniana.ui.session.WorkbenchJob;

/**
 * Import: search results and signal models from JSON or CSV files, read and checked whole, then
 * stored in one transaction (all or nothing), as the command line's import does.
 */
public final class ImportHandler extends AbstractHandler {

    /** Family of import jobs, for waiting on them. */
    public static final Object FAMILY = new Object();

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
        dialog.setText("Import Search Results and Signal Models");
        dialog.setFilterExtensions(new String[] { "*.json;*.csv", "*.*" });
        dialog.setFilterNames(new String[] { "Mini Analysis files (JSON, CSV)", "All files" });
        if (dialog.open() == null) {
            return null;
        }
        importFiles(shell, Arrays.stream(dialog.getFileNames()).map(name -> Path.of(dialog.getFilterPath(), name))
                .toList());
        return null;
    }

    /**
     * Reads and checks the files, asks what to do about names the database holds already, then
     * imports them in a job of {@link #FAMILY}.
     */
    public static void importFiles(Shell shell, List<Path> files) {
        DataFiles.Content content;
        try {
            content = DataFiles.read(files, warning -> {
            });
        } catch (IOException | InputFormatException e) {
            MessageDialog.openError(shell, "Import", e.getMessage());
            return;
        }
        Optional<DataFiles.Content> named = nameApart(shell, content);
        if (named.isEmpty()) {
            return;
        }
        // a name clashes only with a model of the same search
        List<String> clashing = new ArrayList<>();
        var models = DatabaseSession.get().database().signalModels();
        for (var set : content.signalModels()) {
            Set<String> stored = new HashSet<>(models.names(set.analysis()));
            set.names().stream().filter(stored::contains).map(name -> name + " of " + set.analysis())
                    .forEach(clashing::add);
        }
        boolean replace = !clashing.isEmpty() && MessageDialog.openQuestion(shell, "Import",
                "The database holds models of the same names in the same searches already: " + clashing
                        + ". Replace them? Their runs are kept, each with the yields it was made with.");
        if (!clashing.isEmpty() && !replace) {
            return;
        }
        new WorkbenchJob("Importing " + files.size() + " file(s)", FAMILY) {
            @Override
            protected IStatus work(IProgressMonitor monitor) {
                // one transaction, all or nothing: cancellable until it starts
                SubMonitor.convert(monitor, getName(), 1).split(1);
                DatabaseSession.get().database().importAll(named.get(), replace);
                DatabaseSession.get().changed(DatabaseSession.Change.MODELS);
                return Status.OK_STATUS;
            }
        }.schedule();
    }

    /**
     * Stored search results are never replaced (models and runs refer to their bins): a search
     * result of a stored name is imported under a name the user gives, as `import --name` does.
     *
     * @return the content to import, empty when the user cancelled or the files cannot be imported
     */
    private static Optional<DataFiles.Content> nameApart(Shell shell, DataFiles.Content content) {
        List<String> stored = DatabaseSession.get().database().searchResults().names();
        List<String> clashing = content.searchResults().stream().map(result -> result.analysis().name())
                .filter(stored::contains).toList();
        if (clashing.isEmpty()) {
            return Optional.of(content);
        }
        if (content.searchResults().size() > 1) {
            MessageDialog.openError(shell, "Import", "The database holds " + clashing + " already. Import these files"
                    + " one at a time to give each search result a name of its own.");
            return Optional.empty();
        }
        InputDialog dialog = new InputDialog(shell, "Import Under Another Name", "The database holds the analysis '"
                + clashing.get(0) + "' already, and stored search results are never replaced. Import this one as:",
                clashing.get(0) + " (2)", text -> text.isBlank() ? "An analysis needs a name"
                        : stored.contains(text.strip()) ? "The database holds '" + text.strip() + "' already" : null);
        if (dialog.open() != Window.OK) {
            return Optional.empty();
        }
        try {
            return Optional.of(content.withAnalysisName(dialog.getValue().strip()));
        } catch (IllegalArgumentException e) {
            MessageDialog.openError(shell, "Import", e.getMessage());
            return Optional.empty();
        }
    }
}
