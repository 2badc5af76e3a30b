/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.report;

import java.io.IOException;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Writes one kind of report of an analysis run or a mass scan, contributed to the extension point
 * {@code org.miniana.report.generators}. Implementations have a public no-argument constructor
 * and keep no state between calls.
 */
public interface ReportGenerator {

    /**
     * Writes the report's files into {@link ReportContext#folder()}. The registry moves them to
     * the output folder only when every generator of the run succeeded, so a generator that fails
     * just throws; it never cleans up after itself.
     *
     * @param monitor progress and cancellation, never null
     * @throws CoreException when the report cannot be made, with a message for the user
     * @throws IOException when a file cannot be written
     */
    void generate(ReportContext context, IProgressMonitor monitor) throws CoreException, IOException;
}
