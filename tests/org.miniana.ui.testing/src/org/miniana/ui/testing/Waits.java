/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/**
 * Waits on the UI thread without blocking it: the display keeps processing events (and the
 * asynchronous runnables of background jobs) while a condition is checked.
 */
public final class Waits {

    private Waits() {
    }

    /** Processes UI events until {@code condition} holds; fails after {@code timeout}. */
    public static void until(String what, BooleanSupplier condition, Duration timeout) {
        Display display = Display.getCurrent();
        if (display == null) {
            throw new IllegalStateException("Waits run on the UI thread (tycho-surefire useUIThread)");
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("Timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                sleep(what);
            }
        }
    }

    /** Processes every pending UI event, including runnables queued with asyncExec. */
    public static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // each call handles one event
        }
    }

    /** Keeps the UI running for a while, e.g. so that a screenshot shows the final paint. */
    public static void idle(Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        Display display = Display.getCurrent();
        while (System.nanoTime() < end) {
            if (!display.readAndDispatch()) {
                sleep("idle");
            }
        }
    }

    private static void sleep(String what) {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("Interrupted while waiting for " + what);
        }
    }
}
