/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless;

import java.util.concurrent.Callable;

import org.miniana.optimize.OptimizerRegistry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code miniana optimizers}: the optimizers contributed by the installed plug-ins. */
@Command(name = "optimizers", mixinStandardHelpOptions = true,
        description = "Lists the aggregate-bin optimizers contributed to the extension point"
                + " org.miniana.optimize.optimizers, built-ins first: id, name, contributing plug-in and description;"
                + " then, under 'Not available:', the contributions that cannot be used and why.")
final class OptimizersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON document (schema " + Contributions.SHAPE
            + ") instead of text.")
    boolean json;

    @Override
    public Integer call() {
        OptimizerRegistry registry = OptimizerRegistry.fromPlatform();
        new Contributions(OptimizerRegistry.EXTENSION_POINT, registry.available().stream()
                .map(optimizer -> new Contributions.Contribution(optimizer.id(), optimizer.name(), optimizer.contributor(),
                        optimizer.description()))
                .toList(), registry.unavailable()).print(json, spec.commandLine().getOut());
        return 0;
    }
}
