/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.miniana.core.SignalModel;

class SignalGridTest {

    private static final List<MassPoint> POINTS = new MassGrid(1000, 1400, 200, 0, 400).points(SimplifiedModel.T1BBBB);

    /** Records what a job reports, as a progress view would. */
    private static final class RecordingMonitor extends NullProgressMonitor {

        int total = -1;
        int worked;

        @Override
        public void beginTask(String name, int totalWork) {
            total = totalWork;
        }

        @Override
        public void worked(int work) {
            worked += work;
        }
    }

    @Test
    void sameModelsOnOneAndTwoThreadsAndAlone() {
        List<SignalModel> oneThread = SignalGrid.generate(POINTS, 3000, 7, 1, null, model -> {
        });
        List<SignalModel> twoThreads = SignalGrid.generate(POINTS, 3000, 7, 2, null, model -> {
        });
        assertEquals(POINTS.size(), oneThread.size());
        assertEquals(oneThread, twoThreads);
        // a point's events depend on the seed and the point, not on the grid around it
        for (int i = 0; i < POINTS.size(); i++) {
            assertEquals(POINTS.get(i).name(), oneThread.get(i).name());
            assertEquals(FastSimulation.simulate(POINTS.get(i), 3000, 7, null).model(), oneThread.get(i));
        }
    }

    @Test
    void reportsEveryPointAndAllProgress() {
        RecordingMonitor monitor = new RecordingMonitor();
        List<String> done = new ArrayList<>();
        List<SignalModel> models = SignalGrid.generate(POINTS, 5000, 1, 2, monitor, model -> done.add(model.name()));
        assertTrue(monitor.total > 0);
        assertEquals(monitor.total, monitor.worked);
        assertEquals(POINTS.size(), done.size());
        assertEquals(models.stream().map(SignalModel::name).sorted().toList(), done.stream().sorted().toList());
    }

    @Test
    void cancellationStopsEarlyAndReturnsWhatFinished() {
        RecordingMonitor monitor = new RecordingMonitor();
        List<MassPoint> many = new MassGrid(1000, 2000, 50, 0, 100).points(SimplifiedModel.T1QQQQ);
        // enough work for minutes; cancelled as soon as the first point is done
        List<SignalModel> models = SignalGrid.generate(many, 500_000, 1, 2, monitor, model -> monitor.setCanceled(true));
        assertTrue(models.size() >= 1 && models.size() <= 2, "finished points: " + models.size());
        assertTrue(monitor.worked < monitor.total / 10, "progress " + monitor.worked + " of " + monitor.total);
        assertEquals(160, models.get(0).yields().size());
    }

    @Test
    void failsBeforeSimulatingWhenAPointHasNoCrossSection() {
        List<MassPoint> points = new MassGrid(700, 900, 100, 0, 400).points(SimplifiedModel.T1QQQQ);
        List<String> done = new ArrayList<>();
        assertThrows(IllegalArgumentException.class,
                () -> SignalGrid.generate(points, 1000, 1, 2, null, model -> done.add(model.name())));
        assertEquals(List.of(), done);
        // with cross sections of its own the grid can go below the table
        List<SignalModel> models = SignalGrid.generate(points, point -> 2.0, 1000, 1, 2, null, model -> {
        });
        assertEquals(points.size(), models.size());
    }

    @Test
    void reportsAFailingCallbackAfterStoppingTheOthers() {
        IllegalStateException failure = new IllegalStateException("database full");
        assertEquals(failure, assertThrows(IllegalStateException.class,
                () -> SignalGrid.generate(POINTS, 2000, 1, 2, null, model -> {
                    throw failure;
                })));
    }
}
