/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.report.example;

import java.io.IOException;
import java.nio.file.Files;

import org.eclipse.core.runtime.IProgressMonitor;
import org.miniana.report.ReportContext;
import org.miniana.report.ReportGenerator;

/** Fails after writing part of its output, as a full disk would make it. */
public final class FailingGenerator implements ReportGenerator {

    @Override
    public void generate(ReportContext context, IProgressMonitor monitor) throws IOException {
        Files.writeString(context.folder().resolve("partial.txt"), "half of a report");
        throw new IOException("disk full (simulated)");
    }
}
