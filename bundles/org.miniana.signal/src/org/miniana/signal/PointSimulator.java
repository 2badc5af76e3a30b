/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

import org.eclipse.core.runtime.OperationCanceledException;
import org.miniana.core.SignalModel;

/**
 * Simulates mass points one at a time on the calling thread, each with the same number of events
 * and seed, for callers that schedule the points themselves (a scan analyses each point on the
 * thread that has just simulated it). A point gets the yields {@link FastSimulation} and
 * {@link SignalGrid} give it. Thread-safe: points of one gluino mass share its pair-production
 * tables, built once.
 */
public final class PointSimulator {

    private final long eventsPerPoint;
    private final long seed;
    private final Map<Double, PairProduction> productions = new ConcurrentHashMap<>();

    /** @throws IllegalArgumentException when {@code eventsPerPoint} is not positive */
    public PointSimulator(long eventsPerPoint, long seed) {
        if (eventsPerPoint <= 0) {
            throw new IllegalArgumentException("Need a positive number of events per point, not " + eventsPerPoint);
        }
        this.eventsPerPoint = eventsPerPoint;
        this.seed = seed;
    }

    /**
     * Simulates a point with the cross section of the bundled gluino-pair table.
     *
     * @param cancelled asked every few thousand events; true stops with {@link OperationCanceledException}
     * @param eventsDone told, on the calling thread, how many more events were simulated
     * @throws IllegalArgumentException when the gluino mass lies outside the cross-section table
     */
    public SignalModel simulate(MassPoint point, BooleanSupplier cancelled, LongConsumer eventsDone) {
        return simulate(point, FastSimulation.CrossSection.of(point), cancelled, eventsDone);
    }

    SignalModel simulate(MassPoint point, FastSimulation.CrossSection crossSection, BooleanSupplier cancelled,
            LongConsumer eventsDone) {
        PairProduction production = productions.computeIfAbsent(point.mGluino(), PairProduction::new);
        return FastSimulation.run(point, production, crossSection, eventsPerPoint, seed, cancelled, eventsDone, null)
                .model();
    }
}
