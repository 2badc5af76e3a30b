/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.editor;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.miniana.core.SignalModel;
import org.miniana.signal.FastSimulationProvider;
import org.miniana.signal.MassPoint;
import org.miniana.signal.SimplifiedModel;
import org.miniana.ui.Labels;

/**
 * Asks for a point of a built-in simplified model and the size of its fast simulation, and
 * answers with the reference the fast-simulation provider reads ("T1tttt:1500:100:events=N:seed=S").
 */
public final class GenerateModelDialog extends TitleAreaDialog {

    public static final String TITLE = "Generate Signal Model";

    private final SignalModel start;
    private Combo family;
    private Text mGluino;
    private Text mLsp;
    private Text events;
    private Text seed;
    private String reference;

    private GenerateModelDialog(Shell shell, SignalModel start) {
        super(shell);
        this.start = start;
    }

    /**
     * Opens the dialog, filled from {@code start} when it is a point of a built-in family.
     *
     * @return the reference, empty when cancelled
     */
    public static Optional<String> ask(Shell shell, SignalModel start) {
        GenerateModelDialog dialog = new GenerateModelDialog(shell, start);
        return dialog.open() == Window.OK ? Optional.of(dialog.reference) : Optional.empty();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("Fast simulation of a simplified model");
        setMessage("Gluino pair production at 13 TeV with the built-in fast simulation of the RA2 search.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite fields = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fields);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
        new Label(fields, SWT.NONE).setText("Family:");
        family = new Combo(fields, SWT.READ_ONLY);
        family.setItems(Arrays.stream(SimplifiedModel.values()).map(SimplifiedModel::family).toArray(String[]::new));
        int known = start == null ? -1 : family.indexOf(start.family());
        family.select(Math.max(known, 0));
        mGluino = field(fields, "Gluino mass [GeV]", parameter(MassPoint.GLUINO_MASS, 1500));
        mLsp = field(fields, "LSP mass [GeV]", parameter(MassPoint.LSP_MASS, 100));
        events = field(fields, "Events", Long.toString(FastSimulationProvider.DEFAULT_EVENTS));
        seed = field(fields, "Seed", Long.toString(FastSimulationProvider.DEFAULT_SEED));
        return area;
    }

    private String parameter(String name, double fallback) {
        Double value = start == null ? null : start.parameters().get(name);
        return Labels.number(value == null ? fallback : value);
    }

    private static Text field(Composite parent, String label, String value) {
        new Label(parent, SWT.NONE).setText(label + ":");
        Text text = new Text(parent, SWT.BORDER);
        text.setText(value);
        GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(text);
        return text;
    }

    /** What is wrong with the fields, or null. */
    private String problem(String point) {
        try {
            if (Long.parseLong(events.getText().strip()) <= 0 || !seed.getText().strip().matches("-?\\d+")) {
                return "Events must be a positive and the seed a whole number";
            }
            MassPoint.parse(point);
            return null;
        } catch (NumberFormatException e) {
            return "Events must be a positive and the seed a whole number";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.OK_ID) {
            String point = family.getText() + ":" + mGluino.getText().strip() + ":" + mLsp.getText().strip();
            String problem = problem(point);
            if (problem != null) {
                setErrorMessage(problem);
                return;
            }
            reference = point + ":events=" + events.getText().strip() + ":seed=" + seed.getText().strip();
        }
        super.buttonPressed(buttonId);
    }
}
