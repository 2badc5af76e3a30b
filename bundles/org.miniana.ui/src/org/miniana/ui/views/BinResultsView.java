/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.miniana.core.AnalysisRun;
import org.miniana.core.BackgroundProcess;
import org.miniana.core.Ra2Search;
import org.miniana.core.SearchResult;
import org.miniana.ui.WidgetIds;
import org.miniana.ui.session.DatabaseSession;
import org.miniana.ui.session.RunContext;
import org.miniana.ui.session.WorkbenchJob;

/**
 * One row per search bin: kinematic ranges, observed count, each background, their total with
 * errors, the signal of the model shown, S/sqrt(B), and a tick on the bins the run shown merged.
 * Sortable by any column, filterable by text; its selection (rows as {@link BinRow}s) goes to
 * the workbench, and it selects the bins other parts select.
 */
public final class BinResultsView extends ViewPart {

    public static final String ID = "org.miniana.ui.views.binResults";

    /** Family of the job that loads the bins, for waiting on it. */
    public static final Object LOAD_FAMILY = new Object();

    /** The text of the in-aggregate column for a merged bin. */
    public static final String TICK = "\u2713";

    private TableViewer viewer;
    private Text filterText;
    private Label filterError;
    private BinFilter filter = BinFilter.parse("");
    private Button onlyMerged;
    /** The header for a number of rows shown: "N of M bins", the search's totals and the run shown. */
    private IntFunction<String> summary;
    private List<BackgroundProcess> columnsFor;
    private TableColumn sortedBy;
    private final Consumer<RunContext.State> contextListener = this::show;
    private final ISelectionListener selectionListener = this::selectBinsOf;

    /** One column: header, how its cells read and how rows sort by it. */
    private record Column(String title, int width, int alignment, Function<BinRow, String> text,
            Comparator<BinRow> order) {
    }

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().numColumns(3).margins(2, 2).applyTo(parent);
        new Label(parent, SWT.NONE).setText("Filter:");
        filterText = new Text(parent, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
        filterText.setMessage("e.g. Njets 7-8, Nb >= 3, MHT > 500, bin 12");
        filterText.setToolTipText("Comma-separated ranges on the bins' axes, all of which a bin must meet:\n"
                + "Njets 7-8 (within), Nb >= 3, MHT > 500 (also > >= < <= =), Njets 9 (holds 9), bin 12");
        WidgetIds.set(filterText, WidgetIds.BIN_RESULTS_FILTER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filterText);
        onlyMerged = new Button(parent, SWT.CHECK);
        onlyMerged.setText("Only merged bins");
        WidgetIds.set(onlyMerged, WidgetIds.BIN_RESULTS_ONLY_MERGED);

        filterError = new Label(parent, SWT.WRAP);
        filterError.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
        WidgetIds.set(filterError, WidgetIds.BIN_RESULTS_FILTER_ERROR);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).exclude(true).applyTo(filterError);
        filterError.setVisible(false);

        viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        Table table = viewer.getTable();
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(table);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        WidgetIds.set(table, WidgetIds.BIN_RESULTS_TABLE);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setFilters(new RowFilter());
        filterText.addModifyListener(event -> readFilter());
        onlyMerged.addListener(SWT.Selection, event -> refresh());
        getSite().setSelectionProvider(viewer);
        getSite().getPage().addPostSelectionListener(selectionListener);
        RunContext.get().addListener(contextListener);
        RunContext.get().state().ifPresentOrElse(this::show, this::loadDefault);
    }

    /** Shows the RA2 search until something else is shown. */
    private void loadDefault() {
        setContentDescription("Loading " + Ra2Search.ANALYSIS.name() + "...");
        new WorkbenchJob("Loading bin results", LOAD_FAMILY) {
            @Override
            protected IStatus work(IProgressMonitor monitor) {
                try {
                    SearchResult result = DatabaseSession.get().searchResult(Ra2Search.ANALYSIS.name());
                    PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
                        if (RunContext.get().state().isEmpty()) {
                            RunContext.get().show(RunContext.State.of(result));
                        }
                    });
                    return Status.OK_STATUS;
                } catch (RuntimeException e) {
                    PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
                        if (!viewer.getControl().isDisposed()) {
                            setContentDescription(e.getMessage());
                        }
                    });
                    throw e;
                }
            }
        }.schedule();
    }

    private void show(RunContext.State state) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        SearchResult result = state.result();
        if (!result.processes().equals(columnsFor)) {
            createColumns(result.processes());
        }
        Set<Integer> merged = state.run().map(run -> Set.copyOf(run.bins())).orElse(Set.of());
        List<BinRow> rows = new ArrayList<>();
        for (var yields : result.bins()) {
            int index = yields.bin().index();
            rows.add(new BinRow(yields, state.model().map(model -> model.yield(index)), merged.contains(index)));
        }
        String model = state.model().map(m -> ", signal " + m.name()).orElse("");
        String run = state.run().map(BinResultsView::describe).orElse("");
        summary = shown -> String.format("%s: %d of %d bins, %d observed, %.1f predicted%s%s",
                result.analysis().name(), shown, result.bins().size(), result.totalObserved(),
                result.totalBackground(), model, run);
        viewer.setInput(rows);
        describeShown();
    }

    /** Applies the filter text, or shows why it cannot be read (and filters by the other choices only). */
    private void readFilter() {
        String message;
        try {
            filter = BinFilter.parse(filterText.getText());
            message = "";
        } catch (BinFilter.SyntaxException e) {
            filter = BinFilter.parse("");
            message = "Filter not applied: " + e.getMessage();
        }
        filterError.setText(message);
        filterError.setVisible(!message.isEmpty());
        ((GridData) filterError.getLayoutData()).exclude = message.isEmpty();
        filterError.getParent().layout(true);
        refresh();
    }

    private void refresh() {
        viewer.refresh();
        describeShown();
    }

    /** The header: how many of the bins the table shows, and the totals. */
    private void describeShown() {
        if (summary != null) {
            setContentDescription(summary.apply(viewer.getTable().getItemCount()));
        }
    }

    private static String describe(AnalysisRun run) {
        return String.format("; merged bin of %s (%d bins): S = %.2f, B = %.2f, N = %d", run.optimizer(),
                run.bins().size(), run.signal(), run.background(), run.observed());
    }

    private void createColumns(List<BackgroundProcess> processes) {
        Table table = viewer.getTable();
        table.setRedraw(false);
        try {
            for (TableColumn column : table.getColumns()) {
                column.dispose();
            }
            sortedBy = null;
            viewer.setComparator(null);
            List<Column> columns = new ArrayList<>();
            columns.add(new Column("Bin", 50, SWT.RIGHT, row -> Integer.toString(row.index()),
                    Comparator.comparingInt(BinRow::index)));
            columns.add(new Column("Njets", 60, SWT.CENTER, row -> row.yields().bin().njets().countLabel(),
                    Comparator.comparingDouble(row -> row.yields().bin().njets().lower())));
            columns.add(new Column("Nb", 50, SWT.CENTER, row -> row.yields().bin().nb().countLabel(),
                    Comparator.comparingDouble(row -> row.yields().bin().nb().lower())));
            columns.add(new Column("HT [GeV]", 90, SWT.CENTER, row -> row.yields().bin().ht().rangeLabel(),
                    Comparator.comparingDouble(row -> row.yields().bin().ht().lower())));
            columns.add(new Column("MHT [GeV]", 90, SWT.CENTER, row -> row.yields().bin().mht().rangeLabel(),
                    Comparator.comparingDouble(row -> row.yields().bin().mht().lower())));
            columns.add(new Column("Observed", 75, SWT.RIGHT, row -> Long.toString(row.yields().observed()),
                    Comparator.comparingLong(row -> row.yields().observed())));
            for (BackgroundProcess process : processes) {
                columns.add(number(process.label(), 95, row -> row.yields().background(process).value()));
            }
            columns.add(number("Total", 80, row -> row.yields().totalBackground()));
            columns.add(number("+Error", 65, row -> row.yields().totalEstimate().totalUp()));
            columns.add(number("\u2212Error", 65, row -> row.yields().totalEstimate().totalDown()));
            columns.add(new Column("Signal", 75, SWT.RIGHT,
                    row -> row.signal().map(s -> String.format("%.3f", s.value())).orElse(""),
                    Comparator.comparingDouble(row -> row.signal().map(s -> s.value()).orElse(-1.0))));
            columns.add(new Column("S/\u221aB", 65, SWT.RIGHT,
                    row -> row.signalOverRootBackground().map(v -> String.format("%.3f", v)).orElse(""),
                    Comparator.comparingDouble(row -> row.signalOverRootBackground().orElse(-1.0))));
            columns.add(new Column("Merged", 60, SWT.CENTER, row -> row.inAggregate() ? TICK : "",
                    Comparator.comparing(BinRow::inAggregate)));
            columns.forEach(this::createColumn);
            columnsFor = List.copyOf(processes);
        } finally {
            table.setRedraw(true);
        }
    }

    private static Column number(String title, int width, Function<BinRow, Double> value) {
        return new Column(title, width, SWT.RIGHT, row -> String.format("%.2f", value.apply(row)),
                Comparator.comparing(value));
    }

    private void createColumn(Column column) {
        TableViewerColumn viewerColumn = new TableViewerColumn(viewer, column.alignment());
        TableColumn tableColumn = viewerColumn.getColumn();
        tableColumn.setText(column.title());
        tableColumn.setWidth(column.width());
        tableColumn.setMoveable(true);
        viewerColumn.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return column.text().apply((BinRow) element);
            }
        });
        tableColumn.addListener(SWT.Selection, event -> sortBy(tableColumn, column.order()));
    }

    /** Sorts by a column; a second click on the same column reverses the order. */
    private void sortBy(TableColumn column, Comparator<BinRow> order) {
        Table table = viewer.getTable();
        boolean ascending = sortedBy != column || table.getSortDirection() == SWT.DOWN;
        sortedBy = column;
        table.setSortColumn(column);
        table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
        Comparator<BinRow> directed = ascending ? order : order.reversed();
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer sorted, Object first, Object second) {
                return directed.compare((BinRow) first, (BinRow) second);
            }
        });
    }

    /** Selects the rows of the bins another part selected. */
    private void selectBinsOf(IWorkbenchPart part, ISelection selection) {
        Set<Integer> bins = BinSelections.indices(selection);
        if (part != this && !bins.isEmpty()) {
            selectBins(bins);
        }
    }

    /** Selects (and reveals) the rows of these bins. */
    public void selectBins(Set<Integer> bins) {
        if (viewer.getControl().isDisposed() || !(viewer.getInput() instanceof List<?> rows)) {
            return;
        }
        List<Object> selected = rows.stream().filter(row -> bins.contains(((BinRow) row).index()))
                .map(Object.class::cast).toList();
        viewer.setSelection(new StructuredSelection(selected), true);
    }

    /** Keeps the rows of the bins the filter ({@link BinFilter}) keeps, and only merged bins when asked. */
    private final class RowFilter extends ViewerFilter {
        @Override
        public boolean select(Viewer filtered, Object parent, Object element) {
            BinRow row = (BinRow) element;
            return (!onlyMerged.getSelection() || row.inAggregate()) && filter.test(row.yields().bin());
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        RunContext.get().removeListener(contextListener);
        getSite().getPage().removePostSelectionListener(selectionListener);
        super.dispose();
    }
}
