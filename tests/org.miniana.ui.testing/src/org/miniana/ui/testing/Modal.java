/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Drives a modal dialog. Tests run on the UI thread, and opening a modal dialog does not return
 * until the dialog closes; so the driver is queued on the display first and runs inside the
 * dialog's own event loop once its shell is open.
 */
public final class Modal {

    private static final long POLL_MILLISECONDS = 50;

    private Modal() {
    }

    /**
     * Performs {@code open} (a click, a command) and drives the dialog titled {@code title} it
     * opens with {@code driver}, which must close it (OK, Cancel, ...). A failure inside the
     * driver closes the dialog and fails the test.
     */
    public static void drive(Runnable open, String title, Consumer<Shell> driver, Duration timeout) {
        Display display = Display.getCurrent();
        List<Shell> before = List.of(display.getShells());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicBoolean driven = new AtomicBoolean();
        long deadline = System.nanoTime() + timeout.toNanos();
        Runnable poll = new Runnable() {
            @Override
            public void run() {
                Shell dialog = Arrays.stream(display.getShells())
                        .filter(shell -> !before.contains(shell) && !shell.isDisposed() && shell.isVisible()
                                && title.equals(shell.getText()))
                        .findFirst().orElse(null);
                if (dialog == null) {
                    if (System.nanoTime() < deadline) {
                        display.timerExec((int) POLL_MILLISECONDS, this);
                    } else {
                        failure.set(new AssertionError("No dialog titled '" + title + "' opened"));
                        driven.set(true);
                    }
                    return;
                }
                try {
                    Waits.flush();
                    driver.accept(dialog);
                } catch (Throwable e) {
                    failure.set(e);
                    if (!dialog.isDisposed()) {
                        dialog.close();
                    }
                } finally {
                    driven.set(true);
                }
            }
        };
        display.timerExec((int) POLL_MILLISECONDS, poll);
        open.run();
        Waits.until("the dialog '" + title + "' to be driven", driven::get, timeout);
        Throwable thrown = failure.get();
        if (thrown instanceof AssertionError assertion) {
            throw assertion;
        }
        if (thrown != null) {
            fail("Driving the dialog '" + title + "' failed", thrown);
        }
    }
}
