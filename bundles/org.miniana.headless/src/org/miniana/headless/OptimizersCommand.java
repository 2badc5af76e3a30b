/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.miniana.optimize.OptimizerDescriptor;
import org.miniana.optimize.OptimizerRegistry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code miniana optimizers}: the optimizers contributed by the installed plug-ins. */
@Command(name = "optimizers", mixinStandardHelpOptions = true,
        description = "Lists the aggregate-bin optimizers contributed to the extension point"
                + " org.miniana.optimize.optimizers, built-ins first: id, name, contributing plug-in and description.")
final class OptimizersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<OptimizerDescriptor> optimizers = OptimizerRegistry.fromPlatform().descriptors();
        int width = optimizers.stream().mapToInt(optimizer -> optimizer.id().length()).max().orElse(0);
        for (OptimizerDescriptor optimizer : optimizers) {
            out.printf("%-" + width + "s  %s [%s]%n", optimizer.id(), optimizer.name(), optimizer.contributor());
            if (!optimizer.description().isEmpty()) {
                out.printf("%-" + width + "s  %s%n", "", optimizer.description());
            }
        }
        out.flush();
        return 0;
    }
}
