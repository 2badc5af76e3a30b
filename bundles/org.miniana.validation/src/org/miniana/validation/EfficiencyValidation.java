/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.miniana.core.Ra2Search;
import org.miniana.core.SignalModel;
import org.miniana.signal.MassPoint;
import org.miniana.signal.SignalGrid;
import org.miniana.signal.SimplifiedModel;

/**
 * Simulates the recast's points of a family with the fast simulation (in memory, nothing stored)
 * and compares the efficiencies per aggregate region ({@link EfficiencyComparison}).
 */
public final class EfficiencyValidation {

    private EfficiencyValidation() {
    }

    /**
     * @param events events per point
     * @param monitor progress and cancellation; a cancelled run compares the points finished
     * @param onPointDone told the name of each point simulated, on the calling thread
     */
    public static EfficiencyComparison compare(SimplifiedModel family, long events, long seed, int threads,
            IProgressMonitor monitor, Consumer<String> onPointDone) {
        List<MassPoint> points = new ArrayList<>(RecastEfficiencies.of(family).keySet());
        Map<String, MassPoint> byName = new HashMap<>();
        points.forEach(point -> byName.put(point.name(), point));
        Map<MassPoint, SignalModel> models = new HashMap<>();
        SignalGrid.generate(points, events, seed, threads, monitor,
                model -> {
                    models.put(byName.get(model.name()), model);
                    onPointDone.accept(model.name());
                });
        return EfficiencyComparison.of(family, models, Ra2Search.bins());
    }
}
