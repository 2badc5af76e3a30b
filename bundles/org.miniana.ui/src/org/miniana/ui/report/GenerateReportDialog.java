/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.miniana.report.ReportGeneratorDescriptor;
import org.miniana.ui.FieldsDialog;
import org.miniana.ui.preferences.UiPreferences;

/** Asks which report generators to run, into which folder, and the report's title. */
public final class GenerateReportDialog extends FieldsDialog {

    public static final String TITLE = "Generate Report";

    /** What the user chose. */
    public record Request(List<String> generators, Path output, String title, String author) {
    }

    private final List<ReportGeneratorDescriptor> generators;
    private final String defaultOutput;
    private final List<Button> checks = new ArrayList<>();
    private Text output;
    private Text title;
    private Text author;
    private Request request;

    private GenerateReportDialog(Shell shell, String subject, List<ReportGeneratorDescriptor> generators,
            String defaultOutput) {
        super(shell, TITLE, "Write the reports of " + subject,
                "Figures are rendered once for all generators; nothing is written unless every generator succeeds.");
        this.generators = generators;
        this.defaultOutput = defaultOutput;
    }

    public static Optional<Request> ask(Shell shell, String subject, List<ReportGeneratorDescriptor> generators,
            String defaultOutput) {
        var dialog = new GenerateReportDialog(shell, subject, generators, defaultOutput);
        return dialog.open() == Window.OK ? Optional.of(dialog.request) : Optional.empty();
    }

    @Override
    protected void createFields(Composite fields) {
        new Label(fields, SWT.NONE).setText("Generators:");
        Composite boxes = new Composite(fields, SWT.NONE);
        boxes.setLayout(new RowLayout(SWT.VERTICAL));
        for (ReportGeneratorDescriptor generator : generators) {
            Button check = new Button(boxes, SWT.CHECK);
            check.setText(generator.name() + " [" + generator.id() + "]");
            check.setToolTipText(generator.description());
            check.setSelection(true);
            checks.add(check);
        }
        new Label(fields, SWT.NONE).setText("Output folder:");
        Composite folder = new Composite(fields, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(folder);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(folder);
        output = new Text(folder, SWT.BORDER);
        output.setText(defaultOutput);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(output);
        Button browse = new Button(folder, SWT.PUSH);
        browse.setText("&Browse...");
        browse.addListener(SWT.Selection, event -> browse());
        title = text(fields, "Title (optional)", "");
        author = text(fields, "Author", UiPreferences.author());
    }

    private void browse() {
        DirectoryDialog dialog = new DirectoryDialog(getShell(), SWT.SAVE);
        dialog.setText(TITLE);
        dialog.setMessage("The folder the reports go to");
        dialog.setFilterPath(output.getText().strip());
        String chosen = dialog.open();
        if (chosen != null) {
            output.setText(chosen);
        }
    }

    @Override
    protected String accept() {
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            if (checks.get(i).getSelection()) {
                chosen.add(generators.get(i).id());
            }
        }
        if (chosen.isEmpty()) {
            return "Choose at least one generator";
        }
        if (output.getText().isBlank()) {
            return "Name the folder the reports go to";
        }
        request = new Request(chosen, Path.of(output.getText().strip()), title.getText().strip(),
                author.getText().strip());
        return null;
    }
}
