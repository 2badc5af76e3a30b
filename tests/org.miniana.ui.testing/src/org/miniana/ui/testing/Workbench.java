/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.testing;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

/** The running workbench as the tests see it: its window, page, views and commands. */
public final class Workbench {

    private Workbench() {
    }

    public static IWorkbenchWindow window() {
        IWorkbenchWindow[] windows = PlatformUI.getWorkbench().getWorkbenchWindows();
        if (windows.length != 1) {
            fail("Expected one workbench window, found " + windows.length);
        }
        return windows[0];
    }

    public static IWorkbenchPage page() {
        IWorkbenchPage page = window().getActivePage();
        assertNotNull(page, "an active workbench page");
        return page;
    }

    /** Shows (opening it if needed) and activates the view with this id. */
    public static <T extends IViewPart> T showView(String id, Class<T> type) {
        try {
            IViewPart view = page().showView(id);
            Waits.flush();
            return type.cast(view);
        } catch (PartInitException e) {
            return fail("Cannot open the view " + id, e);
        }
    }

    /** Executes a command as its menu item or key binding would, with the given parameters. */
    public static void execute(String commandId, Map<String, String> parameters) {
        var commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        var handlers = window().getService(IHandlerService.class);
        try {
            ParameterizedCommand command = ParameterizedCommand.generateCommand(commands.getCommand(commandId),
                    parameters);
            assertNotNull(command, () -> "no command " + commandId + " with parameters " + parameters);
            handlers.executeCommand(command, null);
        } catch (CommandException e) {
            fail("Command " + commandId + " failed", e);
        }
        Waits.flush();
    }

    public static void execute(String commandId) {
        execute(commandId, Map.of());
    }
}
