/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.miniana.analysis.ModelExport;
import org.miniana.ui.FieldsDialog;

/**
 * Asks what to export of a search's full statistical model: the search, the signal model it
 * carries (or none), where to write and, for a pyhf workspace, whether an existing file is replaced.
 */
final class ExportModelDialog extends FieldsDialog {

    /** The choice of no signal model. */
    static final String NO_SIGNAL = "(none: background only)";

    /** What the user chose. */
    record Request(String search, String signalModel, Path output, boolean replace) {
    }

    private final ModelExport.Format format;
    private final List<String> searches;
    private final String selected;
    private final Map<String, List<String>> modelsBySearch;
    private final String defaultFolder;
    private Combo search;
    private Combo signal;
    private Text output;
    private Button replace;
    private Request request;

    private ExportModelDialog(Shell shell, ModelExport.Format format, List<String> searches, String selected,
            Map<String, List<String>> modelsBySearch, String defaultFolder) {
        super(shell, title(format), format == ModelExport.Format.PYHF ? "Write the full model as a pyhf JSON workspace"
                : "Write the full model as Combine counting cards",
                format == ModelExport.Format.PYHF
                        ? "HistFactory JSON schema 1.0.0, POI mu. Without a signal model the search bins' signal is 0."
                        : "One card per channel, with processes.properties and bins.csv, into a new or empty folder.");
        this.format = format;
        this.searches = searches;
        this.selected = selected;
        this.modelsBySearch = modelsBySearch;
        this.defaultFolder = defaultFolder;
    }

    /** The dialog's title for a format. */
    static String title(ModelExport.Format format) {
        return format == ModelExport.Format.PYHF ? ExportModelHandler.PYHF_TITLE : ExportModelHandler.COMBINE_TITLE;
    }

    /**
     * @param searches the stored searches; {@code selected} is chosen first
     * @param modelsBySearch each search's signal models
     * @param defaultFolder where the output is proposed
     */
    static Optional<Request> ask(Shell shell, ModelExport.Format format, List<String> searches, String selected,
            Map<String, List<String>> modelsBySearch, String defaultFolder) {
        var dialog = new ExportModelDialog(shell, format, searches, selected, modelsBySearch, defaultFolder);
        return dialog.open() == Window.OK ? Optional.of(dialog.request) : Optional.empty();
    }

    @Override
    protected void createFields(Composite fields) {
        search = combo(fields, "Search", searches, selected);
        signal = combo(fields, "Signal model", List.of(NO_SIGNAL), NO_SIGNAL);
        search.addListener(SWT.Selection, event -> searchChosen());
        new Label(fields, SWT.NONE).setText(format == ModelExport.Format.PYHF ? "Output file:" : "Output folder:");
        Composite where = new Composite(fields, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(where);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(where);
        output = new Text(where, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(output);
        Button browse = new Button(where, SWT.PUSH);
        browse.setText("&Browse...");
        browse.addListener(SWT.Selection, event -> browse());
        if (format == ModelExport.Format.PYHF) {
            new Label(fields, SWT.NONE);
            replace = new Button(fields, SWT.CHECK);
            replace.setText("&Replace an existing file");
        }
        searchChosen();
    }

    /** Lists the chosen search's signal models and proposes an output named after the search. */
    private void searchChosen() {
        List<String> models = new ArrayList<>();
        models.add(NO_SIGNAL);
        models.addAll(modelsBySearch.getOrDefault(search.getText(), List.of()));
        signal.setItems(models.toArray(String[]::new));
        signal.select(0);
        String name = search.getText().replaceAll("[^A-Za-z0-9_.-]+", "_");
        output.setText(Path.of(defaultFolder, format == ModelExport.Format.PYHF ? name + ".json" : name + "-cards")
                .toString());
    }

    private void browse() {
        String chosen;
        if (format == ModelExport.Format.PYHF) {
            FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
            dialog.setText(title(format));
            dialog.setFilterExtensions(new String[] { "*.json" });
            dialog.setFileName(Path.of(output.getText().strip()).getFileName().toString());
            // the dialog's own question would be asked before the job, which asks nothing
            dialog.setOverwrite(false);
            chosen = dialog.open();
        } else {
            DirectoryDialog dialog = new DirectoryDialog(getShell(), SWT.SAVE);
            dialog.setText(title(format));
            dialog.setMessage("A new or empty folder for the cards");
            chosen = dialog.open();
        }
        if (chosen != null) {
            output.setText(chosen);
        }
    }

    @Override
    protected String accept() {
        if (search.getText().isEmpty()) {
            return "The database holds no search";
        }
        if (output.getText().isBlank()) {
            return format == ModelExport.Format.PYHF ? "Name the file to write" : "Name the folder to write into";
        }
        String model = signal.getText().equals(NO_SIGNAL) ? null : signal.getText();
        request = new Request(search.getText(), model, Path.of(output.getText().strip()),
                replace != null && replace.getSelection());
        return null;
    }
}
