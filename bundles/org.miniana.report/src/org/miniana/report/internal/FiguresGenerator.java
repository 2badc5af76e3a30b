/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.report.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.miniana.report.ReportContext;
import org.miniana.report.ReportGenerator;

/**
 * The figures alone: the registry renders them into {@code figures/} for every report run with a
 * generator that uses figures, so this one, which declares that it does, has nothing left to write.
 * It lets a user keep the figures beside reports that use none ({@code --report json-summary,figures}).
 */
public final class FiguresGenerator implements ReportGenerator {

    @Override
    public void generate(ReportContext context, IProgressMonitor monitor) {
        // the figures are written by the registry before any generator runs
    }
}
