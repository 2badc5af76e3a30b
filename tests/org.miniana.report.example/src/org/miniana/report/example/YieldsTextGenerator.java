/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.report.example;

import java.io.IOException;
import java.nio.file.Files;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.miniana.analysis.CountingTest;
import org.miniana.report.ReportContext;
import org.miniana.report.ReportGenerator;
import org.miniana.report.ReportSubject;

/** A generator a third party could write: the merged bin's numbers as plain text. */
public final class YieldsTextGenerator implements ReportGenerator {

    @Override
    public void generate(ReportContext context, IProgressMonitor monitor) throws CoreException, IOException {
        if (!(context.subject() instanceof ReportSubject.Run run)) {
            throw new CoreException(Status.error("example-yields reports single analyses only"));
        }
        CountingTest test = run.outcome().test();
        Files.writeString(context.folder().resolve("yields.txt"),
                "S " + test.signal() + "\nB " + test.background() + "\nN_obs " + test.observed() + "\n");
    }
}
