/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleSupplier;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.miniana.analysis.AnalysisOptions;
import org.miniana.analysis.MassScan;
import org.miniana.analysis.ScanListener;
import org.miniana.analysis.ScanResult;
import org.miniana.analysis.SingleBinAnalysis;
import org.miniana.analysis.Statistics;
import org.miniana.core.Ra2Search;
import org.miniana.core.SearchResult;
import org.miniana.core.SignalModel;
import org.miniana.core.SignalYield;
import org.miniana.data.DefaultDatabase;
import org.miniana.data.ResultsDatabase;
import org.miniana.data.datacard.Ra2DatacardImporter;
import org.miniana.data.io.DataFiles;
import org.miniana.data.io.SignalModelJson;
import org.miniana.likelihood.bench.LikelihoodBenchmark;
import org.miniana.optimize.ErrorCombination;
import org.miniana.optimize.FigureOfMerit;
import org.miniana.optimize.Optimization;
import org.miniana.optimize.OptimizationProblem;
import org.miniana.optimize.Optimizer;
import org.miniana.optimize.OptimizerDescriptor;
import org.miniana.optimize.OptimizerRegistry;
import org.miniana.optimize.StandardFigureOfMerit;
import org.miniana.optimize.bench.Ra2SyntheticSignal;
import org.miniana.signal.MassGrid;
import org.miniana.signal.MassPoint;
import org.miniana.signal.SignalGrid;
import org.miniana.signal.SimplifiedModel;
import org.miniana.stats.Limits;
import org.miniana.stats.PValue;
import org.miniana.stats.ToyPValue;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code miniana bench}: the speed goals of the issues, measured and printed (never asserted in tests). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = { "Measures the operations that have speed goals and prints the time per call"
                + " (median and 10%%/90%% quantiles over repeated samples, after warm-up).",
                "Suites: startup (commands of this installation run as new processes, from start to exit, beside"
                        + " those of --baseline; opening the database in this process), import (RA2 cards into a database), stats (p-values, limits, toys), signal (the fast"
                        + " simulation's event rate and a full T1bbbb grid), optimize (each contributed optimizer on"
                        + " the 160 RA2 bins, per signal model, for discovery and for exclusion), analysis (one model point designed and tested:"
                        + " optimization, expected and observed p-values, limits; and scans of 1,000 stored models, the merged"
                        + " bin alone and beside the full likelihood), scan (a 1,000-point T1bbbb scan simulated,"
                        + " analysed and stored, its time for 100,000 points, and one sample of 10^7 events on all"
                        + " cores)." })
final class BenchCommand implements Callable<Integer> {

    /** The benchmark suites. */
    enum Suite {
        startup("startup"), importing("import"), stats("stats"), likelihood("likelihood"), signal("signal"), optimize("optimize"),
        analysis("analysis"), scan("scan");

        private final String label;

        Suite(String label) {
            this.label = label;
        }
    }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "SUITE", description = "startup, import, stats, likelihood, signal, optimize, analysis, scan (default: all).",
            converter = SuiteConverter.class)
    List<Suite> suites = List.of(Suite.values());

    @Option(names = "--baseline", paramLabel = "DIR", description = "Another installation (e.g. the previous"
            + " release) whose commands the startup suite runs in turn with this one's.")
    Optional<Path> baseline = Optional.empty();

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
            description = "Runs of each command of the startup suite, after one not counted (default: ${DEFAULT-VALUE}).")
    int runs;

    /** Accepts the suites' labels ("import" is a Java keyword). */
    static final class SuiteConverter implements ITypeConverter<Suite> {
        @Override
        public Suite convert(String value) {
            return Arrays.stream(Suite.values()).filter(suite -> suite.label.equals(value)).findFirst()
                    .orElseThrow(() -> new TypeConversionException(
                            "unknown suite '" + value + "'; known: startup, import, stats, likelihood, signal, optimize, analysis, scan"));
        }
    }

    /** Keeps results alive so that the JIT cannot drop the measured work. */
    private double sink;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-52s %12s %12s %12s%n", "operation", "median", "10%", "90%");
        for (Suite suite : suites) {
            switch (suite) {
                case startup -> new StartupBenchmark(StartupBenchmark.runningInstallation(), baseline, runs).run(out);
                case importing -> benchImport(out);
                case stats -> benchStats(out);
                case likelihood -> benchLikelihood(out);
                case signal -> benchSignal(out);
                case optimize -> benchOptimize(out);
                case analysis -> benchAnalysis(out);
                case scan -> benchScan(out);
            }
        }
        out.printf("(%d cores, %s %s)%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
        out.printf("(checksum %.3g)%n", sink);
        return 0;
    }

    private void benchImport(PrintWriter out) throws Exception {
        report(out, "parse RA2 cards (160 SR + 360 CR) with errors", time(20, 1, () -> {
            try {
                return Ra2DatacardImporter.read(Ra2DatacardImporter.bundled(), warning -> {
                }).totalObserved();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Path folder = Files.createTempDirectory("miniana-bench");
            try (ResultsDatabase database = ResultsDatabase.openEmbedded(folder.resolve("db"))) {
                long start = System.nanoTime();
                var bundled = Ra2DatacardImporter.bundled();
                var search = Ra2DatacardImporter.readSearch(bundled, bundled, bundled, warning -> {
                });
                database.searchResults().store(search.result(), search.model());
                samples.add((double) (System.nanoTime() - start));
            } finally {
                delete(folder);
            }
        }
        report(out, "import RA2 cards (result and full model) into an open embedded database", samples.subList(1, samples.size()));
        benchModelImport(out);
    }

    /** Writes made-up models {@code from} to {@code to} of the RA2 bins; they are gone from memory when the import starts. */
    private static void writeModels(Path file, int from, int to) throws IOException {
        List<SignalModel> models = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            List<SignalYield> yields = new ArrayList<>(Ra2Search.BIN_COUNT);
            for (int bin = 0; bin < Ra2Search.BIN_COUNT; bin++) {
                yields.add(new SignalYield(0.01 * ((i + bin) % 97), 0.001 * (bin % 7)));
            }
            models.add(new SignalModel("bench-" + i, "T1tttt", Map.of("mGluino", 800.0 + i), 0.01, "bench", yields));
        }
        try (OutputStream stream = Files.newOutputStream(file)) {
            SignalModelJson.write(new SignalModelJson.SignalModels(Ra2Search.ANALYSIS.name(), models), stream);
        }
    }

    /**
     * Large signal-model files, read and stored the way {@code miniana import} does, with the memory
     * it keeps: 10,000 models, then twice as many, whose live heap must be no larger (an import holds
     * one file's document while checking it and one chunk of models while storing, never all).
     */
    private static void benchModelImport(PrintWriter out) throws Exception {
        for (int files : List.of(2, 4)) {
            benchModelImport(out, files);
        }
    }

    private static void benchModelImport(PrintWriter out, int fileCount) throws Exception {
        // 5,000 models a file: one file of 10,000 would exceed the 64 MiB limit of a file.
        final int perFile = 5_000;
        Path folder = Files.createTempDirectory("miniana-bench");
        try {
            List<Path> files = new ArrayList<>();
            long bytes = 0;
            for (int file = 0; file < fileCount; file++) {
                files.add(folder.resolve("models-" + file + ".json"));
                writeModels(files.get(file), file * perFile, (file + 1) * perFile);
                bytes += Files.size(files.get(file));
            }
            long nanos = importInto(folder.resolve("timed"), files, null);
            report(out, String.format("import %,d signal models (%d JSON files, %d MB) into a database",
                    fileCount * perFile, fileCount, bytes >> 20), List.of((double) nanos));
            var live = new AtomicLong();
            importInto(folder.resolve("sampled"), files, live);
            out.printf("%-52s %12s%n", "  its largest live heap (sampled, another import)",
                    String.format("%d MB", live.get() >> 20));
            out.flush();
        } finally {
            delete(folder);
        }
    }

    /**
     * Imports {@code files} into a new database; with {@code largestLive} non-null, also the largest
     * heap left by a full collection forced every half second meanwhile (what the import keeps
     * alive, without the garbage a peak of the pools counts; the collections make it slower, so
     * this import is not the timed one).
     *
     * @return the nanoseconds the import took
     */
    private static long importInto(Path database, List<Path> files, AtomicLong largestLive)
            throws Exception {
        try (ResultsDatabase opened = DefaultDatabase.open(database, message -> {
        })) {
            System.gc();
            var sampler = Executors.newSingleThreadScheduledExecutor();
            if (largestLive != null) {
                MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
                sampler.scheduleAtFixedRate(() -> {
                    memory.gc();
                    largestLive.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                }, 500, 500, TimeUnit.MILLISECONDS);
            }
            try {
                long start = System.nanoTime();
                opened.importAll(DataFiles.read(files, warning -> {
                }), false);
                return System.nanoTime() - start;
            } finally {
                sampler.shutdownNow();
                sampler.awaitTermination(1, TimeUnit.MINUTES);
            }
        }
    }

    /**
     * The full RA2 likelihood (520 channels, about 2,000 nuisances) with each synthetic signal
     * shape: the observed and expected-band CLs limit and both significances, on one thread. The
     * time depends on the shape: how far the fits at the expected discovery Z's mu = 1 move.
     */
    private void benchLikelihood(PrintWriter out) throws Exception {
        var bundled = Ra2DatacardImporter.bundled();
        var model = Ra2DatacardImporter.readSearch(bundled, bundled, bundled, warning -> {
        }).model();
        for (Ra2SyntheticSignal shape : Ra2SyntheticSignal.values()) {
            double[] yields = shape.model().yields().stream().mapToDouble(SignalYield::value).toArray();
            var report = LikelihoodBenchmark.run(model.withSignal(yields, Map.of()), 20, 20);
            out.printf("signal %s (%.0f events in the search bins)%n", shape.id(), Arrays.stream(yields).sum());
            out.println(report.describe());
            out.flush();
        }
    }

    private void benchStats(PrintWriter out) {
        report(out, "hybrid p-value, n=40, B=25 +5 -5", time(2000, 200, () -> PValue.hybrid(40, 25, 5, 5).p()));
        report(out, "hybrid p-value, n=10500, B=1e4 +500 -400", time(2000, 200,
                () -> PValue.hybrid(10500, 1e4, 500, 400).p()));
        report(out, "hybrid p-value, n=2, B=0.3 +0.4 -0.3 (sigma- >= 0.8B)", time(2000, 200,
                () -> PValue.hybrid(2, 0.3, 0.4, 0.3).p()));
        report(out, "CLs 95% limit, n=30, B=25 +5 -5", time(200, 5, () -> Limits.cls95(25, 5, 5, 30).signal()));
        report(out, "CLs 95% limit, n=10500, B=1e4 +500 -400", time(100, 1,
                () -> Limits.cls95(1e4, 500, 400, 10500).signal()));
        report(out, "toy p-value (3% precision), n=40, B=25 +5 -5", time(20, 1,
                () -> ToyPValue.compute(40, 25, 5, 5, 1, 10_000_000).p()));
    }

    private static void benchSignal(PrintWriter out) {
        GeneratorBenchmark.Result result = GeneratorBenchmark.run(new NullProgressMonitor());
        for (GeneratorBenchmark.Rate rate : result.rates()) {
            reportRate(out, "fast simulation " + rate.point().name() + ", events/s, 1 thread", rate.eventsPerSecond());
            reportRate(out, "  the same per second of CPU time (per core)", rate.eventsPerCpuSecond());
        }
        GeneratorBenchmark.GridTiming grid = result.grid();
        out.printf("%-52s %12s%n", String.format("%s grid, %d points x %d events, %d threads", grid.model().family(),
                grid.points(), grid.eventsPerPoint(), grid.threads()), String.format("%.1f s", grid.seconds()));
        out.flush();
    }

    /**
     * Per optimizer and synthetic signal model: the time of one optimization of the 160 RA2 bins
     * (uncorrelated errors), with the hybrid significance and then with the expected exclusion,
     * over about a second of repeated runs after warm-up.
     */
    private void benchOptimize(PrintWriter out) throws Exception {
        SearchResult ra2 = Ra2DatacardImporter.read(Ra2DatacardImporter.bundled(), warning -> {
        });
        OptimizerRegistry registry = OptimizerRegistry.fromPlatform();
        for (FigureOfMerit figure : List.of(FigureOfMerit.defaultFigure(), StandardFigureOfMerit.EXCLUSION)) {
            String figureNote = figure == FigureOfMerit.defaultFigure() ? "" : ", " + figure.id();
            for (Ra2SyntheticSignal shape : Ra2SyntheticSignal.values()) {
                OptimizationProblem problem = OptimizationProblem.of(ra2, shape.model(), ErrorCombination.UNCORRELATED);
                for (OptimizerDescriptor descriptor : registry.descriptors()) {
                    Optional<Optimizer> optimizer = registry.optimizer(descriptor.id());
                    if (optimizer.isEmpty()) {
                        continue;
                    }
                    DoubleSupplier run = () -> Optimization.run(descriptor.id(), optimizer.get(), problem, figure)
                            .value();
                    // Warm up for 0.3 s, then take as many samples as fill about a second.
                    long warmUpEnd = System.nanoTime() + 300_000_000L;
                    long last;
                    do {
                        long start = System.nanoTime();
                        sink += run.getAsDouble();
                        last = System.nanoTime() - start;
                    } while (System.nanoTime() < warmUpEnd);
                    int samples = (int) Math.clamp(1e9 / Math.max(1, last), 20, 500);
                    report(out, descriptor.id() + ", " + shape.id() + " (160 bins" + figureNote + ")",
                            time(samples, 1, run));
                }
            }
        }
    }

    /**
     * One model point designed and tested in process (optimizer, expected and observed p-values,
     * observed and expected limits) per optimizer and synthetic shape; then scans of 1,000 stored
     * T1bbbb models on all cores, from a database holding the models and no runs of that optimizer.
     */
    private void benchAnalysis(PrintWriter out) throws Exception {
        SearchResult ra2 = Ra2DatacardImporter.read(Ra2DatacardImporter.bundled(), warning -> {
        });
        SingleBinAnalysis analysis = SingleBinAnalysis.fromPlatform();
        for (String optimizer : List.of("greedy-q", "local-search")) {
            AnalysisOptions options = AnalysisOptions.DEFAULTS.withOptimizer(optimizer).withStatistics(Statistics.ONE_BIN);
            for (Ra2SyntheticSignal shape : Ra2SyntheticSignal.values()) {
                SignalModel model = shape.model();
                report(out, "analysis, " + optimizer + ", " + shape.id(),
                        time(200, 1, () -> analysis.run(ra2, model, options).test().expected().z()));
            }
        }
        List<MassPoint> points = new MassGrid(800, 2200, 40, 0, 40).points(SimplifiedModel.T1BBBB).subList(0, 1000);
        Path folder = Files.createTempDirectory("miniana-bench");
        try (ResultsDatabase database = DefaultDatabase.open(folder.resolve("db"), message -> {
        })) {
            SignalGrid.generate(points, 1000, 1, Runtime.getRuntime().availableProcessors(), new NullProgressMonitor(),
                    model -> database.signalModels().store(ra2.analysis().name(), List.of(model), false));
            int threads = Runtime.getRuntime().availableProcessors();
            MassScan scan = new MassScan(database, database.searchResults().get(ra2.analysis().name()), analysis);
            // the one-bin scans first: their runs lack the full likelihood, so the last scan makes every point again
            double oneBin = Double.NaN;
            for (AnalysisOptions options : List.of(
                    AnalysisOptions.DEFAULTS.withOptimizer("greedy-q").withStatistics(Statistics.ONE_BIN),
                    AnalysisOptions.DEFAULTS.withStatistics(Statistics.ONE_BIN),
                    AnalysisOptions.DEFAULTS.withStatistics(Statistics.BOTH))) {
                long start = System.nanoTime();
                ScanResult result = scan.run(points, 1000, 1, options, threads, new NullProgressMonitor(),
                        ScanListener.NONE);
                double seconds = (System.nanoTime() - start) / 1e9;
                boolean both = options.statistics() == Statistics.BOTH;
                out.printf("%-52s %12s%s%n", String.format("scan of %d stored models, %s, %s, %d threads",
                        result.points().size(), options.optimizer(), options.statistics().id(), threads),
                        String.format("%.1f s", seconds), both ? String.format("  (%.1f x the one-bin scan)",
                                seconds / oneBin) : "");
                out.flush();
                if (!both && options.optimizer().equals(AnalysisOptions.DEFAULT_OPTIMIZER)) {
                    oneBin = seconds;
                }
            }
        } finally {
            delete(folder);
        }
    }

    /**
     * The throughput goals of a scan: 1,000 T1bbbb points (m_gluino 1010-2000 GeV by 10, m_LSP
     * 0-900 GeV by 100) with 20,000 events each, simulated, analysed (one-bin) and stored into a new
     * database on all cores, as {@code miniana scan} does, and the same points again with other
     * options (models stored: analysis and storing only); each scaled to 100,000 points. Then one
     * sample of 10^7 events, split across the cores and on one thread.
     */
    private static void benchScan(PrintWriter out) throws Exception {
        List<MassPoint> points = new MassGrid(1010, 2000, 10, 0, 100, 900).points(SimplifiedModel.T1BBBB);
        int threads = Runtime.getRuntime().availableProcessors();
        Path folder = Files.createTempDirectory("miniana-bench");
        try (ResultsDatabase database = DefaultDatabase.open(folder.resolve("db"), message -> {
        })) {
            MassScan scan = new MassScan(database, database.searchResults().get(Ra2Search.ANALYSIS.name()),
                    SingleBinAnalysis.fromPlatform());
            for (AnalysisOptions options : List.of(AnalysisOptions.DEFAULTS.withStatistics(Statistics.ONE_BIN),
                    AnalysisOptions.DEFAULTS.withOptimizer("greedy-q").withStatistics(Statistics.ONE_BIN))) {
                boolean simulated = options.optimizer().equals(AnalysisOptions.DEFAULT_OPTIMIZER);
                long start = System.nanoTime();
                ScanResult result = scan.run(points, GeneratorBenchmark.GRID_EVENTS_PER_POINT, 1, options, threads,
                        new NullProgressMonitor(), ScanListener.NONE);
                double seconds = (System.nanoTime() - start) / 1e9;
                out.printf("%-52s %12s  (%s, %s, %d threads)%n", String.format("scan of %,d T1bbbb points, %s",
                        result.points().size(), simulated ? "20,000 events simulated" : "models stored"),
                        String.format("%.1f s", seconds), options.optimizer(), options.statistics().id(), threads);
                out.printf("%-52s %12s%n", "  the same scaled to 100,000 points", String.format("%.1f min",
                        seconds * 100_000 / result.points().size() / 60));
                out.flush();
            }
        } finally {
            delete(folder);
        }
        GeneratorBenchmark.SampleTiming sample = GeneratorBenchmark.largeSample(
                new MassPoint(SimplifiedModel.T1BBBB, GeneratorBenchmark.RATE_GLUINO_MASS,
                        GeneratorBenchmark.RATE_LSP_MASS), 10_000_000);
        out.printf("%-52s %12s  (%.2f cores busy, %d processors)%n", String.format("one sample of %,d events, %s",
                sample.events(), sample.point().name()), String.format("%.1f s", sample.seconds()),
                sample.coresUsed(), sample.processors());
        out.printf("%-52s %12s%n", "  the same on one thread", String.format("%.1f s", sample.oneThreadSeconds()));
        out.flush();
    }

    /**
     * Samples of the time per call: each sample times {@code batch} calls, so that calls of a
     * microsecond are measured over a millisecond or more; the first fifth are warm-up.
     */
    private List<Double> time(int samples, int batch, DoubleSupplier call) {
        List<Double> perCall = new ArrayList<>();
        int warmUp = samples / 5;
        for (int i = 0; i < samples + warmUp; i++) {
            long start = System.nanoTime();
            for (int j = 0; j < batch; j++) {
                sink += call.getAsDouble();
            }
            if (i >= warmUp) {
                perCall.add((System.nanoTime() - start) / (double) batch);
            }
        }
        return perCall;
    }

    static void report(PrintWriter out, String operation, List<Double> nanos) {
        List<Double> sorted = nanos.stream().sorted(Comparator.naturalOrder()).toList();
        out.printf("%-52s %12s %12s %12s%n", operation, format(quantile(sorted, 0.5)), format(quantile(sorted, 0.1)),
                format(quantile(sorted, 0.9)));
        out.flush();
    }

    /** Rates: the 10% quantile is the slow end. */
    private static void reportRate(PrintWriter out, String operation, List<Double> perSecond) {
        List<Double> sorted = perSecond.stream().sorted(Comparator.naturalOrder()).toList();
        out.printf("%-52s %12.3g %12.3g %12.3g%n", operation, quantile(sorted, 0.5), quantile(sorted, 0.1),
                quantile(sorted, 0.9));
        out.flush();
    }

    private static double quantile(List<Double> sorted, double q) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size())));
    }

    private static String format(double nanos) {
        return nanos < 1e3 ? String.format("%.0f ns", nanos)
                : nanos < 1e6 ? String.format("%.2f us", nanos / 1e3)
                        : nanos < 1e9 ? String.format("%.2f ms", nanos / 1e6) : String.format("%.2f s", nanos / 1e9);
    }

    static void delete(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
