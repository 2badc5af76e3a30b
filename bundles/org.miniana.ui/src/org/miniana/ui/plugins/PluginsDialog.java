/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.plugins;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.miniana.extensions.Contributions.Unavailable;
import org.miniana.optimize.OptimizerRegistry;
import org.miniana.plugins.InstalledPlugin;
import org.miniana.plugins.PluginBundle;
import org.miniana.plugins.PluginInstallation;
import org.miniana.report.ReportRegistry;
import org.miniana.signal.SignalModelProviders;
import org.miniana.ui.WidgetIds;

/**
 * The third-party plug-ins of this installation, as {@code miniana plugins list} shows them, with
 * buttons to install more (a jar, a folder of jars or a p2 repository) and to remove the selected
 * one; after a change it offers to restart, since plug-ins are loaded at start.
 */
public final class PluginsDialog extends Dialog {

    public static final String TITLE = "Plug-ins";
    private static final int INSTALL_JAR = IDialogConstants.CLIENT_ID;
    private static final int INSTALL_FOLDER = IDialogConstants.CLIENT_ID + 1;
    private static final int REMOVE = IDialogConstants.CLIENT_ID + 2;

    private Table table;
    private List<InstalledPlugin> plugins = List.of();

    public PluginsDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label intro = new Label(area, SWT.WRAP);
        intro.setText("Plug-ins installed into this Mini Analysis installation (also 'miniana plugins list'). They are"
                + " loaded when the workbench and the command line start.");
        GridDataFactory.fillDefaults().grab(true, false).hint(640, SWT.DEFAULT).applyTo(intro);
        table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        WidgetIds.set(table, WidgetIds.PLUGINS_TABLE);
        for (String heading : new String[] { "Plug-in", "Version", "State", "Contributes", "Problems" }) {
            new TableColumn(table, SWT.LEFT).setText(heading);
        }
        GridDataFactory.fillDefaults().grab(true, true).hint(760, 200).applyTo(table);
        table.addListener(SWT.Selection, event -> updateButtons());
        refresh();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, INSTALL_JAR, "Install &Jar...", false);
        createButton(parent, INSTALL_FOLDER, "Install from &Folder or Repository...", false);
        createButton(parent, REMOVE, "&Remove", false);
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
        updateButtons();
    }

    @Override
    protected void buttonPressed(int buttonId) {
        switch (buttonId) {
            case INSTALL_JAR -> {
                FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
                dialog.setText("Install a Plug-in Jar");
                dialog.setFilterExtensions(new String[] { "*.jar" });
                String file = dialog.open();
                if (file != null) {
                    install(file);
                }
            }
            case INSTALL_FOLDER -> {
                DirectoryDialog dialog = new DirectoryDialog(getShell());
                dialog.setText("Install from a Folder of Plug-in Jars or a p2 Repository");
                String folder = dialog.open();
                if (folder != null) {
                    install(folder);
                }
            }
            case REMOVE -> {
                int selected = table.getSelectionIndex();
                if (selected >= 0 && MessageDialog.openConfirm(getShell(), TITLE, "Remove "
                        + plugins.get(selected).id() + "? It is gone at the next start.")) {
                    remove(plugins.get(selected).id());
                }
            }
            case IDialogConstants.CLOSE_ID -> close();
            default -> super.buttonPressed(buttonId);
        }
    }

    /** Installs from a jar, a folder or a p2 repository, then offers to restart; tests call it directly. */
    public void install(String source) {
        change("Installing " + source, installation -> {
            List<String> names = new ArrayList<>();
            for (InstalledPlugin plugin : installation.install(source, null)) {
                names.add(plugin.id() + " " + plugin.version());
            }
            return "Installed " + String.join(", ", names) + ".";
        });
    }

    /** Removes a plug-in installed here, then offers to restart; tests call it directly. */
    public void remove(String id) {
        change("Removing " + id, installation -> {
            InstalledPlugin removed = installation.remove(id, null);
            return "Removed " + removed.id() + " " + removed.version() + ".";
        });
    }

    private interface Change {
        String apply(PluginInstallation installation) throws CoreException;
    }

    private void change(String task, Change change) {
        String[] done = new String[1];
        try {
            new ProgressMonitorDialog(getShell()).run(true, false, monitor -> {
                monitor.beginTask(task, IProgressMonitor.UNKNOWN);
                try {
                    done[0] = change.apply(PluginInstallation.running());
                } catch (CoreException e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            MessageDialog.openError(getShell(), TITLE, e.getCause().getMessage());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        refresh();
        if (MessageDialog.openQuestion(getShell(), TITLE, done[0]
                + "\n\nThe change takes effect when the workbench starts again. Restart now?")) {
            close();
            PlatformUI.getWorkbench().restart();
        }
    }

    private void refresh() {
        table.removeAll();
        try {
            var problems = Unavailable.byContributor(OptimizerRegistry.fromPlatform().unavailable(),
                    ReportRegistry.fromPlatform().unavailable(), SignalModelProviders.fromPlatform().unavailable());
            plugins = PluginInstallation.running().list(bundle -> problems.getOrDefault(bundle, List.of()));
        } catch (CoreException e) {
            plugins = List.of();
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { e.getMessage(), "", "", "", "" });
        }
        for (InstalledPlugin plugin : plugins) {
            List<String> states = new ArrayList<>();
            List<String> contributions = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            for (PluginBundle bundle : plugin.bundles()) {
                states.add(bundle.state().label());
                contributions.addAll(bundle.contributions());
                problems.addAll(bundle.problems());
            }
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { plugin.name(), plugin.version(), String.join(", ", states.stream().distinct()
                    .toList()), String.join("; ", contributions), String.join("; ", problems) });
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
        updateButtons();
    }

    private void updateButtons() {
        if (getButton(REMOVE) != null) {
            getButton(REMOVE).setEnabled(table.getSelectionIndex() >= 0 && table.getSelectionIndex() < plugins.size());
        }
    }

    /** The rows the table shows, one per installed plug-in; for tests. */
    public List<InstalledPlugin> plugins() {
        return plugins;
    }
}
