/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.run;

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
import org.miniana.signal.FastSimulationProvider;
import org.miniana.signal.MassGrid;
import org.miniana.signal.SimplifiedModel;
import org.miniana.ui.Labels;

/**
 * Asks for a mass scan: the simplified model, the grid, and the simulation size of points not
 * stored yet. Each point is analysed with the options of the preferences.
 */
public final class ScanDialog extends TitleAreaDialog {

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
        super(shell);
    }

    public static Optional<Request> ask(Shell shell) {
        ScanDialog dialog = new ScanDialog(shell);
        return dialog.open() == Window.OK ? Optional.of(dialog.request) : Optional.empty();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("Scan a simplified model over its masses");
        setMessage("Points not stored yet are simulated first; points analysed before with the same options are reused.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite fields = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fields);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
        new Label(fields, SWT.NONE).setText("Family:");
        family = new Combo(fields, SWT.READ_ONLY);
        family.setItems(Arrays.stream(SimplifiedModel.values()).map(SimplifiedModel::family).toArray(String[]::new));
        family.select(0);
        MassGrid standard = MassGrid.STANDARD;
        gluinoFrom = field(fields, "Gluino mass from [GeV]", Labels.number(standard.gluinoFrom()));
        gluinoTo = field(fields, "Gluino mass to [GeV]", Labels.number(standard.gluinoTo()));
        gluinoStep = field(fields, "Gluino mass step [GeV]", Labels.number(standard.gluinoStep()));
        lspFrom = field(fields, "LSP mass from [GeV]", Labels.number(standard.lspFrom()));
        lspStep = field(fields, "LSP mass step [GeV]", Labels.number(standard.lspStep()));
        events = field(fields, "Events per new point", Long.toString(FastSimulationProvider.DEFAULT_EVENTS / 5));
        threads = field(fields, "Threads", Integer.toString(Runtime.getRuntime().availableProcessors()));
        return area;
    }

    private static Text field(Composite parent, String label, String value) {
        new Label(parent, SWT.NONE).setText(label + ":");
        Text text = new Text(parent, SWT.BORDER);
        text.setText(value);
        GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(text);
        return text;
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.OK_ID) {
            try {
                MassGrid grid = new MassGrid(number(gluinoFrom), number(gluinoTo), number(gluinoStep), number(lspFrom),
                        number(lspStep));
                long perPoint = Long.parseLong(events.getText().strip());
                int workers = Integer.parseInt(threads.getText().strip());
                if (perPoint <= 0 || workers <= 0) {
                    setErrorMessage("Events and threads must be positive whole numbers");
                    return;
                }
                request = new Request(SimplifiedModel.ofFamily(family.getText()), grid, perPoint, workers);
            } catch (NumberFormatException e) {
                setErrorMessage("Masses must be numbers, events and threads positive whole numbers");
                return;
            } catch (IllegalArgumentException e) {
                setErrorMessage(e.getMessage());
                return;
            }
        }
        super.buttonPressed(buttonId);
    }

    private static double number(Text text) {
        return Double.parseDouble(text.getText().strip());
    }
}
