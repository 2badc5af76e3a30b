/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.miniana.core.SearchResult;
import org.miniana.core.SignalModel;
import org.miniana.core.io.AtomicFiles;
import org.miniana.data.SignalModelSummary;
import org.miniana.data.io.SearchResultCsv;
import org.miniana.data.io.SearchResultJson;
import org.miniana.data.io.SignalModelCsv;
import org.miniana.data.io.SignalModelJson;
import org.miniana.data.io.SignalModelJson.SignalModels;
import org.miniana.ui.editor.SignalModelEditor;
import org.miniana.ui.session.DatabaseSession;
import org.miniana.ui.session.RunContext;

/**
 * Export: the signal model selected in the navigator (or edited, as stored) or, without one,
 * the search shown in the result views, to JSON or CSV (by the file's extension), written
 * atomically.
 */
public final class ExportHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        SelectedModel selected = selectedModel(event);
        String modelName = selected == null ? null : selected.name();
        SearchResult search = RunContext.get().state().map(RunContext.State::result).orElse(null);
        if (modelName == null && search == null) {
            MessageDialog.openInformation(shell, "Export", "Select a signal model or show a search first.");
            return null;
        }
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("Export " + (modelName != null ? modelName : search.analysis().name()));
        dialog.setFilterExtensions(new String[] { "*.json", "*.csv" });
        dialog.setFileName((modelName != null ? modelName : search.analysis().name()) + ".json");
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file == null) {
            return null;
        }
        Path output = Path.of(file);
        boolean csv = file.toLowerCase().endsWith(".csv");
        try {
            if (selected != null) {
                String analysis = selected.analysis();
                SignalModel model = DatabaseSession.get().database().signalModels().get(analysis, modelName);
                AtomicFiles.write(output, out -> {
                    if (csv) {
                        SignalModelCsv.write(analysis, model, out);
                    } else {
                        SignalModelJson.write(new SignalModels(analysis, List.of(model)), out);
                    }
                });
            } else {
                AtomicFiles.write(output, out -> {
                    if (csv) {
                        SearchResultCsv.write(search, out);
                    } else {
                        SearchResultJson.write(search, out);
                    }
                });
            }
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(shell, "Export", "Cannot write " + output + ": " + e.getMessage());
        }
        return null;
    }

    /** A model is named within its search. */
    private record SelectedModel(String analysis, String name) {
    }

    private static SelectedModel selectedModel(ExecutionEvent event) {
        if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
                && selection.getFirstElement() instanceof SignalModelSummary model) {
            return new SelectedModel(model.analysis(), model.name());
        }
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        return editor instanceof SignalModelEditor modelEditor ? new SelectedModel(
                modelEditor.document().search().analysis().name(), modelEditor.document().model().name()) : null;
    }
}
