/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The strip envelope of the Dalitz sampling against the density it must cover and reproduce. */
class DalitzStripsTest {

    /** p2* p3* from the two-body momenta in the (1 2) rest frame, written independently of DalitzStrips. */
    private static double width(double parent, double quark, double invisible, double s) {
        double m12 = Math.sqrt(s);
        double e3 = (parent * parent - s - invisible * invisible) / (2 * m12);
        return Math.sqrt(Math.max(0, s / 4 - quark * quark)) * Math.sqrt(Math.max(0, e3 * e3 - invisible * invisible));
    }

    @ParameterizedTest
    @CsvSource({ "1500, 172.5, 100", "1500, 4.8, 1450", "1000, 0, 0", "2200, 4.8, 1200" })
    void boundsCoverTheDensityAndAcceptMostTrials(double parent, double quark, double invisible) {
        DalitzStrips strips = new DalitzStrips(parent, quark, invisible);
        double[] edges = strips.edges;
        assertEquals(4 * quark * quark, edges[0]);
        assertEquals((parent - invisible) * (parent - invisible), edges[DalitzStrips.STRIPS]);
        double accepted = 0;
        for (int k = 0; k < DalitzStrips.STRIPS; k++) {
            assertTrue(edges[k + 1] > edges[k], "strip " + k);
            double sum = 0;
            for (int i = 0; i <= 1000; i++) {
                double s = edges[k] + (edges[k + 1] - edges[k]) * i / 1000;
                if (s == 0) {
                    // massless quarks: the density has a finite limit at s = 0, where the sampler never lands
                    continue;
                }
                double w = width(parent, quark, invisible, s);
                // the acceptance w/scale_k is a probability
                assertTrue(w <= strips.scale[k], "strip " + k + " at s = " + s + ": " + w + " > " + strips.scale[k]);
                sum += w / strips.scale[k];
            }
            accepted += sum / 1001 / DalitzStrips.STRIPS;
        }
        // equal envelope areas: most strips are nearly flat; for one uniform s over the range it would be 0.5-0.67
        assertTrue(accepted > 0.9, "acceptance " + accepted);
    }

    @ParameterizedTest
    @CsvSource({ "1500, 172.5, 100", "1500, 4.8, 1450", "1000, 0, 0" })
    void samplesFollowTheDensity(double parent, double quark, double invisible) {
        DalitzStrips strips = new DalitzStrips(parent, quark, invisible);
        SplittableRandom random = new SplittableRandom(5);
        int n = 200_000;
        double[] samples = new double[n];
        for (int i = 0; i < n; i++) {
            samples[i] = strips.sample(random);
        }
        Arrays.sort(samples);
        // the distribution function by the midpoint rule on a fine grid, against the empirical one
        double sMin = 4 * quark * quark;
        double sMax = (parent - invisible) * (parent - invisible);
        int nodes = 20_000;
        double[] cumulative = new double[nodes + 1];
        for (int i = 1; i <= nodes; i++) {
            double s0 = sMin + (sMax - sMin) * (i - 1) / nodes;
            double s1 = sMin + (sMax - sMin) * i / nodes;
            cumulative[i] = cumulative[i - 1] + width(parent, quark, invisible, 0.5 * (s0 + s1)) * (s1 - s0);
        }
        double largest = 0;
        for (int i = 0; i < n; i += 97) {
            double position = (samples[i] - sMin) / (sMax - sMin) * nodes;
            int node = Math.min(nodes - 1, (int) position);
            double cdf = (cumulative[node] + (position - node) * (cumulative[node + 1] - cumulative[node]))
                    / cumulative[nodes];
            largest = Math.max(largest, Math.abs(cdf - (i + 0.5) / n));
        }
        // Kolmogorov-Smirnov: 1.95/sqrt(n) is the 0.1% critical value; uniform s would be off by about 0.1
        assertTrue(largest < 1.95 / Math.sqrt(n), "largest distance of the distribution functions " + largest);
    }
}
