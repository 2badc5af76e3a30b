/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.editor;

import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.miniana.core.SignalModel;
import org.miniana.ui.Labels;
import org.miniana.ui.WidgetIds;

/**
 * The model's identity and metadata (family, cross section, provenance), its parameters, and
 * where else its yields can come from: a file, filled datacards or the fast simulation.
 */
final class OverviewPage extends FormPage {

    static final String ID = "overview";

    private final SignalModelEditor editor;
    private final Runnable refresh = this::refresh;
    private ScrolledForm form;
    private Text name;
    private Text family;
    private Text crossSection;
    private Text provenance;
    private Label summary;
    private TableViewer parameters;

    OverviewPage(SignalModelEditor editor) {
        super(editor, ID, "Overview");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        form = managedForm.getForm();
        FormToolkit toolkit = managedForm.getToolkit();
        toolkit.decorateFormHeading(form.getForm());
        WidgetIds.set(form, WidgetIds.MODEL_FORM + "." + ID);
        Composite body = form.getBody();
        // not of equal width: the parameters need less than the model's fields, and equal halves
        // made the page wider than the default editor area (values scrolled out of sight)
        GridLayoutFactory.fillDefaults().numColumns(2).margins(8, 8).applyTo(body);

        Composite model = section(toolkit, body, "Model", "What the model is and where its yields come from.");
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(model);
        name = field(toolkit, model, "Name", SWT.READ_ONLY);
        field(toolkit, model, "Analysis", SWT.READ_ONLY).setText(editor.document().search().analysis().name());
        family = field(toolkit, model, "Family", SWT.NONE);
        crossSection = field(toolkit, model, "Cross section [pb]", SWT.NONE);
        WidgetIds.set(crossSection, WidgetIds.MODEL_CROSS_SECTION);
        provenance = field(toolkit, model, "Provenance", SWT.NONE);
        for (Text editable : List.of(family, crossSection, provenance)) {
            editable.addListener(SWT.DefaultSelection, event -> commitMetadata());
            editable.addListener(SWT.FocusOut, event -> commitMetadata());
        }

        Composite parameterClient = section(toolkit, body, "Parameters", "Masses in GeV; click a value to edit it.");
        GridLayoutFactory.fillDefaults().applyTo(parameterClient);
        createParameters(toolkit, parameterClient);

        Composite sources = section(toolkit, body, "Yields", "Replace every yield by those of another source.");
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(sources);
        summary = toolkit.createLabel(sources, "", SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(summary);
        Button file = toolkit.createButton(sources, "Import from File...", SWT.PUSH);
        file.addListener(SWT.Selection, event -> ModelSources.askFile(getSite().getShell())
                .ifPresent(reference -> replaceFrom(reference, "Import from " + reference)));
        Button cards = toolkit.createButton(sources, "Import Datacards...", SWT.PUSH);
        cards.addListener(SWT.Selection, event -> ModelSources.askDatacards(getSite().getShell())
                .ifPresent(reference -> replaceFrom(reference, "Import datacards " + reference)));
        Button generate = toolkit.createButton(sources, "Generate...", SWT.PUSH);
        generate.addListener(SWT.Selection, event -> GenerateModelDialog.ask(getSite().getShell(), editor.document().model())
                .ifPresent(reference -> replaceFrom(reference, "Generate " + reference)));

        editor.document().addListener(refresh);
        refresh();
    }

    private Composite section(FormToolkit toolkit, Composite body, String title, String description) {
        Section section = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION);
        section.setText(title);
        section.setDescription(description);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
        Composite client = toolkit.createComposite(section);
        section.setClient(client);
        return client;
    }

    private static Text field(FormToolkit toolkit, Composite parent, String label, int style) {
        toolkit.createLabel(parent, label + ":");
        Text text = toolkit.createText(parent, "", style);
        GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(text);
        return text;
    }

    private void createParameters(FormToolkit toolkit, Composite parent) {
        // the columns share the section's width, whatever it is: no value cut off at the right
        Composite area = toolkit.createComposite(parent);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(area);
        TableColumnLayout columns = new TableColumnLayout();
        area.setLayout(columns);
        parameters = new TableViewer(toolkit.createTable(area, SWT.FULL_SELECTION | SWT.BORDER));
        WidgetIds.set(parameters.getTable(), WidgetIds.MODEL_PARAMETERS_TABLE);
        parameters.getTable().setHeaderVisible(true);
        parameters.setContentProvider(ArrayContentProvider.getInstance());
        TableViewerColumn nameColumn = new TableViewerColumn(parameters, SWT.LEFT);
        nameColumn.getColumn().setText("Parameter");
        columns.setColumnData(nameColumn.getColumn(), new ColumnWeightData(55, 80));
        nameColumn.setLabelProvider(ColumnLabelProvider.createTextProvider(
                element -> ((Map.Entry<?, ?>) element).getKey().toString()));
        TableViewerColumn valueColumn = new TableViewerColumn(parameters, SWT.RIGHT);
        valueColumn.getColumn().setText("Value");
        columns.setColumnData(valueColumn.getColumn(), new ColumnWeightData(45, 60));
        valueColumn.setLabelProvider(ColumnLabelProvider.createTextProvider(
                element -> Labels.number((Double) ((Map.Entry<?, ?>) element).getValue())));
        valueColumn.setEditingSupport(new TextEditing(parameters,
                element -> Labels.number((Double) ((Map.Entry<?, ?>) element).getValue()), (element, text) -> {
                    String parameter = ((Map.Entry<?, ?>) element).getKey().toString();
                    String problem = Numbers.finiteProblem(parameter, text);
                    form.setMessage(problem, problem == null ? IMessageProvider.NONE : IMessageProvider.ERROR);
                    if (problem == null) {
                        editor.apply("Set " + parameter, ModelDocument.withParameter(editor.document().model(),
                                parameter, Numbers.parse(text)));
                    }
                }));
    }

    /** Applies family, cross section and provenance as one edit, when they changed and are valid. */
    private void commitMetadata() {
        SignalModel model = editor.document().model();
        String problem = Numbers.nonNegativeProblem("The cross section", crossSection.getText());
        if (problem != null) {
            form.setMessage(problem, IMessageProvider.ERROR);
            return;
        }
        form.setMessage(null, IMessageProvider.NONE);
        double pb = Numbers.parse(crossSection.getText());
        editor.apply("Edit metadata", ModelDocument.withMetadata(model, family.getText().strip(),
                pb == Numbers.parse(Numbers.format(model.crossSectionPb())) ? model.crossSectionPb() : pb,
                provenance.getText().strip()));
    }

    private void replaceFrom(String reference, String label) {
        ModelSources.provide(reference, provided -> editor.apply(label, provided));
    }

    private void refresh() {
        if (form == null || form.isDisposed()) {
            return;
        }
        SignalModel model = editor.document().model();
        form.setText("Signal model " + model.name());
        name.setText(model.name());
        family.setText(model.family());
        crossSection.setText(Numbers.format(model.crossSectionPb()));
        provenance.setText(model.provenance());
        parameters.setInput(model.parameters().entrySet().toArray());
        // as high as its rows: every parameter in view without scrolling
        Table table = parameters.getTable();
        ((GridData) table.getParent().getLayoutData()).heightHint = table.getHeaderHeight()
                + Math.max(1, model.parameters().size()) * table.getItemHeight() + 2 * table.getBorderWidth() + 2;
        long filled = model.yields().stream().filter(yield -> yield.value() > 0).count();
        summary.setText(String.format("%.4g expected events in %d of %d bins.", model.totalYield(), filled,
                model.yields().size()));
        form.getBody().layout(true, true);
    }

    @Override
    public void dispose() {
        editor.document().removeListener(refresh);
        super.dispose();
    }
}
