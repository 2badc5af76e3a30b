/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.miniana.data.DefaultDatabase;
import org.miniana.data.ResultsDatabase;

/**
 * The start-up goals of issue #20, measured from outside: each command runs as a new process of
 * an installation's own start script, with the wall time from its start to its exit, so that the
 * JVM's start, the framework's and the database's are in the figure as a user meets them. With a
 * baseline installation (the previous release) the same commands run in turn against it, pair by
 * pair, so that both see the same machine.
 */
final class StartupBenchmark {

    /** A command line of the start script; {@code DB} and {@code OUT} stand for the run's folders. */
    record Case(String operation, List<String> arguments) {
    }

    static final List<Case> CASES = List.of(new Case("miniana --version", List.of("--version")),
            new Case("miniana db status (opens the database)", List.of("db", "status", "--db", "DB")),
            new Case("analyze a stored model, JSON report", List.of("analyze", "T1tttt:1500:100", "--db", "DB",
                    "--report", "json-summary", "-o", "OUT")),
            new Case("analyze, JSON + Markdown reports, 6 figures PDF+PNG", List.of("analyze", "T1tttt:1500:100",
                    "--db", "DB", "--report", "json-summary,markdown-summary", "-o", "OUT")));

    private final Path script;
    private final Optional<Path> baselineScript;
    private final int runs;

    StartupBenchmark(Path installation, Optional<Path> baseline, int runs) {
        this.script = startScript(installation);
        this.baselineScript = baseline.map(StartupBenchmark::startScript);
        this.runs = runs;
    }

    /** The folder of the running product, where its start script is. */
    static Path runningInstallation() {
        Location install = Platform.getInstallLocation();
        try {
            return Path.of(install.getURL().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("The start-up benchmark needs an installed product; the installation"
                    + " location is " + (install == null ? "not set" : install.getURL()), e);
        }
    }

    private static Path startScript(Path installation) {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        Path script = installation.resolve(windows ? "miniana.cmd" : "miniana");
        if (!Files.isRegularFile(script)) {
            throw new IllegalArgumentException("No start script " + script + ": the start-up benchmark runs an"
                    + " installed product (--baseline names the folder of one)");
        }
        return script;
    }

    void run(PrintWriter out) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("miniana-bench-startup-");
        try {
            Path database = prepare(script, work.resolve("db"), work);
            Optional<Path> baselineDatabase = baselineScript.isEmpty() ? Optional.empty()
                    : Optional.of(prepare(baselineScript.get(), work.resolve("baseline-db"), work));
            benchOpen(out, database);
            for (Case benchmarkCase : CASES) {
                List<Double> times = new ArrayList<>();
                List<Double> baselineTimes = new ArrayList<>();
                // one run of each first, not counted: it writes the class-data archive and warms the file cache
                for (int run = -1; run < runs; run++) {
                    double time = timeOf(script, benchmarkCase, database, work);
                    if (run >= 0) {
                        times.add(time);
                    }
                    if (baselineScript.isPresent()) {
                        double baselineTime = timeOf(baselineScript.get(), benchmarkCase, baselineDatabase.get(), work);
                        if (run >= 0) {
                            baselineTimes.add(baselineTime);
                        }
                    }
                }
                BenchCommand.report(out, benchmarkCase.operation() + ", wall", times);
                if (!baselineTimes.isEmpty()) {
                    BenchCommand.report(out, "  the same, baseline " + baselineScript.get().getParent().getFileName(),
                            baselineTimes);
                }
            }
        } finally {
            BenchCommand.delete(work);
        }
    }

    /**
     * Opening an embedded database of the current schema in this process: the first open, as every
     * command meets it (when no other suite ran before), then again with the classes loaded.
     */
    private static void benchOpen(PrintWriter out, Path database) {
        List<Double> times = new ArrayList<>();
        for (int run = 0; run < 11; run++) {
            long start = System.nanoTime();
            try (ResultsDatabase opened = DefaultDatabase.open(database, message -> {
            })) {
                times.add((double) (System.nanoTime() - start));
            }
        }
        BenchCommand.report(out, "open the embedded database, first in this process", times.subList(0, 1));
        BenchCommand.report(out, "  and again", times.subList(1, times.size()));
    }

    /** A database of the script's own schema holding the model the cases analyse. */
    private static Path prepare(Path script, Path database, Path work) throws IOException, InterruptedException {
        execute(script, List.of("models", "add", "T1tttt:1500:100", "--db", database.toString()), work);
        return database;
    }

    private static double timeOf(Path script, Case benchmarkCase, Path database, Path work)
            throws IOException, InterruptedException {
        Path output = work.resolve("output");
        List<String> arguments = benchmarkCase.arguments().stream()
                .map(argument -> switch (argument) {
                    case "DB" -> database.toString();
                    case "OUT" -> output.toString();
                    default -> argument;
                }).toList();
        long start = System.nanoTime();
        execute(script, arguments, work);
        return System.nanoTime() - start;
    }

    private static void execute(Path script, List<String> arguments, Path work) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        command.addAll(arguments);
        Path log = work.resolve("process.log");
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        process.getOutputStream().close();
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IOException(String.join(" ", command) + " failed with exit code " + exit + ": "
                    + Files.readString(log).strip());
        }
    }
}
