/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal;

import java.util.Arrays;
import java.util.stream.DoubleStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.miniana.core.Ra2Search;

/**
 * MHT and Njets distributions of a simulated mass point, before and after the RA2 selection,
 * for figures and for comparing the simulation with published distributions.
 *
 * @param simulation the simulation the distributions come from
 * @param mht MHT in 50 GeV bins from 0 to 2000 GeV, then one open bin
 * @param jets Njets from 0 to 15, then one open bin
 */
public record KinematicDistributions(SimulationResult simulation, Histogram mht, Histogram jets) {

    private static final double MHT_BIN = 50;
    private static final int MHT_BINS = 41;
    private static final int JET_BINS = 16;

    /** Simulates a point (bundled cross section) and fills both distributions. */
    public static KinematicDistributions of(MassPoint point, long events, long seed, IProgressMonitor monitor) {
        FastSimulation.CrossSection crossSection = FastSimulation.CrossSection.of(point);
        Filling mht = new Filling("mht", "GeV", DoubleStream.iterate(0, x -> x + MHT_BIN).limit(MHT_BINS).toArray());
        Filling jets = new Filling("njets", "", DoubleStream.iterate(0, x -> x + 1).limit(JET_BINS).toArray());
        SimulationResult simulation = FastSimulation.simulate(point, crossSection, events, seed, monitor, event -> {
            mht.add(event.mhtGeV(), event.selectedWeight());
            jets.add(event.jets(), event.selectedWeight());
        });
        double eventWeight = crossSection.pb() * Ra2Search.ANALYSIS.luminosityInvPb() / events;
        return new KinematicDistributions(simulation, mht.histogram(events, eventWeight),
                jets.histogram(events, eventWeight));
    }

    /** A histogram being filled on the simulating thread; values below the first edge are not expected. */
    private static final class Filling {

        private final String variable;
        private final String unit;
        private final double[] lowEdges;
        private final double[] generated;
        private final double[] selected;

        Filling(String variable, String unit, double[] lowEdges) {
            this.variable = variable;
            this.unit = unit;
            this.lowEdges = lowEdges;
            generated = new double[lowEdges.length];
            selected = new double[lowEdges.length];
        }

        void add(double value, double selectedWeight) {
            int bin = lowEdges.length - 1;
            while (bin > 0 && value < lowEdges[bin]) {
                bin--;
            }
            generated[bin]++;
            selected[bin] += selectedWeight;
        }

        Histogram histogram(long events, double eventWeight) {
            return new Histogram(variable, unit, Arrays.stream(lowEdges).boxed().toList(),
                    Arrays.stream(generated).map(n -> n / events).boxed().toList(),
                    Arrays.stream(selected).map(w -> w * eventWeight).boxed().toList());
        }
    }
}
