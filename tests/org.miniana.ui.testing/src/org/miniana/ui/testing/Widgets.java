/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.miniana.ui.WidgetIds;

/**
 * Finds widgets the way a user sees them: by their {@link WidgetIds id}, by their label, or by
 * the label in front of them. Every finder insists on exactly one match, so that a test never
 * drives the wrong widget silently.
 */
public final class Widgets {

    private static final Duration APPEAR = Duration.ofSeconds(30);

    private Widgets() {
    }

    /** The one control of {@code type} below {@code root} (inclusive) whose id is {@code id}. */
    public static <T extends Control> T byId(Control root, Class<T> type, String id) {
        return only(root, type, control -> id.equals(control.getData(WidgetIds.KEY)), "id " + id);
    }

    /** The one control of {@code type} with that id in any open shell, waiting for it to appear. */
    public static <T extends Control> T byId(Class<T> type, String id) {
        return waitForOne(type, control -> id.equals(control.getData(WidgetIds.KEY)), "id " + id);
    }

    /** The one button (push, check, radio) below {@code root} whose text is {@code label}, mnemonics ignored. */
    public static Button button(Control root, String label) {
        return only(root, Button.class, button -> label.equals(plain(button.getText())), "label " + label);
    }

    /**
     * The one control of {@code type} that directly follows a label reading {@code label} (a
     * trailing colon and mnemonics ignored) among its siblings: the usual label-field layout; or
     * that comes first in a composite that follows the label (a field with a Browse... button).
     */
    public static <T extends Control> T labelled(Control root, Class<T> type, String label) {
        return only(root, type, control -> follows(control, label) || control.getParent() != null
                && control.getParent().getChildren()[0] == control && follows(control.getParent(), label), "label " + label);
    }

    private static boolean follows(Control control, String label) {
        Composite parent = control.getParent();
        if (parent == null) {
            return false;
        }
        List<Control> siblings = Arrays.asList(parent.getChildren());
        int position = siblings.indexOf(control);
        return position > 0 && siblings.get(position - 1) instanceof Label previous
                && label.equals(plain(previous.getText()).replaceFirst(":$", ""));
    }

    /** The one group below {@code root} whose title is {@code title}. */
    public static Group group(Control root, String title) {
        return only(root, Group.class, group -> title.equals(plain(group.getText())), "title " + title);
    }

    /** Every control of {@code type} below {@code root} (inclusive) that satisfies {@code test}, in tree order. */
    public static <T extends Control> List<T> all(Control root, Class<T> type, Predicate<? super T> test) {
        List<T> found = new ArrayList<>();
        collect(root, type, test, found);
        return found;
    }

    /** The open, visible shell with this title that is not one of {@code except}, waiting for it to open. */
    public static Shell shell(String title, List<Shell> except) {
        Display display = Display.getCurrent();
        Shell[] found = new Shell[1];
        Waits.until("a shell titled '" + title + "'", () -> {
            found[0] = Arrays.stream(display.getShells())
                    .filter(shell -> !shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())
                            && !except.contains(shell))
                    .findFirst().orElse(null);
            return found[0] != null;
        }, APPEAR);
        return found[0];
    }

    /**
     * The tab reading {@code text} of the one visible tab folder below {@code root} that has one
     * (the pages of an editor behind another are hidden).
     */
    public static CTabItem tab(Control root, String text) {
        List<CTabItem> tabs = all(root, CTabFolder.class, CTabFolder::isVisible).stream()
                .flatMap(folder -> Arrays.stream(folder.getItems())).filter(item -> text.equals(item.getText()))
                .toList();
        assertEquals(1, tabs.size(), () -> "tabs reading " + text + ": " + tabs);
        return tabs.get(0);
    }

    /** The index of the table column whose header reads {@code header}. */
    public static int column(Table table, String header) {
        TableColumn[] columns = table.getColumns();
        for (int i = 0; i < columns.length; i++) {
            if (header.equals(columns[i].getText())) {
                return i;
            }
        }
        return fail("No column '" + header + "' in " + Arrays.stream(columns).map(TableColumn::getText).toList());
    }

    /** The texts of one column of a table, top to bottom. */
    public static List<String> columnTexts(Table table, String header) {
        int column = column(table, header);
        return Arrays.stream(table.getItems()).map(item -> item.getText(column)).toList();
    }

    /** The first row whose text in column {@code header} is {@code text}. */
    public static TableItem row(Table table, String header, String text) {
        int column = column(table, header);
        return Arrays.stream(table.getItems()).filter(item -> text.equals(item.getText(column))).findFirst()
                .orElseGet(() -> fail("No row with " + header + " = '" + text + "' among " + table.getItemCount()));
    }

    /**
     * The tree item at a path of labels, expanding each level as a user would (the expand event
     * makes lazy viewers create the children).
     */
    public static TreeItem treeItem(Tree tree, String... path) {
        TreeItem[] level = tree.getItems();
        TreeItem found = null;
        for (String label : path) {
            TreeItem parent = found;
            if (parent != null) {
                Input.expand(parent);
                level = parent.getItems();
            }
            found = Arrays.stream(level).filter(item -> label.equals(item.getText())).findFirst().orElse(null);
            if (found == null) {
                List<String> present = Arrays.stream(level).map(TreeItem::getText).toList();
                fail("No tree item '" + label + "' under " + (parent == null ? "the root" : parent.getText())
                        + "; present: " + present);
            }
        }
        return Objects.requireNonNull(found, "an empty path");
    }

    /** Text without mnemonic markers: "&Run" reads "Run". */
    static String plain(String text) {
        return text == null ? "" : text.replace("&&", "\u0000").replace("&", "").replace('\u0000', '&');
    }

    private static <T extends Control> T only(Control root, Class<T> type, Predicate<? super T> test, String what) {
        List<T> found = all(root, type, test);
        assertEquals(1, found.size(), () -> type.getSimpleName() + "s with " + what + ": " + found);
        return found.get(0);
    }

    private static <T extends Control> T waitForOne(Class<T> type, Predicate<? super T> test, String what) {
        Display display = Display.getCurrent();
        List<T> found = new ArrayList<>();
        Waits.until("a " + type.getSimpleName() + " with " + what, () -> {
            found.clear();
            for (Shell shell : display.getShells()) {
                if (!shell.isDisposed()) {
                    collect(shell, type, test, found);
                }
            }
            return !found.isEmpty();
        }, APPEAR);
        assertEquals(1, found.size(), () -> type.getSimpleName() + "s with " + what + ": " + found);
        return found.get(0);
    }

    private static <T extends Control> void collect(Control control, Class<T> type, Predicate<? super T> test,
            List<T> found) {
        if (control.isDisposed()) {
            return;
        }
        if (type.isInstance(control) && test.test(type.cast(control))) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, test, found);
            }
        }
    }

    /** An event of a type, with its widget and item set, for {@link Control#notifyListeners}. */
    static Event event(Control control, int type) {
        Event event = new Event();
        event.type = type;
        event.widget = control;
        event.display = control.getDisplay();
        event.time = (int) System.currentTimeMillis();
        event.doit = true;
        event.stateMask = SWT.NONE;
        return event;
    }
}
