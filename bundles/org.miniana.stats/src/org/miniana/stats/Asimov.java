/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.stats;

/**
 * The median expected discovery significance of a counting experiment from the Asimov data set
 * (Cowan, Cranmer, Gross, Vitells, Eur. Phys. J. C 71 (2011) 1554, eq. 97 and its extension with a
 * background uncertainty).
 */
public final class Asimov {

    private Asimov() {
    }

    /**
     * Z_A = sqrt(2 ((s + b) ln(1 + s/b) - s)) for a background known exactly.
     *
     * @param s expected signal, &gt;= 0
     * @param b expected background, &gt; 0
     */
    public static double z(double s, double b) {
        check(s, b, 0);
        return Math.sqrt(Math.max(0, 2 * ((s + b) * Math.log1p(s / b) - s)));
    }

    /**
     * Z_A = sqrt(2 [(s+b) ln((s+b)(b+sb^2) / (b^2+(s+b)sb^2)) - (b^2/sb^2) ln(1 + sb^2 s / (b(b+sb^2)))])
     * for a background known to +-sigmaB (an auxiliary measurement with that Gaussian error).
     *
     * @param s expected signal, &gt;= 0
     * @param b expected background, &gt; 0
     * @param sigmaB absolute background uncertainty, &gt;= 0 (0 gives {@link #z(double, double)})
     */
    public static double z(double s, double b, double sigmaB) {
        check(s, b, sigmaB);
        if (sigmaB == 0) {
            return z(s, b);
        }
        double v = sigmaB * sigmaB;
        // The first logarithm's argument is 1 + s b / (b^2 + (s+b) sb^2): log1p keeps small s exact.
        double signalTerm = (s + b) * Math.log1p(s * b / (b * b + (s + b) * v));
        double backgroundTerm = b * b / v * Math.log1p(v * s / (b * (b + v)));
        return Math.sqrt(Math.max(0, 2 * (signalTerm - backgroundTerm)));
    }

    private static void check(double s, double b, double sigmaB) {
        if (!(s >= 0 && b > 0 && sigmaB >= 0) || Double.isInfinite(s + b + sigmaB)) {
            throw new IllegalArgumentException(
                "need finite s >= 0, b > 0, sigmaB >= 0: s=" + s + ", b=" + b + ", sigmaB=" + sigmaB);
        }
    }
}
