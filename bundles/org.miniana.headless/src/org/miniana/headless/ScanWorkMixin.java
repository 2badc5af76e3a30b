/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless;

import org.miniana.core.InputChecks;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** How the points of {@code scan} and {@code validate limits} are computed: --events and --threads. */
final class ScanWorkMixin {

    @Option(names = "--events", paramLabel = "N", defaultValue = "20000",
            description = "Events to simulate for a point whose model is not stored (default: ${DEFAULT-VALUE}).")
    long events;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    Integer threads;

    /** The worker threads; a usage error for --threads below 1 or --events out of range. */
    int workers(CommandSpec spec) {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        MinianaCommand.checkUsage(spec, () -> InputChecks.eventsPerPoint("--events", events));
        return workers;
    }
}
