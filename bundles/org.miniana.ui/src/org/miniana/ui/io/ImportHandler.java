/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.miniana.core.SignalModel;
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
        List<Path> files = Arrays.stream(dialog.getFileNames()).map(name -> Path.of(dialog.getFilterPath(), name))
                .toList();
        DataFiles.Content content;
        try {
            content = DataFiles.read(files, warning -> {
            });
        } catch (IOException | InputFormatException e) {
            MessageDialog.openError(shell, "Import", e.getMessage());
            return null;
        }
        Set<String> clashing = new HashSet<>(DatabaseSession.get().database().signalModels().names());
        clashing.retainAll(content.signalModels().stream().flatMap(set -> set.models().stream())
                .map(SignalModel::name).toList());
        boolean replace = !clashing.isEmpty() && MessageDialog.openQuestion(shell, "Import",
                "The database holds models of the same names already: " + clashing
                        + ". Replace them (and drop their runs)?");
        if (!clashing.isEmpty() && !replace) {
            return null;
        }
        new WorkbenchJob("Importing " + files.size() + " file(s)", FAMILY) {
            @Override
            protected IStatus work(IProgressMonitor monitor) {
                // one transaction, all or nothing: cancellable until it starts
                SubMonitor.convert(monitor, getName(), 1).split(1);
                DatabaseSession.get().database().importAll(content, replace);
                DatabaseSession.get().changed(DatabaseSession.Change.MODELS);
                return Status.OK_STATUS;
            }
        }.schedule();
        return null;
    }
}
