/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless;

import java.util.concurrent.Callable;

import org.miniana.report.ReportRegistry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code miniana reports}: the report generators contributed to the platform. */
@Command(name = "reports", mixinStandardHelpOptions = true,
        description = { "Lists the report generators contributed to the extension point "
                + ReportRegistry.EXTENSION_POINT + ": id, name, contributing plug-in and description;"
                + " then, under 'Not available:', the contributions that cannot be used and why.",
                "'analyze' and 'scan' run them all, or those named with --report." })
final class ReportsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON document (schema " + Contributions.SHAPE
            + ") instead of text.")
    boolean json;

    @Override
    public Integer call() {
        ReportRegistry registry = ReportRegistry.fromPlatform();
        new Contributions(ReportRegistry.EXTENSION_POINT, registry.available().stream()
                .map(generator -> new Contributions.Contribution(generator.id(), generator.name(), generator.contributor(),
                        generator.description()))
                .toList(), registry.unavailable()).print(json, spec.commandLine().getOut());
        return 0;
    }
}
