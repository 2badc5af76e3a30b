/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.run;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.miniana.core.InputChecks;
import org.miniana.signal.FastSimulationProvider;
import org.miniana.signal.MassGrid;
import org.miniana.signal.SimplifiedModel;
import org.miniana.ui.FieldsDialog;
import org.miniana.ui.Labels;

/**
 * Asks for a mass scan: the simplified model, the grid, and the simulation size of points not
 * stored yet. Each point is analysed with the options of the preferences.
 */
public final class ScanDialog extends FieldsDialog {

    public static final String TITLE = "Run Scan";

    /** What the user chose. */
    public record Request(SimplifiedModel family, MassGrid grid, long eventsPerPoint, int threads) {
    }

    private Combo family;
    private Text gluinoFrom;
    private Text gluinoTo;
    private Text gluinoStep;
    private Text lspFrom;
    private Text lspStep;
    private Text events;
    private Text threads;
    private Request request;

    private ScanDialog(Shell shell) {
        super(shell, TITLE, "Scan a simplified model over its masses",
                "Points not stored yet are simulated first; points analysed before with the same options are reused.");
    }

    public static Optional<Request> ask(Shell shell) {
        ScanDialog dialog = new ScanDialog(shell);
        return dialog.open() == Window.OK ? Optional.of(dialog.request) : Optional.empty();
    }

    @Override
    protected void createFields(Composite fields) {
        family = combo(fields, "Family", Arrays.stream(SimplifiedModel.values()).map(SimplifiedModel::family).toList(),
                null);
        MassGrid standard = MassGrid.STANDARD;
        gluinoFrom = text(fields, "Gluino mass from [GeV]", Labels.number(standard.gluinoFrom()));
        gluinoTo = text(fields, "Gluino mass to [GeV]", Labels.number(standard.gluinoTo()));
        gluinoStep = text(fields, "Gluino mass step [GeV]", Labels.number(standard.gluinoStep()));
        lspFrom = text(fields, "LSP mass from [GeV]", Labels.number(standard.lspFrom()));
        lspStep = text(fields, "LSP mass step [GeV]", Labels.number(standard.lspStep()));
        events = text(fields, "Events per new point", Long.toString(FastSimulationProvider.DEFAULT_EVENTS / 5));
        threads = text(fields, "Threads", Integer.toString(Runtime.getRuntime().availableProcessors()));
    }

    @Override
    protected String accept() {
        try {
            MassGrid grid = new MassGrid(number(gluinoFrom), number(gluinoTo), number(gluinoStep), number(lspFrom),
                    number(lspStep));
            long perPoint = InputChecks.eventsPerPoint("Events per new point", events.getText());
            int workers = Integer.parseInt(threads.getText().strip());
            if (workers <= 0) {
                return "Threads must be a positive whole number";
            }
            request = new Request(SimplifiedModel.ofFamily(family.getText()), grid, perPoint, workers);
            return null;
        } catch (NumberFormatException e) {
            return "Masses must be numbers, events and threads positive whole numbers";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static double number(Text text) {
        return Double.parseDouble(text.getText().strip());
    }
}
