/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;

/**
 * Drives the menu bar with the events a user's clicks send: each menu on the way gets SWT.Show
 * (which fills dynamic menus such as Show View), the item SWT.Selection. Key strokes go through
 * the display ({@link Display#post}) as from the keyboard.
 */
public final class Menus {

    private Menus() {
    }

    /** The menu bar item at {@code path} (labels without mnemonics and accelerators), menus shown on the way. */
    public static MenuItem item(Shell shell, String... path) {
        Menu menu = shell.getMenuBar();
        MenuItem item = null;
        for (String label : path) {
            if (item != null) {
                menu = item.getMenu();
                menu.notifyListeners(SWT.Show, new Event());
            }
            Menu current = menu;
            item = Arrays.stream(menu.getItems()).filter(candidate -> label.equals(label(candidate))).findFirst()
                    .orElseGet(() -> fail("No menu item '" + label + "' in " + Arrays.stream(current.getItems())
                            .map(Menus::label).toList()));
        }
        return item;
    }

    /** Chooses a menu item, as a click on it does. */
    public static void click(MenuItem item) {
        Event event = new Event();
        event.widget = item;
        item.notifyListeners(SWT.Selection, event);
        Waits.flush();
    }

    /** Presses {@code key} with the modifier keys held (e.g. SWT.CTRL, SWT.ALT), through the display. */
    public static void press(char key, int... modifiers) {
        Display display = Display.getCurrent();
        for (int modifier : modifiers) {
            post(display, SWT.KeyDown, modifier, '\0');
        }
        post(display, SWT.KeyDown, 0, key);
        post(display, SWT.KeyUp, 0, key);
        for (int i = modifiers.length - 1; i >= 0; i--) {
            post(display, SWT.KeyUp, modifiers[i], '\0');
        }
        Waits.flush();
    }

    private static void post(Display display, int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        if (!display.post(event)) {
            fail("The display does not take posted key events");
        }
    }

    private static String label(MenuItem item) {
        return item.getText().split("\t", 2)[0].replace("&", "");
    }
}
