/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.miniana.analysis.AnalysisOptions;
import org.miniana.analysis.MassScan;
import org.miniana.analysis.ScanListener;
import org.miniana.analysis.ScanPoint;
import org.miniana.analysis.ScanResult;
import org.miniana.analysis.SingleBinAnalysis;
import org.miniana.core.SearchResult;
import org.miniana.data.ResultsDatabase;
import org.miniana.report.ReportResult;
import org.miniana.report.ReportSubject;
import org.miniana.signal.MassPoint;
import org.miniana.signal.SimplifiedModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code miniana scan FAMILY}: the single-bin analysis of every point of a mass grid. */
@Command(name = "scan", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Designs and tests the single-bin analysis of every point of a mass grid of a simplified model,"
                + " in parallel over all cores.",
                "A point's model is taken from the database, or simulated with the built-in fast simulation and"
                        + " stored. Finished points are stored in batches about every second while the others are"
                        + " computed; a point with a stored run made the same way"
                        + " (optimizer, figure of merit, --errors, --p-value, --full-toys, and --seed where random"
                        + " numbers are drawn) is taken over, so a stopped scan resumes where it stopped, and two"
                        + " scans of one grid share their models. A failing point is reported and the scan goes on.",
                "Progress shows as a bar on a terminal and as plain lines otherwise; Ctrl-C stops cleanly and keeps"
                        + " the finished points.",
                "--json prints the scan's JSON summary (kind 'scan': every point and failure) instead of the table." },
        footerHeading = "%nExamples:%n",
        footer = { "  miniana scan T1bbbb --mother 800:2200:50 --lsp 0:2000:50       (maps and contours in ./output)",
                "  miniana scan T1tttt --mother 1200:2000:100 --lsp 0:1200:100 --events 20000 --optimizer greedy-q", "",
                "Exit codes: 0 done (failed points are listed), 1 stopped or nothing could be analysed, 2 usage error." })
final class ScanCommand implements Callable<Integer> {

    @ParentCommand
    MinianaCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FAMILY", description = "T1tttt, T1bbbb or T1qqqq.",
            converter = Choices.Family.class, completionCandidates = Choices.Family.class)
    SimplifiedModel model;

    @Mixin
    MassGridMixin grid;

    @Mixin
    ScanWorkMixin work;

    @Mixin
    AnalysisOptionsMixin options;

    @Mixin
    ReportOptionsMixin reports;

    @Override
    public Integer call() throws CoreException, IOException {
        reports.validate(spec);
        AnalysisOptions analysisOptions = options.toOptions(); // a usage error before any work
        List<MassPoint> points = grid.points(model);
        int workers = work.workers(spec);
        PrintStream messages = root.messages();
        try (ResultsDatabase database = root.openDatabase()) {
            SearchResult search = database.searchResults().get(options.analysisName);
            ScanProgress progress = new ScanProgress(messages, points.size(), Ansi.AUTO.enabled());
            var finished = new CountDownLatch(1);
            Thread stopper = new Thread(() -> {
                progress.setCanceled(true);
                awaitQuietly(finished);
            });
            Runtime.getRuntime().addShutdownHook(stopper);
            ScanResult result;
            try {
                messages.printf("%s: %d points, %d threads, optimizer %s%n", model.family(), points.size(), workers,
                        options.optimizer);
                result = new MassScan(database, search, SingleBinAnalysis.fromPlatform()).run(model, grid.grid(),
                        work.events, options.seed, analysisOptions, workers, progress, progress);
            } finally {
                finished.countDown();
            }
            progress.end();
            if (!result.cancelled()) {
                Runtime.getRuntime().removeShutdownHook(stopper);
            }
            if (!reports.json) {
                print(result, spec.commandLine().getOut());
            }
            if (!reports.noReport && !result.points().isEmpty()) {
                ReportResult written = reports.write(ReportSubject.of(result, search), database.description(), messages);
                messages.println("Report: " + written.folder());
                if (reports.json) {
                    reports.printJson(written, spec.commandLine().getOut());
                }
            }
            result.otherVersionNote().ifPresent(note -> messages.println("Note: " + note + ". Simulate them again"
                    + " with 'miniana models generate " + model.family() + " " + grid.commandLine() + " --events "
                    + work.events + " --seed " + options.seed + " --analysis " + options.analysisName
                    + " --replace-older' and scan again."));
            result.failures().forEach((name, why) -> messages.println("failed: " + name + ": " + why));
            messages.printf("%d of %d points analysed, %d failed%s%n", result.points().size(), points.size(),
                    result.failures().size(), result.cancelled() ? "; stopped, run again to resume" : "");
            return result.cancelled() || result.points().isEmpty() ? MinianaCommand.EXIT_FAILURE : 0;
        }
    }

    /** The merged bin's columns, then the full likelihood's where it was computed. */
    private static void print(ScanResult result, PrintWriter out) {
        out.printf("%-8s %-8s %8s %10s %10s %8s %8s %10s %10s %8s %10s %10s%n", "mGluino", "mLSP", "S", "B", "N_obs",
                "Z_exp", "Z_obs", "mu_up_exp", "mu_up_obs", "full_Z", "full_exp", "full_obs");
        for (ScanPoint point : result.points()) {
            out.printf("%-8.0f %-8.0f %8.3f %10.3f %10d %8.3f %8.3f %10.4g %10.4g %s%n", point.point().mGluino(),
                    point.point().mLsp(), point.run().signal(), point.run().background(), point.run().observed(),
                    point.run().expectedSignificance(), point.run().observedSignificance(),
                    point.expectedStrengthLimit(), point.observedStrengthLimit(),
                    point.full().map(full -> String.format("%8.3f %10.4g %10.4g", full.expectedSignificance(),
                            full.expectedMedian(), full.observedLimit())).orElse(String.format("%8s %10s %10s", "-",
                                    "-", "-")));
        }
        out.flush();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Progress of the whole scan (simulation and analyses, from the monitor's work) as a bar on a
     * terminal, or as plain lines, about a hundred at most, otherwise; also the scan's stop flag.
     */
    static final class ScanProgress extends NullProgressMonitor implements ScanListener {
        private static final int BAR = 30;
        private final PrintStream out;
        private final int total;
        private final boolean terminal;
        private final String verb;
        private final long start = System.nanoTime();
        private double totalWork = 1;
        private double worked;
        private String task = "";
        private int done;
        private int lastPercent = -1;

        ScanProgress(PrintStream out, int total, boolean terminal) {
            this(out, total, terminal, "analysed");
        }

        /** @param verb what is done to each point, for the count ("3/10 points simulated") */
        ScanProgress(PrintStream out, int total, boolean terminal, String verb) {
            this.out = out;
            this.total = total;
            this.terminal = terminal;
            this.verb = verb;
        }

        @Override
        public synchronized void beginTask(String name, int work) {
            totalWork = work > 0 ? work : 1;
        }

        @Override
        public void worked(int work) {
            internalWorked(work);
        }

        @Override
        public synchronized void internalWorked(double work) {
            worked += work;
            show(null);
        }

        @Override
        public synchronized void subTask(String name) {
            task = name;
        }

        @Override
        public synchronized void finished(ScanPoint point, boolean reused) {
            done++;
            show(point.point().name() + (reused ? " (stored run)" : ""));
        }

        /** A point done outside a scan (simulated only). */
        synchronized void done(String point) {
            done++;
            show(point);
        }

        @Override
        public synchronized void failed(MassPoint point, String message) {
            done++;
            show(point.name() + " failed");
        }

        private void show(String point) {
            double fraction = Math.min(1, worked / totalWork);
            int percent = (int) (100 * fraction);
            double seconds = (System.nanoTime() - start) / 1e9;
            long left = fraction > 0 ? Math.round(seconds * (1 - fraction) / fraction) : 0;
            String numbers = String.format("%3d%%  %d/%d points %s  %.1f points/s  ETA %d:%02d", percent, done,
                    total, verb, done / seconds, left / 60, left % 60);
            if (terminal) {
                int filled = (int) (BAR * fraction);
                out.print("\r[" + "#".repeat(filled) + " ".repeat(BAR - filled) + "] " + numbers + "  " + task + "   ");
                out.flush();
            } else if (percent != lastPercent || point != null && (total <= 100 || done == total)) {
                out.println("[" + numbers + "] " + (point != null ? point : task));
                lastPercent = percent;
            }
        }

        void end() {
            if (terminal) {
                out.println();
            }
        }
    }
}
