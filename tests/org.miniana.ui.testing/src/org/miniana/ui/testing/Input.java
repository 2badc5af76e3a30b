/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Acts on widgets through the SWT events a user's mouse and keyboard produce, so that the
 * listeners the application (and JFace) registered run exactly as in real use. Every action
 * ends by processing the events it caused.
 */
public final class Input {

    private Input() {
    }

    /** Clicks a push button, or toggles a check box or radio button. */
    public static void click(Button button) {
        assertTrue(button.isEnabled(), () -> "button '" + button.getText() + "' is disabled");
        if ((button.getStyle() & (SWT.CHECK | SWT.TOGGLE)) != 0) {
            button.setSelection(!button.getSelection());
        } else if ((button.getStyle() & SWT.RADIO) != 0) {
            Arrays.stream(button.getParent().getChildren())
                    .filter(sibling -> sibling instanceof Button other && (other.getStyle() & SWT.RADIO) != 0)
                    .forEach(sibling -> ((Button) sibling).setSelection(sibling == button));
        }
        button.notifyListeners(SWT.Selection, Widgets.event(button, SWT.Selection));
        Waits.flush();
    }

    /**
     * Clicks the middle of a control with the mouse through the display ({@link Display#post}),
     * so that the window system delivers the click as from a real mouse: to whatever window is
     * really there, modal dialogs' event loops included.
     */
    public static void clickWithMouse(Control control) {
        assertTrue(control.isVisible() && control.isEnabled(), () -> control + " is hidden or disabled");
        Point size = control.getSize();
        postClick(control.getDisplay(), control.toDisplay(size.x / 2, size.y / 2));
    }

    /** Clicks the middle of a tool bar item with the mouse through the display, as {@link #clickWithMouse(Control)}. */
    public static void clickWithMouse(ToolItem item) {
        assertTrue(item.isEnabled() && item.getParent().isVisible(), () -> "tool item '" + item.getToolTipText()
                + "' is hidden or disabled");
        Rectangle bounds = item.getBounds();
        postClick(item.getDisplay(), item.getParent().toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2));
    }

    private static void postClick(Display display, Point at) {
        for (int type : new int[] { SWT.MouseMove, SWT.MouseDown, SWT.MouseUp }) {
            post(display, type, at);
        }
        Waits.flush();
        parkPointer(display);
    }

    /**
     * Moves the real pointer to the display's bottom-right corner, off the workbench: a pointer left
     * over a control after a posted click shows its tool tip over what later tests capture.
     */
    public static void parkPointer(Display display) {
        Rectangle screen = display.getBounds();
        post(display, SWT.MouseMove, new Point(screen.x + screen.width - 1, screen.y + screen.height - 1));
        // the tool kit hides a tool tip shortly after the pointer leaves
        Waits.idle(Duration.ofMillis(300));
    }

    private static void post(Display display, int type, Point at) {
        Event event = new Event();
        event.type = type;
        event.x = at.x;
        event.y = at.y;
        event.button = type == SWT.MouseMove ? 0 : 1;
        if (!display.post(event)) {
            fail("The display does not take posted mouse events");
        }
    }

    /** Clicks a tool bar item. */
    public static void click(ToolItem item) {
        assertTrue(item.isEnabled(), () -> "tool item '" + item.getToolTipText() + "' is disabled");
        Event event = Widgets.event(item.getParent(), SWT.Selection);
        event.widget = item;
        item.notifyListeners(SWT.Selection, event);
        Waits.flush();
    }

    /** Chooses the entry reading {@code text} in a drop-down. */
    public static void select(Combo combo, String text) {
        int index = combo.indexOf(text);
        if (index < 0) {
            fail("No entry '" + text + "' in " + List.of(combo.getItems()));
        }
        combo.select(index);
        combo.notifyListeners(SWT.Selection, Widgets.event(combo, SWT.Selection));
        combo.notifyListeners(SWT.Modify, Widgets.event(combo, SWT.Modify));
        Waits.flush();
    }

    /** Replaces the content of a text field by typing {@code text} into it, key by key. */
    public static void type(Text field, String text) {
        field.setFocus();
        field.selectAll();
        if (text.isEmpty()) {
            field.insert("");
        }
        for (char character : text.toCharArray()) {
            Event down = Widgets.event(field, SWT.KeyDown);
            down.character = character;
            down.keyCode = character;
            field.notifyListeners(SWT.KeyDown, down);
            if (down.doit) {
                // insert, like a key press, sends the Verify and Modify events
                field.insert(String.valueOf(character));
            }
            Event up = Widgets.event(field, SWT.KeyUp);
            up.character = character;
            up.keyCode = character;
            field.notifyListeners(SWT.KeyUp, up);
        }
        Waits.flush();
    }

    /** Presses Enter in a control: the key, the traversal and the default selection it causes. */
    public static void pressEnter(Control control) {
        Event down = Widgets.event(control, SWT.KeyDown);
        down.character = SWT.CR;
        down.keyCode = SWT.CR;
        control.notifyListeners(SWT.KeyDown, down);
        if (!control.isDisposed()) {
            Event traverse = Widgets.event(control, SWT.Traverse);
            traverse.detail = SWT.TRAVERSE_RETURN;
            traverse.character = SWT.CR;
            control.notifyListeners(SWT.Traverse, traverse);
        }
        if (!control.isDisposed()) {
            control.notifyListeners(SWT.DefaultSelection, Widgets.event(control, SWT.DefaultSelection));
        }
        Waits.flush();
    }

    /** Selects table rows as a click (and control-clicks) would. */
    public static void select(Table table, int... rows) {
        table.setFocus();
        table.setSelection(rows);
        if (rows.length > 0) {
            table.showItem(table.getItem(rows[0]));
        }
        Event event = Widgets.event(table, SWT.Selection);
        event.item = rows.length > 0 ? table.getItem(rows[0]) : null;
        table.notifyListeners(SWT.Selection, event);
        Waits.flush();
    }

    /** Double-clicks a table row: selection, then the default selection (open) it causes. */
    public static void doubleClick(Table table, int row) {
        select(table, row);
        Event event = Widgets.event(table, SWT.DefaultSelection);
        event.item = table.getItem(row);
        table.notifyListeners(SWT.DefaultSelection, event);
        Waits.flush();
    }

    /** Double-clicks a control at (x, y) in its own coordinates, e.g. a point of a chart. */
    public static void doubleClickAt(Control control, int x, int y) {
        for (int type : new int[] { SWT.MouseDown, SWT.MouseUp, SWT.MouseDown, SWT.MouseDoubleClick, SWT.MouseUp }) {
            Event click = Widgets.event(control, type);
            click.button = 1;
            click.count = type == SWT.MouseDoubleClick || type == SWT.MouseUp ? 2 : 1;
            click.x = x;
            click.y = y;
            control.notifyListeners(type, click);
        }
        Waits.flush();
    }

    /** Selects a tree item as a click would. */
    public static void select(TreeItem item) {
        Tree tree = item.getParent();
        tree.setFocus();
        tree.setSelection(item);
        Event event = Widgets.event(tree, SWT.Selection);
        event.item = item;
        tree.notifyListeners(SWT.Selection, event);
        Waits.flush();
    }

    /** Double-clicks a tree item: selection, then the default selection (open) it causes. */
    public static void doubleClick(TreeItem item) {
        select(item);
        Tree tree = item.getParent();
        Event event = Widgets.event(tree, SWT.DefaultSelection);
        event.item = item;
        tree.notifyListeners(SWT.DefaultSelection, event);
        Waits.flush();
    }

    /** Expands a tree item as a click on its arrow does: the expand event first, which makes lazy viewers fill it. */
    public static void expand(TreeItem item) {
        if (item.getExpanded()) {
            return;
        }
        Tree tree = item.getParent();
        Event event = Widgets.event(tree, SWT.Expand);
        event.item = item;
        tree.notifyListeners(SWT.Expand, event);
        item.setExpanded(true);
        Waits.flush();
    }

    /** Clicks a tab, e.g. a page of a multi-page editor. */
    public static void select(CTabItem tab) {
        CTabFolder folder = tab.getParent();
        folder.setSelection(tab);
        Event event = Widgets.event(folder, SWT.Selection);
        event.item = tab;
        folder.notifyListeners(SWT.Selection, event);
        Waits.flush();
    }

    /** Clicks a table header, e.g. to sort by that column. */
    public static void clickHeader(Table table, String header) {
        var column = table.getColumn(Widgets.column(table, header));
        column.notifyListeners(SWT.Selection, Widgets.event(table, SWT.Selection));
        Waits.flush();
    }

    /**
     * Edits a table cell as a user does: a click on the cell opens its editor, the new text is
     * typed and Enter applies it.
     */
    public static void editCell(Table table, int row, String header, String text) {
        int column = Widgets.column(table, header);
        // a click selects the row first; JFace opens editors on single selections only
        select(table, row);
        TableItem item = table.getItem(row);
        Rectangle cell = item.getBounds(column);
        Point center = new Point(cell.x + cell.width / 2, cell.y + cell.height / 2);
        for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
            Event click = Widgets.event(table, type);
            click.button = 1;
            click.count = 1;
            click.x = center.x;
            click.y = center.y;
            table.notifyListeners(type, click);
        }
        Waits.flush();
        List<Text> editors = Widgets.all(table, Text.class, field -> field.isVisible());
        if (editors.size() != 1) {
            fail("A click on row " + row + ", column '" + header + "' opened " + editors.size() + " cell editors");
        }
        Text editor = editors.get(0);
        type(editor, text);
        pressEnter(editor);
        Waits.until("the cell editor to close", () -> editor.isDisposed() || !editor.isVisible(), Duration.ofSeconds(5));
    }
}
