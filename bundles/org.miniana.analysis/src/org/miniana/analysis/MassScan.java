/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.miniana.core.AnalysisRun;
import org.miniana.core.FailureMessages;
import org.miniana.core.ScanRecord;
import org.miniana.core.SearchResult;
import org.miniana.core.SignalModel;
import org.miniana.core.model.StatisticalModel;
import org.miniana.data.ResultsDatabase;
import org.miniana.data.ScanStore;
import org.miniana.signal.CrossSectionTable;
import org.miniana.signal.MassGrid;
import org.miniana.signal.MassPoint;
import org.miniana.signal.SignalGrid;
import org.miniana.signal.SimplifiedModel;

/**
 * Analyses every point of a mass grid of a simplified model, in parallel. A point's model is
 * taken from the database when stored, else simulated and stored first (a model that another scan
 * stored meanwhile is kept, so overlapping scans on one server share their work). A point with a
 * stored run that {@linkplain AnalysisOptions#reproducedBy holds the numbers this scan would
 * compute} is taken over, so that a stopped scan resumes where it stopped. A failing point is
 * reported and the others go on.
 */
public final class MassScan {

    private final ResultsDatabase database;
    private final SearchResult search;
    private final SingleBinAnalysis analysis;

    public MassScan(ResultsDatabase database, SearchResult search, SingleBinAnalysis analysis) {
        this.database = database;
        this.search = search;
        this.analysis = analysis;
    }

    /**
     * Scans the points of a grid and keeps a record of the scan ({@link ScanStore}), so that it can
     * be listed and {@linkplain #reopen reopened}; the same scan run again resumes that record.
     * The arguments are those of {@link #run(List, long, long, AnalysisOptions, int, IProgressMonitor,
     * ScanListener)}.
     */
    public ScanResult run(SimplifiedModel family, MassGrid grid, long eventsPerPoint, long seed,
            AnalysisOptions options, int threads, IProgressMonitor monitor, ScanListener listener) {
        List<MassPoint> points = grid.points(family);
        long id = database.scans().begin(new ScanRecord(0, search.analysis().name(), family.family(),
                new ScanRecord.Grid(grid.gluinoFrom(), grid.gluinoTo(), grid.gluinoStep(), grid.lspFrom(),
                        grid.lspStep(), grid.lspTo()),
                options.optimizer(), options.figureOfMerit().id(), options.runMethod(), options.statistics().id(),
                eventsPerPoint, seed, Instant.now(), null, 0, 0, false));
        ScanResult result = run(points, eventsPerPoint, seed, options, threads, monitor, listener);
        database.scans().end(id, Instant.now(), result.points().size(), result.failures().size(), result.cancelled());
        return new ScanResult(result.family(), result.options(), result.points(), result.failures(),
                result.cancelled(), id);
    }

    /**
     * A stored scan as it was: each point of its grid whose model has a run made the scan's way
     * (with the full likelihood's result where the scan asked for it and has one); points without
     * such a run are left out.
     */
    public static ScanResult reopen(ResultsDatabase database, ScanRecord scan) {
        AnalysisOptions options = AnalysisOptions.of(scan);
        SimplifiedModel family = SimplifiedModel.ofFamily(scan.family());
        ScanRecord.Grid grid = scan.grid();
        Set<String> stored = new HashSet<>(database.signalModels().names());
        List<ScanPoint> points = new ArrayList<>();
        for (MassPoint point : new MassGrid(grid.motherFrom(), grid.motherTo(), grid.motherStep(), grid.lspFrom(),
                grid.lspStep(), grid.lspTo()).points(family)) {
            if (!stored.contains(point.name())) {
                continue;
            }
            List<AnalysisRun> runs = database.runs().forModel(point.name()).stream()
                    .filter(run -> run.analysis().equals(scan.analysis())).toList();
            Optional<AnalysisRun> run = latest(runs, options, options.statistics().full())
                    .or(() -> latest(runs, options, false));
            run.ifPresent(made -> points.add(new ScanPoint(point, made,
                    database.signalModels().get(point.name()).crossSectionPb())));
        }
        return new ScanResult(family, options, points, Map.of(), scan.cancelled(), scan.id());
    }

    private static Optional<AnalysisRun> latest(List<AnalysisRun> runs, AnalysisOptions options, boolean fullWanted) {
        return runs.stream().filter(run -> options.reproducedBy(run, fullWanted)).reduce((first, second) -> second);
    }

    /**
     * Scans the points.
     *
     * @param points the grid, all of one family
     * @param eventsPerPoint events to simulate for a point whose model is not stored
     * @param seed seed of those simulations
     * @param threads worker threads, at least 1
     * @param monitor progress and cancellation; after a cancellation the finished points are returned
     * @param listener hears of each point as it ends
     */
    public ScanResult run(List<MassPoint> points, long eventsPerPoint, long seed, AnalysisOptions options,
            int threads, IProgressMonitor monitor, ScanListener listener) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("The mass grid has no points");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("Need at least one thread, not " + threads);
        }
        ScanListener serialized = synchronizedListener(listener);
        Map<String, String> failures = new ConcurrentHashMap<>();
        List<MassPoint> simulable = new ArrayList<>();
        List<MassPoint> analysable = new ArrayList<>();
        Set<String> stored = new HashSet<>(database.signalModels().names());
        CrossSectionTable crossSections = CrossSectionTable.gluinoPair13TeV();
        for (MassPoint point : points) {
            if (stored.contains(point.name())) {
                analysable.add(point);
            } else if (point.mGluino() < crossSections.minimumMass() || point.mGluino() > crossSections.maximumMass()) {
                String message = "not stored, and its gluino mass " + point.mGluino() + " GeV lies outside the"
                        + " cross-section table (" + crossSections.minimumMass() + "-" + crossSections.maximumMass()
                        + " GeV); add it with a given cross section ('miniana models add " + point.reference()
                        + ":xsec=PB')";
                failures.put(point.name(), message);
                serialized.failed(point, message);
            } else {
                simulable.add(point);
            }
        }
        // simulating a point takes far longer than analysing it
        SubMonitor progress = SubMonitor.convert(monitor, "Scanning " + points.size() + " mass points",
                simulable.isEmpty() ? 1 : 5);
        boolean cancelled = false;
        if (!simulable.isEmpty()) {
            String analysisName = search.analysis().name();
            List<SignalModel> simulated = SignalGrid.generate(simulable, eventsPerPoint, seed, threads,
                    progress.newChild(4),
                    model -> database.signalModels().storeIfAbsent(analysisName, model));
            Set<String> done = new HashSet<>();
            simulated.forEach(model -> done.add(model.name()));
            cancelled = simulated.size() < simulable.size();
            simulable.stream().filter(point -> done.contains(point.name())).forEach(analysable::add);
        }
        StatisticalModel fullModel = options.statistics().full()
                ? database.statisticalModels().find(search.analysis().name()).orElse(null) : null;
        List<ScanPoint> finished = cancelled ? List.of()
                : analyse(order(points, analysable), fullModel, options, threads, progress.newChild(1), serialized,
                        failures);
        return new ScanResult(points.get(0).model(), options, finished, failures, cancelled || progress.isCanceled());
    }

    private List<ScanPoint> analyse(List<MassPoint> points, StatisticalModel fullModel, AnalysisOptions options,
            int threads, SubMonitor progress, ScanListener listener, Map<String, String> failures) {
        progress.setWorkRemaining(points.size());
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "miniana-scan-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Optional<ScanPoint>>> futures = new ArrayList<>();
            for (MassPoint point : points) {
                futures.add(pool.submit(() -> progress.isCanceled() ? Optional.<ScanPoint>empty()
                        : analyse(point, fullModel, options, listener, failures)));
            }
            List<ScanPoint> finished = new ArrayList<>();
            for (Future<Optional<ScanPoint>> future : futures) {
                finished.addAll(await(future).stream().toList());
                progress.worked(1);
            }
            return finished;
        } finally {
            pool.shutdownNow();
        }
    }

    private Optional<ScanPoint> analyse(MassPoint point, StatisticalModel fullModel, AnalysisOptions options,
            ScanListener listener, Map<String, String> failures) {
        try {
            // taken over only when it holds the numbers this scan would compute (a run of another search
            // under the same model name, or made with other errors or p-values, is made again)
            Optional<AnalysisRun> earlier = database.runs().forModel(point.name()).stream()
                    .filter(run -> run.analysis().equals(search.analysis().name())
                            && options.reproducedBy(run, fullModel != null))
                    .reduce((first, second) -> second);
            SignalModel model = database.signalModels().get(point.name());
            if (earlier.isPresent()) {
                ScanPoint reused = new ScanPoint(point, earlier.get(), model.crossSectionPb());
                listener.finished(reused, true);
                return Optional.of(reused);
            }
            AnalysisRun run = analysis.run(search, fullModel, model, options).toRun("");
            database.runs().store(run);
            ScanPoint done = new ScanPoint(point, run, model.crossSectionPb());
            listener.finished(done, false);
            return Optional.of(done);
        } catch (RuntimeException e) {
            String message = FailureMessages.of(e);
            failures.put(point.name(), message);
            listener.failed(point, message);
            return Optional.empty();
        }
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException("Interrupted while scanning");
        } catch (ExecutionException e) {
            throw new IllegalStateException("A scan point failed unexpectedly", e.getCause());
        }
    }

    private static List<MassPoint> order(List<MassPoint> grid, List<MassPoint> subset) {
        Set<MassPoint> wanted = new HashSet<>(subset);
        return grid.stream().filter(wanted::contains).toList();
    }

    private static ScanListener synchronizedListener(ScanListener listener) {
        return new ScanListener() {
            @Override
            public synchronized void finished(ScanPoint point, boolean reused) {
                listener.finished(point, reused);
            }

            @Override
            public synchronized void failed(MassPoint point, String message) {
                listener.failed(point, message);
            }
        };
    }
}
