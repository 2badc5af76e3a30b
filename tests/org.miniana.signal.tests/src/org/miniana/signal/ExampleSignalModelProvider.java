/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal;

import java.util.Collections;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.miniana.core.Ra2Search;
import org.miniana.core.SignalModel;
import org.miniana.core.SignalYield;

/** A third-party provider contributed by this fragment: "example:NAME" gives one event in every bin. */
public class ExampleSignalModelProvider implements SignalModelProvider {

    static final String PREFIX = "example:";

    @Override
    public boolean understands(String reference) {
        return reference.startsWith(PREFIX);
    }

    @Override
    public SignalModel provide(String reference, IProgressMonitor monitor) {
        return new SignalModel(reference.substring(PREFIX.length()), "example", Map.of(), 1.0, "example provider",
                Collections.nCopies(Ra2Search.BIN_COUNT, new SignalYield(1, 0)));
    }
}
