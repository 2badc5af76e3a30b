/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.miniana.report.ReportGeneratorDescriptor;
import org.miniana.report.ReportRegistry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code miniana reports}: the report generators contributed to the platform. */
@Command(name = "reports", mixinStandardHelpOptions = true,
        description = { "Lists the report generators contributed to the extension point "
                + ReportRegistry.EXTENSION_POINT + ": id, name, contributing plug-in and description.",
                "'analyze' and 'scan' run them all, or those named with --report." })
final class ReportsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<ReportGeneratorDescriptor> generators = ReportRegistry.fromPlatform().descriptors();
        int width = generators.stream().mapToInt(generator -> generator.id().length()).max().orElse(0);
        for (ReportGeneratorDescriptor generator : generators) {
            out.printf("%-" + width + "s  %s [%s]%n", generator.id(), generator.name(), generator.contributor());
            if (!generator.description().isEmpty()) {
                out.printf("%-" + width + "s  %s%n", "", generator.description());
            }
        }
        out.flush();
        return 0;
    }
}
