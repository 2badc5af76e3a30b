/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.run;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.fieldassist.ComboContentAdapter;
import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.miniana.analysis.AnalysisOptions;
import org.miniana.analysis.PValueMethod;
import org.miniana.optimize.ErrorCombination;
import org.miniana.optimize.FigureOfMerit;
import org.miniana.optimize.OptimizerDescriptor;
import org.miniana.ui.FieldsDialog;
import org.miniana.ui.Labels;

/**
 * Asks which stored model to analyse and how: optimizer (every working contribution), figure of
 * merit, p-value method and how background errors combine; the preferences give the defaults.
 */
public final class RunAnalysisDialog extends FieldsDialog {

    public static final String TITLE = "Run Analysis";

    /** Typing any of these in the model field lists the matching models. */
    private static final char[] NAME_CHARACTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-:."
            .toCharArray();

    /** What the user chose. */
    public record Request(String model, AnalysisOptions options) {
    }

    private final List<String> models;
    private final String preselected;
    private final List<OptimizerDescriptor> optimizers;
    private final AnalysisOptions defaults;
    private Combo model;
    private Choice<OptimizerDescriptor> optimizer;
    private Choice<FigureOfMerit> figureOfMerit;
    private Choice<PValueMethod> pValueMethod;
    private Choice<ErrorCombination> errors;
    private Request request;

    /** A drop-down of typed choices. */
    private record Choice<T>(Combo combo, List<T> values) {
        T selected() {
            return values.get(combo.getSelectionIndex());
        }
    }

    private RunAnalysisDialog(Shell shell, List<String> models, String preselected,
            List<OptimizerDescriptor> optimizers, AnalysisOptions defaults) {
        super(shell, TITLE, "Design and test the most sensitive single-bin analysis",
                "The optimizer chooses the bins without looking at the observed counts.");
        this.models = models;
        this.preselected = preselected;
        this.optimizers = optimizers;
        this.defaults = defaults;
    }

    /**
     * @param models names of the stored models
     * @param preselected the model chosen at first, may be null
     * @return what to run, empty when cancelled
     */
    public static Optional<Request> ask(Shell shell, List<String> models, String preselected,
            List<OptimizerDescriptor> optimizers, AnalysisOptions defaults) {
        var dialog = new RunAnalysisDialog(shell, models, preselected, optimizers, defaults);
        return dialog.open() == Window.OK ? Optional.of(dialog.request) : Optional.empty();
    }

    @Override
    protected void createFields(Composite fields) {
        model = combo(fields, "Signal model", models, preselected, SWT.DROP_DOWN);
        searchable(model);
        optimizer = choice(fields, "Optimizer", optimizers, Labels::optimizer,
                optimizers.stream().filter(d -> d.id().equals(defaults.optimizer())).findFirst().orElse(null));
        figureOfMerit = choice(fields, "Figure of merit", FigureOfMerit.standard(), Labels::figureOfMerit,
                defaults.figureOfMerit());
        pValueMethod = choice(fields, "p-value method", List.of(PValueMethod.values()), PValueMethod::label,
                defaults.pValueMethod());
        errors = choice(fields, "Background errors", List.of(ErrorCombination.values()), ErrorCombination::id,
                defaults.errors());
    }

    /**
     * Lets the user type into the model drop-down (a database holds hundreds of models): a list of
     * the models whose names contain the typed text pops up as they type, or on Ctrl+Space.
     */
    private void searchable(Combo combo) {
        combo.setToolTipText("Type part of a name, or press Ctrl+Space, to list the models whose names contain it");
        ContentProposalAdapter proposals = new ContentProposalAdapter(combo, new ComboContentAdapter(),
                (contents, position) -> matching(models, contents).stream()
                        .map(name -> (IContentProposal) new ContentProposal(name)).toArray(IContentProposal[]::new),
                KeyStroke.getInstance(SWT.CTRL, ' '), NAME_CHARACTERS);
        proposals.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_REPLACE);
        proposals.setAutoActivationDelay(200);
    }

    /** The names that contain {@code text}, ignoring case, in their order. */
    public static List<String> matching(List<String> names, String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return names.stream().filter(name -> name.toLowerCase(Locale.ROOT).contains(wanted)).toList();
    }

    private static <T> Choice<T> choice(Composite fields, String label, List<T> values, Function<T, String> text,
            T selected) {
        List<String> items = values.stream().map(text).toList();
        return new Choice<>(combo(fields, label, items, selected == null ? null : text.apply(selected)), values);
    }

    @Override
    protected String accept() {
        if (models.isEmpty()) {
            return "The database holds no signal model; import or generate one first";
        }
        if (!models.contains(model.getText().strip())) {
            List<String> similar = matching(models, model.getText());
            return similar.isEmpty() ? "No stored model is named '" + model.getText().strip() + "'"
                    : "Choose one of the " + similar.size() + " models whose names contain '" + model.getText().strip()
                            + "' (Ctrl+Space lists them)";
        }
        request = new Request(model.getText().strip(), new AnalysisOptions(optimizer.selected().id(),
                figureOfMerit.selected(), errors.selected(), pValueMethod.selected(), defaults.seed(),
                defaults.statistics(), defaults.fullLikelihoodToys()));
        return null;
    }
}
