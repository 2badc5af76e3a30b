/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.editor;

import java.util.function.Function;
import java.util.stream.IntStream;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.miniana.core.SearchBin;
import org.miniana.core.SignalModel;
import org.miniana.core.SignalYield;
import org.miniana.ui.WidgetIds;

/**
 * The expected signal and its simulation error in every bin, editable cell by cell. Text that is
 * not a finite, non-negative number is refused with a message in the page heading and changes
 * nothing.
 */
final class YieldsPage extends FormPage {

    static final String ID = "yields";
    static final String YIELD = "Yield";
    static final String ERROR = "MC stat. error";

    private final SignalModelEditor editor;
    private final Runnable refresh = this::refresh;
    private ScrolledForm form;
    private TableViewer viewer;

    YieldsPage(SignalModelEditor editor) {
        super(editor, ID, "Yields");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        form = managedForm.getForm();
        managedForm.getToolkit().decorateFormHeading(form.getForm());
        WidgetIds.set(form, WidgetIds.MODEL_FORM + "." + ID);
        GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(form.getBody());
        Table table = managedForm.getToolkit().createTable(form.getBody(),
                SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.BORDER);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        WidgetIds.set(table, WidgetIds.MODEL_YIELDS_TABLE);
        viewer = new TableViewer(table);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        binColumn("Bin", 50, bin -> Integer.toString(bin.index()));
        binColumn("Njets", 60, bin -> bin.njets().countLabel());
        binColumn("Nb", 50, bin -> bin.nb().countLabel());
        binColumn("HT [GeV]", 90, bin -> bin.ht().rangeLabel());
        binColumn("MHT [GeV]", 90, bin -> bin.mht().rangeLabel());
        yieldColumn(YIELD, SignalYield::value, (yield, value) -> new SignalYield(value, yield.mcStatError()));
        yieldColumn(ERROR, SignalYield::mcStatError, (yield, value) -> new SignalYield(yield.value(), value));
        editor.document().model().variations().forEach(variation -> variationColumn(variation.name()));
        viewer.setInput(IntStream.range(0, editor.document().model().yields().size()).boxed().toArray());
        editor.document().addListener(refresh);
        refresh();
    }

    private void binColumn(String title, int width, Function<SearchBin, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.CENTER);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(ColumnLabelProvider.createTextProvider(
                element -> text.apply(editor.document().search().bins().get((Integer) element).bin())));
    }

    private interface YieldChange {
        SignalYield with(SignalYield yield, double value);
    }

    private void yieldColumn(String title, Function<SignalYield, Double> value, YieldChange change) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.RIGHT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(110);
        column.setLabelProvider(ColumnLabelProvider.createTextProvider(
                element -> Numbers.format(value.apply(yieldOf(element)))));
        column.setEditingSupport(new TextEditing(viewer, element -> Numbers.format(value.apply(yieldOf(element))),
                (element, text) -> {
                    int bin = (Integer) element;
                    String problem = Numbers.nonNegativeProblem("Bin " + bin + ": the " + title.toLowerCase(), text);
                    form.setMessage(problem, problem == null ? IMessageProvider.NONE : IMessageProvider.ERROR);
                    // unchanged text keeps the digits the table does not show
                    if (problem == null && !text.strip().equals(Numbers.format(value.apply(yieldOf(element))))) {
                        SignalModel model = editor.document().model();
                        editor.apply("Set " + title.toLowerCase() + " of bin " + bin, ModelDocument.withYield(model,
                                bin, change.with(model.yield(bin), Numbers.parse(text))));
                    }
                }));
    }

    /**
     * A systematic variation's effect in each bin, "+2.1% / -1.9%" (read-only: it follows edits of
     * the yield), empty where the model has no yield or no longer has the variation.
     */
    private void variationColumn(String name) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.RIGHT);
        column.getColumn().setText(name);
        column.getColumn().setToolTipText("The yield with this systematic effect one standard deviation up / down,"
                + " relative to the nominal yield");
        column.getColumn().setWidth(120);
        column.setLabelProvider(ColumnLabelProvider.createTextProvider(element -> {
            int bin = (Integer) element;
            SignalModel model = editor.document().model();
            double nominal = model.yield(bin).value();
            return model.variations().stream().filter(variation -> variation.name().equals(name)).findFirst()
                    .filter(variation -> nominal > 0)
                    .map(variation -> String.format("%+.1f%% / %+.1f%%", 100 * (variation.up().get(bin) / nominal - 1),
                            100 * (variation.down().get(bin) / nominal - 1)))
                    .orElse("");
        }));
    }

    private SignalYield yieldOf(Object element) {
        return editor.document().model().yield((Integer) element);
    }

    private void refresh() {
        if (form == null || form.isDisposed()) {
            return;
        }
        SignalModel model = editor.document().model();
        // a message is about a refused input; undo, redo or an edit elsewhere make it stale
        form.setMessage(null, IMessageProvider.NONE);
        form.setText(String.format("Yields of %s: %.4g events in total", model.name(), model.totalYield()));
        viewer.refresh();
    }

    @Override
    public void dispose() {
        editor.document().removeListener(refresh);
        super.dispose();
    }
}
