/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.preferences;

import java.util.List;

import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.miniana.analysis.PValueMethod;
import org.miniana.optimize.ErrorCombination;
import org.miniana.optimize.FigureOfMerit;
import org.miniana.optimize.OptimizerDescriptor;
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
        addField(new ComboFieldEditor(UiPreferences.OPTIMIZER, "Default optimizer:",
                Choices.entries(Choices.optimizers(OptimizerRegistry.fromPlatform()), Labels::optimizer,
                        OptimizerDescriptor::id),
                getFieldEditorParent()));
        addField(new ComboFieldEditor(UiPreferences.FIGURE_OF_MERIT, "Figure of merit:",
                Choices.entries(FigureOfMerit.standard(), Labels::figureOfMerit, FigureOfMerit::id),
                getFieldEditorParent()));
        addField(new ComboFieldEditor(UiPreferences.P_VALUE_METHOD, "p-value method:",
                Choices.entries(List.of(PValueMethod.values()), PValueMethod::label, PValueMethod::id),
                getFieldEditorParent()));
        addField(new ComboFieldEditor(UiPreferences.ERRORS, "Background errors of merged bins:",
                Choices.entries(List.of(ErrorCombination.values()), ErrorCombination::id, ErrorCombination::id),
                getFieldEditorParent()));
        IntegerFieldEditor toys = new IntegerFieldEditor(UiPreferences.FULL_LIKELIHOOD_TOYS,
                "Full-likelihood toys per signal strength (0: asymptotic formulas):", getFieldEditorParent());
        toys.setValidRange(0, 1_000_000);
        addField(toys);
        addField(new StringFieldEditor(UiPreferences.AUTHOR, "Author of reports:", getFieldEditorParent()));
    }
}
