/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.miniana.core.SignalModel;

/** A contribution that cannot be created: its constructor fails, as a provider with a missing resource would. */
public class BrokenSignalModelProvider implements SignalModelProvider {

    public BrokenSignalModelProvider() {
        throw new IllegalStateException("deliberately broken test provider");
    }

    @Override
    public boolean understands(String reference) {
        return true;
    }

    @Override
    public SignalModel provide(String reference, IProgressMonitor monitor) {
        throw new UnsupportedOperationException();
    }
}
