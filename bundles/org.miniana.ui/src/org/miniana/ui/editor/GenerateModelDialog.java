/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.editor;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.miniana.core.SignalModel;
import org.miniana.signal.FastSimulationProvider;
import org.miniana.signal.MassPoint;
import org.miniana.signal.SimplifiedModel;
import org.miniana.ui.FieldsDialog;
import org.miniana.ui.Labels;

/**
 * Asks for a point of a built-in simplified model and the size of its fast simulation, and
 * answers with the reference the fast-simulation provider reads ("T1tttt:1500:100:events=N:seed=S").
 */
public final class GenerateModelDialog extends FieldsDialog {

    public static final String TITLE = "Generate Signal Model";

    private final SignalModel start;
    private Combo family;
    private Text mGluino;
    private Text mLsp;
    private Text events;
    private Text seed;
    private String reference;

    private GenerateModelDialog(Shell shell, SignalModel start) {
        super(shell, TITLE, "Fast simulation of a simplified model",
                "Gluino pair production at 13 TeV with the built-in fast simulation of the RA2 search.");
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
    protected void createFields(Composite fields) {
        family = combo(fields, "Family", Arrays.stream(SimplifiedModel.values()).map(SimplifiedModel::family).toList(),
                start == null ? null : start.family());
        mGluino = text(fields, "Gluino mass [GeV]", parameter(MassPoint.GLUINO_MASS, 1500));
        mLsp = text(fields, "LSP mass [GeV]", parameter(MassPoint.LSP_MASS, 100));
        events = text(fields, "Events", Long.toString(FastSimulationProvider.DEFAULT_EVENTS));
        seed = text(fields, "Seed", Long.toString(FastSimulationProvider.DEFAULT_SEED));
    }

    private String parameter(String name, double fallback) {
        Double value = start == null ? null : start.parameters().get(name);
        return Labels.number(value == null ? fallback : value);
    }

    @Override
    protected String accept() {
        String point = family.getText() + ":" + mGluino.getText().strip() + ":" + mLsp.getText().strip();
        String asked = point + ":events=" + events.getText().strip() + ":seed=" + seed.getText().strip();
        try {
            // the provider's own check, so that the dialog accepts exactly what the command line does
            new FastSimulationProvider().check(asked);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        reference = asked;
        return null;
    }
}
