/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.miniana.core.Analysis;
import org.miniana.core.AnalysisRun;
import org.miniana.core.BinYields;
import org.miniana.core.Ra2Search;
import org.miniana.core.RunMethod;
import org.miniana.core.ScanRecord;
import org.miniana.core.SearchResult;
import org.miniana.core.SignalModel;
import org.miniana.core.SignalYield;
import org.miniana.data.DefaultDatabase;
import org.miniana.data.ResultsDatabase;
import org.miniana.optimize.ErrorCombination;
import org.miniana.optimize.StandardFigureOfMerit;
import org.miniana.signal.FastSimulation;
import org.miniana.signal.MassGrid;
import org.miniana.signal.MassPoint;
import org.miniana.signal.SimplifiedModel;

/** Mass scans on a small T1bbbb grid: simulation of missing points, failures, stored runs, stop and resume. */
class MassScanTest {

    private static final long EVENTS = 2_000;
    private static final AnalysisOptions GREEDY = new AnalysisOptions("greedy-q", StandardFigureOfMerit.HYBRID,
            ErrorCombination.UNCORRELATED, PValueMethod.HYBRID, 1);

    @TempDir
    static Path folder;
    private static ResultsDatabase database;
    private static MassScan scan;

    @BeforeAll
    static void openDatabase() {
        database = DefaultDatabase.open(folder.resolve("db"), message -> {
        });
        SearchResult ra2 = database.searchResults().get(Ra2Search.ANALYSIS.name());
        scan = new MassScan(database, ra2, SingleBinAnalysis.fromPlatform());
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    private static List<MassPoint> grid(double... gluinoLspPairs) {
        List<MassPoint> points = new ArrayList<>();
        for (int i = 0; i < gluinoLspPairs.length; i += 2) {
            points.add(new MassPoint(SimplifiedModel.T1BBBB, gluinoLspPairs[i], gluinoLspPairs[i + 1]));
        }
        return points;
    }

    @Test
    void simulatesMissingPointsStoresRunsAndReportsFailingPoints() {
        List<MassPoint> points = grid(1500, 0, 1500, 100, 600, 0, 1600, 0);
        Recorder recorder = new Recorder();
        ScanResult result = scan.run(points, EVENTS, 1, GREEDY, 2, new NullProgressMonitor(), recorder);

        assertFalse(result.cancelled());
        assertEquals(List.of(points.get(0), points.get(1), points.get(3)),
                result.points().stream().map(ScanPoint::point).toList(), () -> "grid order, without the failed point; failed: " + result.failures());
        assertEquals(List.of("T1bbbb_600_0"), List.copyOf(result.failures().keySet()));
        assertTrue(result.failures().get("T1bbbb_600_0").contains("cross-section table"),
                result.failures().get("T1bbbb_600_0"));
        assertEquals(List.of(points.get(2)), recorder.failed);
        for (ScanPoint point : result.points()) {
            assertEquals(1, database.runs().forModel(Ra2Search.ANALYSIS.name(), point.point().name()).size());
            assertEquals(point.run(), database.runs().forModel(Ra2Search.ANALYSIS.name(), point.point().name()).get(0));
            assertTrue(point.run().signal() > 0);
            assertEquals(point.run().expectedSignalLimit() / point.run().signal(), point.expectedStrengthLimit(), 1e-12);
        }
        // a heavier gluino has a smaller cross section (1.6 times at 1600 GeV): a weaker expected limit on the
        // signal strength at the same LSP mass. Not the expected significance: far beyond the sensitivity both
        // points reach Z of about 5, set by the optimizer's choice of bins, and which is larger depends on the seed.
        assertTrue(result.points().get(0).expectedStrengthLimit() < result.points().get(2).expectedStrengthLimit());

        Recorder again = new Recorder();
        ScanResult resumed = scan.run(points, EVENTS, 1, GREEDY, 2, new NullProgressMonitor(), again);
        assertEquals(result.points(), resumed.points(), "the stored runs are taken over");
        assertEquals(3, again.reused);
        assertEquals(0, again.fresh);
        assertEquals(1, database.runs().forModel(Ra2Search.ANALYSIS.name(), "T1bbbb_1500_0").size(), "no run is stored twice");
    }

    @Test
    void aStoppedScanKeepsItsFinishedPointsAndResumes() {
        List<MassPoint> points = grid(1700, 0, 1700, 200, 1800, 0, 1800, 200, 1900, 0);
        AnalysisOptions options = GREEDY.withOptimizer("ranked-prefix");
        // the models first, so that the stop falls into the analyses
        scan.run(points, EVENTS, 1, GREEDY, 1, new NullProgressMonitor(), ScanListener.NONE);

        var monitor = new NullProgressMonitor();
        Recorder stopper = new Recorder() {
            @Override
            public void finished(ScanPoint point, boolean reused) {
                super.finished(point, reused);
                monitor.setCanceled(true);
            }
        };
        ScanResult stopped = scan.run(points, EVENTS, 1, options, 1, monitor, stopper);
        assertTrue(stopped.cancelled());
        assertTrue(stopped.points().size() >= 1 && stopped.points().size() < points.size(),
                stopped.points().size() + " points");

        Recorder resumer = new Recorder();
        ScanResult resumed = scan.run(points, EVENTS, 1, options, 2, new NullProgressMonitor(), resumer);
        assertFalse(resumed.cancelled());
        assertEquals(points.size(), resumed.points().size());
        assertEquals(stopped.points().size(), resumer.reused);
        assertEquals(points.size() - stopped.points().size(), resumer.fresh);
    }

    /**
     * A stored run is taken over only when made the same way: another error combination, p-value
     * method or (for toys) seed analyses the point again, and the run records how it was made.
     */
    @Test
    void storedRunsAreTakenOverOnlyWhenMadeTheSameWay() {
        List<MassPoint> points = grid(1400, 0, 1400, 300);
        AnalysisOptions oneBin = GREEDY.withStatistics(Statistics.ONE_BIN);
        scan.run(points, EVENTS, 1, oneBin, 1, new NullProgressMonitor(), ScanListener.NONE);

        Recorder same = new Recorder();
        scan.run(points, EVENTS, 1, oneBin, 1, new NullProgressMonitor(), same);
        assertEquals(points.size(), same.reused);

        AnalysisOptions correlated = new AnalysisOptions("greedy-q", StandardFigureOfMerit.HYBRID,
                ErrorCombination.CORRELATED_SYSTEMATICS, PValueMethod.HYBRID, 1, Statistics.ONE_BIN);
        Recorder otherErrors = new Recorder();
        ScanResult again = scan.run(points, EVENTS, 1, correlated, 1, new NullProgressMonitor(), otherErrors);
        assertEquals(0, otherErrors.reused);
        assertEquals(points.size(), otherErrors.fresh);
        RunMethod recorded = again.points().get(0).run().method();
        assertEquals(new RunMethod(ErrorCombination.CORRELATED_SYSTEMATICS.id(), "hybrid", 0, null), recorded);

        AnalysisOptions binomial = new AnalysisOptions("greedy-q", StandardFigureOfMerit.HYBRID,
                ErrorCombination.UNCORRELATED, PValueMethod.BINOMIAL, 1, Statistics.ONE_BIN);
        Recorder otherPValues = new Recorder();
        scan.run(points, EVENTS, 1, binomial, 1, new NullProgressMonitor(), otherPValues);
        assertEquals(0, otherPValues.reused);
        // a seed that drew no random numbers does not matter
        Recorder otherSeed = new Recorder();
        scan.run(points, EVENTS, 1, new AnalysisOptions("greedy-q", StandardFigureOfMerit.HYBRID,
                ErrorCombination.UNCORRELATED, PValueMethod.HYBRID, 99, Statistics.ONE_BIN), 1,
                new NullProgressMonitor(), otherSeed);
        assertEquals(points.size(), otherSeed.reused);

        // a run that does not record its details (stored before schema 9) is not the numbers a scan computes now
        AnalysisRun recordedRun = again.points().get(0).run();
        AnalysisRun withoutDetails = new AnalysisRun(recordedRun.analysis(), recordedRun.model(),
                recordedRun.optimizer(), recordedRun.figureOfMerit(), recordedRun.bins(), recordedRun.selection(),
                recordedRun.signal(), recordedRun.background(), recordedRun.backgroundUp(),
                recordedRun.backgroundDown(), recordedRun.observed(), recordedRun.expectedPValue(),
                recordedRun.expectedSignificance(), recordedRun.observedPValue(), recordedRun.observedSignificance(),
                recordedRun.signalLimit(), recordedRun.expectedSignalLimits(), recordedRun.signalStrengthLimit(),
                recordedRun.timestamp(), recordedRun.reportLocation(), recordedRun.fullLikelihood(),
                recordedRun.method(), recordedRun.signalErrorUp(), recordedRun.signalErrorDown());
        String revision = recordedRun.recorded().orElseThrow().modelRevision();
        assertTrue(correlated.reproducedBy(recordedRun, recordedRun.analysis(), revision, false));
        assertFalse(correlated.reproducedBy(withoutDetails, recordedRun.analysis(), revision, false));
    }

    /** Two scans of one grid at once (as two clients of a team server) share the models and both finish. */
    @Test
    void overlappingScansShareTheirModelsAndBothFinish() throws Exception {
        List<MassPoint> points = grid(1300, 0, 1300, 200, 1300, 400, 1350, 0);
        AnalysisOptions oneBin = GREEDY.withStatistics(Statistics.ONE_BIN);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<ScanResult>> scans = List.of(
                    two.submit(() -> scan.run(points, EVENTS, 1, oneBin, 1, new NullProgressMonitor(), new Recorder())),
                    two.submit(() -> scan.run(points, EVENTS, 1, oneBin, 1, new NullProgressMonitor(), new Recorder())));
            for (Future<ScanResult> result : scans) {
                ScanResult done = result.get();
                assertEquals(Map.of(), done.failures());
                assertEquals(points.size(), done.points().size());
            }
        } finally {
            two.shutdownNow();
        }
        for (MassPoint point : points) {
            assertTrue(database.signalModels().find(Ra2Search.ANALYSIS.name(), point.name()).isPresent(), point.name());
        }
    }

    /** A scan of a grid is recorded and reopens with the points it found, also after other scans of its points. */
    @Test
    void aRecordedScanReopensWithItsPoints() {
        MassGrid grid = new MassGrid(1200, 1250, 50, 0, 500, 500);
        AnalysisOptions oneBin = GREEDY.withStatistics(Statistics.ONE_BIN);
        ScanResult result = scan.run(SimplifiedModel.T1BBBB, grid, EVENTS, 1, oneBin, 1, new NullProgressMonitor(),
                ScanListener.NONE);
        assertEquals(4, result.points().size());
        ScanRecord record = database.scans().find(result.recordId()).orElseThrow();
        assertEquals(4, record.analysedPoints());
        assertEquals(new ScanRecord.Grid(1200, 1250, 50, 0, 500, 500), record.grid());

        // the same points analysed another way meanwhile: the reopened scan keeps its own runs
        scan.run(grid.points(SimplifiedModel.T1BBBB), EVENTS, 1, new AnalysisOptions("greedy-q",
                StandardFigureOfMerit.HYBRID, ErrorCombination.CORRELATED_SYSTEMATICS, PValueMethod.HYBRID, 1,
                Statistics.ONE_BIN), 1, new NullProgressMonitor(), ScanListener.NONE);
        ScanResult reopened = MassScan.reopen(database, record);
        assertEquals(result.points().stream().map(ScanPoint::point).toList(),
                reopened.points().stream().map(ScanPoint::point).toList());
        for (int i = 0; i < result.points().size(); i++) {
            AnalysisRun made = result.points().get(i).run();
            AnalysisRun read = reopened.points().get(i).run();
            assertEquals(made.method(), read.method());
            assertEquals(made.bins(), read.bins());
            assertEquals(made.expectedSignalLimits(), read.expectedSignalLimits());
        }
        assertEquals(result.recordId(), reopened.recordId());
        assertEquals(oneBin, reopened.options());
    }

    /**
     * A stored model that another version of the fast simulation made is flagged wherever the scan
     * goes (its points, the note, the reopened scan), and a re-simulated one clears the flag.
     */
    @Test
    void aScanSaysWhichPointsAnotherSimulationVersionMade() {
        MassGrid grid = new MassGrid(1330, 1380, 50, 0, 100, 0);
        List<MassPoint> points = grid.points(SimplifiedModel.T1BBBB);
        String analysis = Ra2Search.ANALYSIS.name();
        AnalysisOptions oneBin = GREEDY.withStatistics(Statistics.ONE_BIN);
        SignalModel current = FastSimulation.simulate(points.get(0), EVENTS, 1, null).model();
        SignalModel older = new SignalModel(current.name(), current.family(), current.parameters(),
                current.crossSectionPb(), current.provenance().replace(FastSimulation.VERSION + ";", "1.0;"),
                current.yields());
        database.signalModels().store(analysis, List.of(older), false);

        ScanResult mixed = scan.run(SimplifiedModel.T1BBBB, grid, EVENTS, 1, oneBin, 2, new NullProgressMonitor(),
                ScanListener.NONE);
        assertEquals(2, mixed.points().size());
        assertEquals(List.of(points.get(0)), mixed.pointsSimulatedByOtherVersion().stream().map(ScanPoint::point)
                .toList());
        assertEquals(older.provenance(), mixed.points().get(0).modelProvenance());
        assertFalse(mixed.points().get(1).simulatedByOtherVersion(), mixed.points().get(1).modelProvenance());
        assertEquals("1 of 2 points have models simulated by miniana-fastsim 1.0, not by this version, "
                + FastSimulation.VERSION + " (T1bbbb_1330_0): their limits do not compare with the others'",
                mixed.otherVersionNote().orElseThrow());
        ScanResult reopened = MassScan.reopen(database, database.scans().find(mixed.recordId()).orElseThrow());
        assertEquals(mixed.otherVersionNote(), reopened.otherVersionNote(), "a stored scan says so too");

        database.signalModels().store(analysis, List.of(current), true);
        ScanResult again = scan.run(SimplifiedModel.T1BBBB, grid, EVENTS, 1, oneBin, 2, new NullProgressMonitor(),
                ScanListener.NONE);
        assertEquals(Optional.empty(), again.otherVersionNote());
        assertEquals(1, database.runs().earlierForModel(analysis, current.name()).size(),
                "the run made with the older model keeps its yields and is not taken over");
        assertEquals(List.of(again.points().get(0).run()), database.runs().forModel(analysis, current.name()));
    }

    /**
     * A simulated point is analysed from the model in memory, before it is stored: its run has the
     * numbers of a run made from the stored model, read back in another database.
     */
    @Test
    void aSimulatedPointHasTheRunOfItsStoredModel() {
        List<MassPoint> points = grid(1450, 0, 1450, 500, 2000, 100);
        AnalysisOptions oneBin = GREEDY.withStatistics(Statistics.ONE_BIN);
        ScanResult simulated = scan.run(points, EVENTS, 3, oneBin, 2, new NullProgressMonitor(), ScanListener.NONE);
        try (ResultsDatabase other = DefaultDatabase.open(folder.resolve("other"), message -> {
        })) {
            other.signalModels().store(Ra2Search.ANALYSIS.name(),
                    points.stream().map(point -> database.signalModels().get(Ra2Search.ANALYSIS.name(), point.name())).toList(), false);
            ScanResult fromStored = new MassScan(other, other.searchResults().get(Ra2Search.ANALYSIS.name()),
                    SingleBinAnalysis.fromPlatform()).run(points, EVENTS, 3, oneBin, 2, new NullProgressMonitor(),
                            ScanListener.NONE);
            assertEquals(points.size(), fromStored.points().size());
            for (int i = 0; i < points.size(); i++) {
                AnalysisRun made = simulated.points().get(i).run();
                AnalysisRun read = fromStored.points().get(i).run();
                assertEquals(List.of(made.bins(), made.signal(), made.background(), made.expectedSignificance(),
                        made.observedSignificance(), made.signalLimit(), made.expectedSignalLimits()),
                        List.of(read.bins(), read.signal(), read.background(), read.expectedSignificance(),
                                read.observedSignificance(), read.signalLimit(), read.expectedSignalLimits()),
                        points.get(i).name());
            }
        }
    }

    /**
     * Two searches in one database, each with its own model of the same name: a scan of each reads
     * its own model and takes over only its own runs (the bug: a scan of one took over the other's
     * run under the same model name, and so its S, B and N_obs).
     */
    @Test
    void eachSearchScansItsOwnModelOfASharedName() {
        List<MassPoint> points = grid(1550, 0);
        String name = points.get(0).name();
        AnalysisOptions oneBin = GREEDY.withStatistics(Statistics.ONE_BIN);
        ScanResult ra2 = scan.run(points, EVENTS, 5, oneBin, 1, new NullProgressMonitor(), ScanListener.NONE);
        SignalModel ra2Model = database.signalModels().get(Ra2Search.ANALYSIS.name(), name);

        SearchResult published = database.searchResults().get(Ra2Search.ANALYSIS.name());
        // another search with the same bins but every observed count doubled, and a model three times as large
        SearchResult other = new SearchResult(new Analysis("MASSSCAN-SECOND", published.analysis().sqrtSTeV(),
                published.analysis().luminosityInvPb(), "", ""), published.processes(), published.bins().stream()
                        .map(bin -> new BinYields(bin.bin(), 2 * bin.observed(), bin.backgrounds())).toList());
        database.searchResults().store(other);
        SignalModel tripled = new SignalModel(name, ra2Model.family(), ra2Model.parameters(),
                ra2Model.crossSectionPb(), "tripled", ra2Model.yields().stream()
                        .map(yield -> new SignalYield(3 * yield.value(), yield.mcStatError())).toList());
        database.signalModels().store(other.analysis().name(), List.of(tripled), false);

        Recorder second = new Recorder();
        AnalysisRun otherRun = new MassScan(database, other, SingleBinAnalysis.fromPlatform())
                .run(points, EVENTS, 5, oneBin, 1, new NullProgressMonitor(), second).points().get(0).run();
        assertEquals(List.of(0, 1), List.of(second.reused, second.fresh), "the other search's run is not taken over");
        AnalysisRun ra2Run = ra2.points().get(0).run();
        assertEquals(other.analysis().name(), otherRun.analysis());
        assertEquals(otherRun.bins().stream().mapToDouble(bin -> tripled.yield(bin).value()).sum(), otherRun.signal(),
                1e-9, "the scan of the other search reads its own model");
        assertEquals(otherRun.bins().stream().mapToLong(bin -> other.bins().get(bin).observed()).sum(),
                otherRun.observed(), "and its own observed counts");
        assertEquals(List.of(otherRun), database.runs().forModel(other.analysis().name(), name));
        assertEquals(List.of(ra2Run), database.runs().forModel(Ra2Search.ANALYSIS.name(), name));

        Recorder again = new Recorder();
        ScanResult resumed = scan.run(points, EVENTS, 5, oneBin, 1, new NullProgressMonitor(), again);
        assertEquals(List.of(1, 0), List.of(again.reused, again.fresh));
        assertEquals(ra2Run, resumed.points().get(0).run(), "RA2's scan takes over its own run, not the other's");
        assertEquals(ra2Model, database.signalModels().get(Ra2Search.ANALYSIS.name(), name));
    }

    private static class Recorder implements ScanListener {
        final List<MassPoint> failed = new ArrayList<>();
        int reused;
        int fresh;

        @Override
        public void finished(ScanPoint point, boolean wasReused) {
            if (wasReused) {
                reused++;
            } else {
                fresh++;
            }
        }

        @Override
        public void failed(MassPoint point, String message) {
            failed.add(point);
        }
    }
}
