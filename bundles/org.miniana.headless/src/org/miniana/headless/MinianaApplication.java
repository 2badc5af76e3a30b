/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.miniana.data.UserArea;

/** The headless product's entry point: runs one {@code miniana} command and returns its exit code. */
public final class MinianaApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        UserArea.useUnlessChosen();
        String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        return MinianaCommand.execute(arguments == null ? new String[0] : arguments, System.in, System.out, System.err);
    }

    @Override
    public void stop() {
        // A command runs to completion; nothing to interrupt.
    }
}
