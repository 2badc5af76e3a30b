/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.miniana.core.SignalModel;
import org.miniana.data.InputFormatException;
import org.miniana.data.io.DataFiles;
import org.miniana.signal.SignalModelProviders;
import org.miniana.ui.session.WorkbenchJob;

/**
 * Where signal models come from besides the database: references the contributed signal-model
 * providers understand (a JSON or CSV file, a folder of filled datacards, a fast-simulation
 * point), asked for in dialogs and made in a job.
 */
public final class ModelSources {

    /** Family of the jobs that make models, for waiting on them. */
    public static final Object PROVIDE_FAMILY = new Object();

    private ModelSources() {
    }

    /**
     * Asks for a signal-model JSON or CSV file; for a file of several models, which one.
     *
     * @return the reference ("FILE" or "FILE#NAME"), empty when the user cancelled
     */
    public static Optional<String> askFile(Shell shell) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText("Import Signal Model");
        dialog.setFilterExtensions(new String[] { "*.json;*.csv", "*.*" });
        dialog.setFilterNames(new String[] { "Signal models (JSON, CSV)", "All files" });
        String file = dialog.open();
        if (file == null) {
            return Optional.empty();
        }
        List<String> names;
        try {
            names = DataFiles.read(List.of(Path.of(file)), warning -> {
            }).signalModels().stream().flatMap(set -> set.names().stream()).toList();
        } catch (IOException | InputFormatException e) {
            ErrorDialog.openError(shell, "Import Signal Model", e.getMessage(), Status.error(e.getMessage(), e));
            return Optional.empty();
        }
        if (names.size() <= 1) {
            return Optional.of(file);
        }
        ElementListSelectionDialog choice = new ElementListSelectionDialog(shell, new LabelProvider());
        choice.setTitle("Import Signal Model");
        choice.setMessage(file + " holds " + names.size() + " models; import:");
        choice.setElements(names.toArray());
        choice.setMultipleSelection(false);
        return choice.open() == Window.OK ? Optional.of(file + "#" + choice.getFirstResult()) : Optional.empty();
    }

    /** Asks for a folder of RA2-style datacards whose signal rates are filled in. */
    public static Optional<String> askDatacards(Shell shell) {
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText("Import Datacards");
        dialog.setMessage("A folder of datacards with filled-in signal rates (with an SR subfolder)");
        return Optional.ofNullable(dialog.open());
    }

    /** Makes the model a reference names in a job, then hands it to {@code onModel} on the UI thread. */
    public static void provide(String reference, Consumer<SignalModel> onModel) {
        new WorkbenchJob("Making signal model " + reference, PROVIDE_FAMILY) {
            @Override
            protected IStatus work(IProgressMonitor monitor) {
                try {
                    SignalModel model = SignalModelProviders.fromPlatform().provide(reference, monitor);
                    PlatformUI.getWorkbench().getDisplay().asyncExec(() -> onModel.accept(model));
                    return Status.OK_STATUS;
                } catch (CoreException e) {
                    return e.getStatus();
                }
            }
        }.schedule();
    }
}
