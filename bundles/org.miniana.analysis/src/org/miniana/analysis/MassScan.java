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
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

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
import org.miniana.data.SignalModelStore;
import org.miniana.signal.CrossSectionTable;
import org.miniana.signal.MassGrid;
import org.miniana.signal.MassPoint;
import org.miniana.signal.PointSimulator;
import org.miniana.signal.SimplifiedModel;

/**
 * Analyses every point of a mass grid of a simplified model, in parallel. A point's model is
 * taken from the database when stored, else simulated and analysed at once by the same worker;
 * new models and runs are stored in batches by a writer thread while the workers go on
 * ({@link ScanWriter}), so storing adds no serial tail. A model that another scan stored meanwhile
 * is kept, so overlapping scans on one server share their work. A point with a stored run that
 * {@linkplain AnalysisOptions#reproducedBy holds the numbers this scan would compute} is taken
 * over, so that a stopped scan resumes where it stopped. A failing point is reported and the
 * others go on.
 */
public final class MassScan {

    /** Units of the scan's progress. */
    private static final int PROGRESS_TICKS = 1000;
    /** How often the calling thread reports progress and looks at cancellation. */
    private static final long POLL_MILLISECONDS = 50;

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
        Set<String> stored = new HashSet<>(database.signalModels().names(scan.analysis()));
        List<ScanPoint> points = new ArrayList<>();
        for (MassPoint point : new MassGrid(grid.motherFrom(), grid.motherTo(), grid.motherStep(), grid.lspFrom(),
                grid.lspStep(), grid.lspTo()).points(family)) {
            if (!stored.contains(point.name())) {
                continue;
            }
            List<AnalysisRun> runs = database.runs().forModel(scan.analysis(), point.name());
            if (runs.isEmpty()) {
                continue;
            }
            SignalModel model = database.signalModels().get(scan.analysis(), point.name());
            String revision = SignalModelStore.revision(model);
            latest(runs, options, scan.analysis(), revision, options.statistics().full())
                    .or(() -> latest(runs, options, scan.analysis(), revision, false))
                    .ifPresent(made -> points.add(new ScanPoint(point, made, model.crossSectionPb(),
                            model.provenance())));
        }
        return new ScanResult(family, options, points, Map.of(), scan.cancelled(), scan.id());
    }

    /** The last of the runs that hold the numbers these options would compute for the model of that revision. */
    private static Optional<AnalysisRun> latest(List<AnalysisRun> runs, AnalysisOptions options, String search,
            String modelRevision, boolean fullWanted) {
        return runs.stream().filter(run -> options.reproducedBy(run, search, modelRevision, fullWanted))
                .reduce((first, second) -> second);
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
        List<MassPoint> scanned = new ArrayList<>();
        Set<MassPoint> simulable = new HashSet<>();
        Set<String> stored = new HashSet<>(database.signalModels().names(search.analysis().name()));
        CrossSectionTable crossSections = CrossSectionTable.gluinoPair13TeV();
        for (MassPoint point : points) {
            if (stored.contains(point.name())) {
                scanned.add(point);
            } else if (point.mGluino() < crossSections.minimumMass() || point.mGluino() > crossSections.maximumMass()) {
                String message = "not stored, and its gluino mass " + point.mGluino() + " GeV lies outside the"
                        + " cross-section table (" + crossSections.minimumMass() + "-" + crossSections.maximumMass()
                        + " GeV); add it with a given cross section ('miniana models add " + point.reference()
                        + ":xsec=PB')";
                failures.put(point.name(), message);
                serialized.failed(point, message);
            } else {
                scanned.add(point);
                simulable.add(point);
            }
        }
        // once per scan: the merged bin's signal uncertainty needs it too, not only the full likelihood
        StatisticalModel fullModel = database.statisticalModels().find(search.analysis().name()).orElse(null);
        Pass pass = new Pass(scanned, simulable, eventsPerPoint,
                simulable.isEmpty() ? null : new PointSimulator(eventsPerPoint, seed), fullModel, options, serialized,
                failures);
        SubMonitor progress = SubMonitor.convert(monitor, "Scanning " + points.size() + " mass points",
                PROGRESS_TICKS);
        List<ScanPoint> finished = pass.run(threads, progress);
        return new ScanResult(points.get(0).model(), options, finished, failures,
                pass.stop.get() || progress.isCanceled());
    }

    /**
     * One scan of the points: workers simulate a point whose model is not stored, analyse it at once
     * and hand both to the {@link ScanWriter}, which stores them in batches meanwhile; the calling
     * thread reports progress and looks at cancellation.
     */
    private final class Pass implements ScanWriter.Outcome {

        private final List<MassPoint> points;
        private final Set<MassPoint> simulable;
        private final long eventsPerPoint;
        private final PointSimulator simulator;
        private final StatisticalModel fullModel;
        private final AnalysisOptions options;
        private final ScanListener listener;
        private final Map<String, String> failures;
        /** Per point, once finished: its result (cleared when it could not be stored). */
        private final AtomicReferenceArray<ScanPoint> results;
        private final AtomicBoolean stop = new AtomicBoolean();
        private final AtomicLong eventsSimulated = new AtomicLong();
        private final AtomicInteger pointsEnded = new AtomicInteger();
        private final AtomicInteger modelsStored = new AtomicInteger();
        private volatile String lastModelStored;
        private ScanWriter writer;
        private int reportedTicks;
        private int reportedModels;

        Pass(List<MassPoint> points, Set<MassPoint> simulable, long eventsPerPoint, PointSimulator simulator,
                StatisticalModel fullModel, AnalysisOptions options, ScanListener listener,
                Map<String, String> failures) {
            this.points = points;
            this.simulable = simulable;
            this.eventsPerPoint = eventsPerPoint;
            this.simulator = simulator;
            this.fullModel = fullModel;
            this.options = options;
            this.listener = listener;
            this.failures = failures;
            this.results = new AtomicReferenceArray<>(points.size());
        }

        /** @return the finished and stored points, in grid order */
        List<ScanPoint> run(int threads, SubMonitor progress) {
            AtomicInteger threadNumber = new AtomicInteger();
            ClassLoader contextLoader = Thread.currentThread().getContextClassLoader();
            // A fork-join pool, so that the fits a point's full likelihood runs concurrently stay on
            // this pool's busy threads instead of adding threads beside them.
            ForkJoinPool pool = new ForkJoinPool(threads, forkJoinPool -> {
                ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(forkJoinPool);
                thread.setName("miniana-scan-" + threadNumber.incrementAndGet());
                thread.setContextClassLoader(contextLoader);
                return thread;
            }, null, false);
            try (ScanWriter closing = new ScanWriter(database, search.analysis().name(), this)) {
                writer = closing;
                List<Future<?>> futures = new ArrayList<>();
                for (int i = 0; i < points.size(); i++) {
                    int index = i;
                    futures.add(pool.submit(() -> {
                        if (!stop.get()) {
                            scan(index);
                        }
                        pointsEnded.incrementAndGet();
                    }));
                }
                for (Future<?> future : futures) {
                    while (!await(future)) {
                        report(progress);
                        if (progress.isCanceled()) {
                            stop.set(true);
                        }
                    }
                }
                report(progress);
            } finally {
                pool.shutdownNow();
            }
            List<ScanPoint> finished = new ArrayList<>();
            for (int i = 0; i < results.length(); i++) {
                if (results.get(i) != null) {
                    finished.add(results.get(i));
                }
            }
            return finished;
        }

        /** Reports the work done since the last report, and the models stored; on the calling thread. */
        private void report(SubMonitor progress) {
            int ticks = ticks();
            progress.worked(ticks - reportedTicks);
            reportedTicks = ticks;
            int models = modelsStored.get();
            if (models != reportedModels) {
                progress.subTask(lastModelStored + " (" + models + " of " + simulable.size() + ")");
                reportedModels = models;
            }
        }

        /** Simulation weighs four times as much as the analyses, as it takes far longer. */
        private int ticks() {
            double analysed = pointsEnded.get() / (double) points.size();
            if (simulable.isEmpty()) {
                return (int) (PROGRESS_TICKS * analysed);
            }
            double simulated = eventsSimulated.get() / ((double) eventsPerPoint * simulable.size());
            return (int) (PROGRESS_TICKS * (0.8 * Math.min(1, simulated) + 0.2 * analysed));
        }

        private void scan(int index) {
            MassPoint point = points.get(index);
            try {
                SignalModel model;
                if (simulable.contains(point)) {
                    model = simulator.simulate(point, stop::get, eventsSimulated::addAndGet);
                } else {
                    // taken over only when it holds the numbers this scan would compute: a run of this search's
                    // model (another search's model of the same name is another model) as it is now, made the same way
                    String analysisName = search.analysis().name();
                    model = database.signalModels().get(analysisName, point.name());
                    Optional<AnalysisRun> earlier = latest(database.runs().forModel(analysisName, point.name()),
                            options, analysisName, SignalModelStore.revision(model),
                            options.statistics().full() && fullModel != null);
                    if (earlier.isPresent()) {
                        ScanPoint reused = new ScanPoint(point, earlier.get(), model.crossSectionPb(),
                                model.provenance());
                        results.set(index, reused);
                        listener.finished(reused, true);
                        return;
                    }
                }
                AnalysisRun run = analysis.run(search, fullModel, model, options).toRun("");
                ScanPoint done = new ScanPoint(point, run, model.crossSectionPb(), model.provenance());
                results.set(index, done);
                writer.add(new ScanWriter.Entry(index, point, simulable.contains(point) ? model : null, run));
                listener.finished(done, false);
            } catch (OperationCanceledException e) {
                // stopped while simulating: the point is left for the next scan
            } catch (RuntimeException e) {
                fail(index, point, FailureMessages.of(e));
            }
        }

        private void fail(int index, MassPoint point, String message) {
            results.set(index, null);
            failures.put(point.name(), message);
            listener.failed(point, message);
        }

        @Override
        public void stored(ScanWriter.Entry entry) {
            if (entry.newModel() != null) {
                lastModelStored = entry.newModel().name();
                modelsStored.incrementAndGet();
            }
        }

        @Override
        public void failed(ScanWriter.Entry entry, String message) {
            fail(entry.index(), entry.point(), message);
        }
    }

    /** Whether the task has ended, after waiting a little for it. */
    private static boolean await(Future<?> future) {
        try {
            future.get(POLL_MILLISECONDS, TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException("Interrupted while scanning");
        } catch (ExecutionException e) {
            throw new IllegalStateException("A scan point failed unexpectedly", e.getCause());
        }
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
