/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Draws m12^2 = s in a three-body decay M -&gt; m1 m1 m3 that is flat in the Dalitz plot: the
 * density of s is the width of its m23^2 range, 4 p2* p3*, with
 * (p2* p3*)^2 = (s/4 - m1^2) ((M^2 - s - m3^2)^2/(4 s) - m3^2).
 *
 * <p>By rejection from a piecewise constant envelope: the range of s is cut into {@value #STRIPS}
 * strips, each with a rigorous bound b_k of p2* p3* over it, chosen so that the envelope areas
 * d_k b_k (d_k the width) are equal. A strip picked uniformly, s uniform in it and kept with
 * probability p2* p3* d_k / A, A = max_k d_k b_k, gives exactly the density p2* p3*: the strip
 * widths cancel. The equal areas only make the acceptance high (about 95%, against 50-67% for
 * one uniform s over the whole range); they need not be exact.
 *
 * <p>Immutable once built.
 */
final class DalitzStrips {

    /** The strip of a trial comes from this many bits of a random number. */
    static final int BITS = 6;
    static final int STRIPS = 1 << BITS;
    /** The low 53 bits of a random long, for a uniform number in [0, 1). */
    private static final long UNIFORM_MASK = (1L << 53) - 1;
    /** Bisection steps for the strip edges (to 1e-9 of the range) and for their common area (to 1e-7 of the largest). */
    private static final int EDGE_STEPS = 30;
    private static final int AREA_STEPS = 24;

    private final double m1Squared;
    private final double mSquared;
    private final double m3Squared;
    private final double sMin;
    private final double sMax;
    /** Strip edges in s: STRIPS + 1 values from (2 m1)^2 to (M - m3)^2. */
    final double[] edges = new double[STRIPS + 1];
    /** Per strip: A/d_k, so that s is kept when (u A/d_k)^2 &lt;= (p2* p3*)^2 for a uniform u. */
    final double[] scale = new double[STRIPS];

    DalitzStrips(double parentMass, double quarkMass, double invisibleMass) {
        m1Squared = quarkMass * quarkMass;
        mSquared = parentMass * parentMass;
        m3Squared = invisibleMass * invisibleMass;
        sMin = 4 * m1Squared;
        sMax = (parentMass - invisibleMass) * (parentMass - invisibleMass);
        if (!(sMax > sMin)) {
            throw new IllegalArgumentException("No phase space for " + parentMass + " -> 2 x " + quarkMass + " + "
                    + invisibleMass + " GeV");
        }
        // the smallest common area whose strips reach sMax
        double tooSmall = 0;
        double enough = area(sMin, sMax);
        for (int step = 0; step < AREA_STEPS; step++) {
            double area = 0.5 * (tooSmall + enough);
            if (placeEdges(area)) {
                enough = area;
            } else {
                tooSmall = area;
            }
        }
        placeEdges(enough);
        edges[STRIPS] = sMax;
        double largest = 0;
        for (int k = 0; k < STRIPS; k++) {
            largest = Math.max(largest, area(edges[k], edges[k + 1]));
        }
        for (int k = 0; k < STRIPS; k++) {
            scale[k] = largest / (edges[k + 1] - edges[k]);
        }
    }

    /**
     * Places the edges from sMin so that each strip has the given envelope area (the last ones
     * empty once sMax is reached); returns whether the strips reach sMax.
     */
    private boolean placeEdges(double area) {
        edges[0] = sMin;
        for (int k = 0; k < STRIPS; k++) {
            double low = edges[k];
            if (area(low, sMax) <= area) {
                Arrays.fill(edges, k + 1, STRIPS + 1, sMax);
                return true;
            }
            // the envelope area grows with the upper edge
            double below = low;
            double above = sMax;
            for (int step = 0; step < EDGE_STEPS; step++) {
                double middle = 0.5 * (below + above);
                if (area(low, middle) < area) {
                    below = middle;
                } else {
                    above = middle;
                }
            }
            edges[k + 1] = below;
        }
        return false;
    }

    /**
     * Draws s with the density p2* p3*. Each trial takes one random long for the strip (its top
     * {@value #BITS} bits) and the place in it (its low 53 bits), and one uniform number for the
     * decision, made on squares so that it needs no square root; NaN (s = 0 for massless quarks) rejects.
     */
    double sample(RandomGenerator random) {
        double s;
        double t;
        double widthSquared;
        do {
            long bits = random.nextLong();
            int strip = (int) (bits >>> (Long.SIZE - BITS));
            s = edges[strip] + (edges[strip + 1] - edges[strip]) * ((bits & UNIFORM_MASK) * 0x1p-53);
            widthSquared = widthSquared(s, 1 / s);
            t = random.nextDouble() * scale[strip];
        } while (!(t * t <= widthSquared));
        return s;
    }

    /**
     * (p2* p3*)^2 at s = m12^2, given 1/s (which the caller needs again): (1 - 4 m1^2/s)
     * lambda(M^2, s, m3^2)/16; NaN at s = 0.
     */
    double widthSquared(double s, double inverseS) {
        double reduced = mSquared - s - m3Squared;
        return (0.25 * s - m1Squared) * (0.25 * reduced * reduced * inverseS - m3Squared);
    }

    /**
     * The envelope area of [low, high]: its width times an upper bound of p2* p3* over it. The
     * first factor of (p2* p3*)^2, 1 - 4 m1^2/s, grows with s, the second, lambda =
     * (M^2 - s - m3^2)^2 - 4 s m3^2, falls for all s below (M - m3)^2 &lt; M^2 + m3^2; the margin
     * covers rounding where the bound is attained (at low when m1 = 0).
     */
    private double area(double low, double high) {
        double reduced = mSquared - low - m3Squared;
        double lambda = reduced * reduced - 4 * low * m3Squared;
        return (high - low) * Math.sqrt(Math.max(0, (1 - 4 * m1Squared / high) * lambda / 16)) * (1 + 1e-12);
    }
}
