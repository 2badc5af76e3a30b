/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.testing;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.osgi.framework.Bundle;

/** An ILog that keeps what it is given, for tests of what a registry logs. */
public final class RecordingLog implements ILog {

    private final List<IStatus> logged = new ArrayList<>();

    @Override
    public void log(IStatus status) {
        logged.add(status);
    }

    @Override
    public Bundle getBundle() {
        return null;
    }

    @Override
    public void addLogListener(ILogListener listener) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void removeLogListener(ILogListener listener) {
        throw new UnsupportedOperationException();
    }

    /** Everything logged, in order. */
    public List<IStatus> logged() {
        return List.copyOf(logged);
    }

    /** The messages of the errors logged, in order. */
    public List<String> errors() {
        return logged.stream().filter(status -> status.getSeverity() == IStatus.ERROR).map(IStatus::getMessage)
                .toList();
    }
}
