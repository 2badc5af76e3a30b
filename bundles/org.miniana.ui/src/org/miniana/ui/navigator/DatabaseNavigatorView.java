/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.navigator;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.miniana.core.AnalysisRun;
import org.miniana.core.ScanRecord;
import org.miniana.data.AnalysisRunStore;
import org.miniana.data.SignalModelSummary;
import org.miniana.signal.FastSimulation;
import org.miniana.ui.Labels;
import org.miniana.ui.WidgetIds;
import org.miniana.ui.navigator.NavigatorContent.AnalysisNode;
import org.miniana.ui.navigator.NavigatorContent.BinNode;
import org.miniana.ui.navigator.NavigatorContent.FamilyNode;
import org.miniana.ui.navigator.NavigatorContent.Folder;
import org.miniana.ui.navigator.NavigatorContent.MassNode;
import org.miniana.ui.session.DatabaseSession;
import org.miniana.ui.session.WorkbenchJob;

/**
 * The database as a tree: analyses and their bins, signal models by family and mass, the runs
 * of each model, and the stored scans. Double-click opens an element where it belongs (see {@link Opener}).
 */
public final class DatabaseNavigatorView extends ViewPart {

    public static final String ID = "org.miniana.ui.views.navigator";

    /** Family of the job that reads the tree, for waiting on it. */
    public static final Object LOAD_FAMILY = new Object();

    private TreeViewer viewer;
    private final Consumer<DatabaseSession.Change> databaseListener = change -> {
        Display display = PlatformUI.getWorkbench().getDisplay();
        if (change == DatabaseSession.Change.RUNS) {
            display.asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                    viewer.refresh();
                }
            });
        } else if (change == DatabaseSession.Change.MODELS || change == DatabaseSession.Change.SCANS
                || !DatabaseSession.get().isOpen()) {
            // CONNECTION after an open comes from this view's own load: nothing to do then
            display.asyncExec(this::load);
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        WidgetIds.set(viewer.getTree(), WidgetIds.NAVIGATOR_TREE);
        viewer.setComparer(new IElementComparer() {
            @Override
            public boolean equals(Object first, Object second) {
                return NavigatorContent.key(first).equals(NavigatorContent.key(second));
            }

            @Override
            public int hashCode(Object element) {
                return NavigatorContent.key(element).hashCode();
            }
        });
        viewer.setContentProvider(new ContentProvider());
        viewer.setLabelProvider(new NodeLabelProvider());
        viewer.addDoubleClickListener(event -> ((IStructuredSelection) event.getSelection()).toList()
                .forEach(element -> Opener.open(getSite().getPage(), element)));
        getSite().setSelectionProvider(viewer);
        MenuManager menu = new MenuManager();
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);
        Action refresh = new Action("Refresh") {
            @Override
            public void run() {
                load();
            }
        };
        refresh.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
        getViewSite().getActionBars().getToolBarManager().add(refresh);
        DatabaseSession.get().addListener(databaseListener);
        load();
    }

    /** Reads the tree in a job and shows it. */
    public void load() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        setContentDescription("Reading " + DatabaseSession.get().description() + "...");
        new WorkbenchJob("Reading the database", LOAD_FAMILY) {
            @Override
            protected IStatus work(IProgressMonitor monitor) {
                DatabaseSession session = DatabaseSession.get();
                try {
                    var database = session.database();
                    var analyses = database.searchResults().names().stream().map(session::searchResult).toList();
                    NavigatorContent content = NavigatorContent.of(analyses, database.signalModels().summaries(),
                            database.scans().list());
                    show(Optional.of(content), session.description());
                    return Status.OK_STATUS;
                } catch (RuntimeException e) {
                    show(Optional.empty(), e.getMessage());
                    throw e;
                }
            }
        }.schedule();
    }

    private void show(Optional<NavigatorContent> content, String description) {
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
            if (viewer.getControl().isDisposed()) {
                return;
            }
            Object[] expanded = viewer.getExpandedElements();
            content.ifPresent(viewer::setInput);
            viewer.setExpandedElements(expanded);
            setContentDescription(description);
        });
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        DatabaseSession.get().removeListener(databaseListener);
        super.dispose();
    }

    private static final class ContentProvider implements ITreeContentProvider {

        @Override
        public Object[] getElements(Object input) {
            return ((NavigatorContent) input).roots().toArray();
        }

        @Override
        public Object[] getChildren(Object element) {
            return switch (element) {
            case Folder folder -> folder.children().toArray();
            case AnalysisNode analysis -> analysis.result().bins().stream()
                    .map(bin -> new BinNode(analysis.result(), bin)).toArray();
            case FamilyNode family -> family.children().toArray();
            case MassNode mass -> mass.models().toArray();
            // the runs of one model, those of its current yields first: small queries, made when the user expands it
            case SignalModelSummary model -> DatabaseSession.get().isOpen() ? runs(model) : new Object[0];
            default -> new Object[0];
            };
        }

        private static Object[] runs(SignalModelSummary model) {
            var runs = DatabaseSession.get().database().runs();
            return Stream.concat(runs.forModel(model.analysis(), model.name()).stream(),
                    runs.earlierForModel(model.analysis(), model.name()).stream()).toArray();
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return switch (element) {
            case Folder folder -> !folder.children().isEmpty();
            case AnalysisNode analysis -> !analysis.result().bins().isEmpty();
            case FamilyNode family -> !family.children().isEmpty();
            case MassNode mass -> !mass.models().isEmpty();
            case SignalModelSummary model -> true;
            default -> false;
            };
        }
    }

    private static final class NodeLabelProvider extends LabelProvider {

        @Override
        public String getText(Object element) {
            return switch (element) {
            case Folder folder -> folder.label();
            case AnalysisNode analysis -> analysis.result().analysis().name() + " ("
                    + analysis.result().bins().size() + " bins)";
            case BinNode bin -> "Bin " + bin.yields().bin().index() + ": " + bin.yields().bin().label();
            case FamilyNode family -> family.family();
            case MassNode mass -> mass.parameter() + " = " + Labels.number(mass.value());
            case SignalModelSummary model -> model.name()
                    + FastSimulation.otherVersion(model.provenance()).map(note -> " (" + note + ")").orElse("");
            case AnalysisRun run -> Labels.run(run);
            case AnalysisRunStore.EarlierRun earlier -> Labels.run(earlier.run()) + " (earlier yields)";
            case ScanRecord scan -> Labels.scan(scan);
            default -> String.valueOf(element);
            };
        }

        @Override
        public Image getImage(Object element) {
            ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
            return images.getImage(switch (element) {
            case Folder folder -> ISharedImages.IMG_OBJ_FOLDER;
            case FamilyNode family -> ISharedImages.IMG_OBJ_FOLDER;
            case MassNode mass -> ISharedImages.IMG_OBJ_FOLDER;
            case AnalysisRun run -> ISharedImages.IMG_OBJ_ELEMENT;
            case AnalysisRunStore.EarlierRun earlier -> ISharedImages.IMG_OBJ_ELEMENT;
            case ScanRecord scan -> ISharedImages.IMG_OBJ_ELEMENT;
            case SignalModelSummary model -> FastSimulation.byOtherVersion(model.provenance())
                    ? ISharedImages.IMG_OBJS_WARN_TSK : ISharedImages.IMG_OBJ_FILE;
            default -> ISharedImages.IMG_OBJ_FILE;
            });
        }
    }
}
