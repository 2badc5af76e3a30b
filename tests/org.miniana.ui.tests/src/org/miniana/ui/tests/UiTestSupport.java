/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.miniana.ui.WidgetIds;

/** Finds widgets by their {@link WidgetIds id} and waits for the UI while processing its events. */
public final class UiTestSupport {

    private UiTestSupport() {
    }

    /** The one control of {@code type} below {@code root} whose id is {@code id}. */
    public static <T extends Control> T find(Composite root, Class<T> type, String id) {
        List<T> found = new ArrayList<>();
        collect(root, type, id, found);
        assertEquals(1, found.size(), () -> "controls with id " + id + ": " + found);
        return found.get(0);
    }

    private static <T extends Control> void collect(Control control, Class<T> type, String id, List<T> found) {
        if (type.isInstance(control) && id.equals(control.getData(WidgetIds.KEY))) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, id, found);
            }
        }
    }

    /** Processes UI events until {@code condition} holds; fails after {@code timeout}. */
    public static void waitUntil(String what, BooleanSupplier condition, Duration timeout) {
        Display display = Display.getCurrent();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("Timed out after " + timeout + " waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    fail("Interrupted while waiting for " + what);
                }
            }
        }
    }
}
