/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.preferences;

import java.util.Arrays;

import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.miniana.optimize.FigureOfMerit;
import org.miniana.optimize.OptimizerRegistry;
import org.miniana.ui.Labels;

/**
 * Defaults of a run: the optimizer (every contribution to the optimizers extension point,
 * third-party ones included), the figure of merit and the p-value method; and the author named
 * in reports.
 */
public final class AnalysisPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public static final String ID = "org.miniana.ui.preferences.analysis";

    public AnalysisPreferencePage() {
        super(GRID);
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(UiPreferences.analysisStore());
        setDescription("Defaults of the Run Analysis dialog, and the author of reports.");
    }

    @Override
    protected void createFieldEditors() {
        // only the contributions whose optimizer can be created: a broken plug-in is logged, not offered
        OptimizerRegistry registry = OptimizerRegistry.fromPlatform();
        String[][] optimizers = registry.descriptors().stream()
                .filter(descriptor -> registry.optimizer(descriptor.id()).isPresent()).map(descriptor -> new String[] { Labels.optimizer(descriptor), descriptor.id() })
                .toArray(String[][]::new);
        addField(new ComboFieldEditor(UiPreferences.OPTIMIZER, "Default optimizer:", optimizers,
                getFieldEditorParent()));
        String[][] figures = FigureOfMerit.standard().stream()
                .map(figure -> new String[] { figure.id() + ": " + figure.label(), figure.id() })
                .toArray(String[][]::new);
        addField(new ComboFieldEditor(UiPreferences.FIGURE_OF_MERIT, "Figure of merit:", figures,
                getFieldEditorParent()));
        String[][] methods = Arrays.stream(PValueMethod.values())
                .map(method -> new String[] { method.label(), method.id() }).toArray(String[][]::new);
        addField(new ComboFieldEditor(UiPreferences.P_VALUE_METHOD, "p-value method:", methods,
                getFieldEditorParent()));
        addField(new StringFieldEditor(UiPreferences.AUTHOR, "Author of reports:", getFieldEditorParent()));
    }
}
