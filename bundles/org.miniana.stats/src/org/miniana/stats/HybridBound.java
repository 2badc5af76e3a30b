/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.stats;

import java.util.Arrays;
import java.util.stream.IntStream;

import org.apache.commons.math3.special.Gamma;
import org.miniana.stats.internal.Background;

/**
 * A cheap upper bound on the hybrid significance of n = s + b, from a lower bound on its p-value,
 * so that optimizers can skip selections that cannot beat the best so far without the full
 * integration (a fraction of a microsecond for a clearly worse selection, a few for a close one,
 * against 5). It bounds the significance of {@link PValue#hybrid} and lives beside it, in
 * this bundle, because it follows the same background model ({@link Background}) step by step.
 *
 * <p>With k = floor(n) + 1 the p-value is at least E_g[P(N &gt;= k | mu(g))] (ties at an integer n
 * only add to it). In that model mu(g) increases with g: b (1 + up/b)^g for g &gt;= 0, and for
 * g &lt; 0 b (1 - down/b)^-g, or max(0, b + g min(down, b)) when down &gt;= 0.8 b.
 * P(N &gt;= k | mu) increases with mu, so on each panel of a grid on [-6.5, 6.5] the integrand is
 * at least its value at the panel's left edge: that lower Riemann sum bounds p from below (the
 * tails beyond the grid only add to p). Each Poisson tail is bounded below by its first terms, or,
 * with the mean above k - 1, by a Chernoff bound on its complement.
 *
 * <p>The grid starts with panels of 0.5, evaluated from the panel expected to add most outwards,
 * and stops as soon as the sum reaches the p-value of the threshold. The same sum taken at the
 * panels' right edges estimates p from above: when it stays below that p-value no refinement can
 * help, and the bound is returned as it is. Otherwise the panels whose edges differ most are
 * halved, down to 1/32, until the sum reaches the threshold's p-value or a budget of evaluations is
 * spent. For an excess so large that the integrand peaks above the grid (about 20 sigma and more),
 * the grid moves up to the peak. The sums are kept in units of the threshold's p-value. Above about
 * 37 sigma the normal probabilities underflow and the bound says nothing (+infinity). A relative
 * margin covers the p-value's own integration error.
 */
public final class HybridBound {

    private static final double STEP = 0.5;
    private static final int PANELS = 13;
    /** Finest panel: STEP / SPLIT. */
    private static final int SPLIT = 16;
    private static final int FINE_HALF = PANELS * SPLIT;
    private static final int MAX_SPLITS = 32;
    /** A moved grid's middle lies this far below the integrand's peak, found in so many bisections. */
    private static final double PEAK_OFFSET = 3.5;
    private static final int PEAK_STEPS = 12;
    private static final int TAIL_TERMS = 64;
    private static final double TAIL_PRECISION = 1e-3;
    /** Well above the hybrid p-value's relative accuracy (1e-6). */
    private static final double LOG_MARGIN = Math.log(1 - 1e-4);
    /** Per fine node i (g = (i - FINE_HALF) STEP / SPLIT): the standard normal probability above g. */
    private static final double[] ABOVE = above();
    /** ln k! for the counts of most merged bins: Gamma.logGamma costs as much as the rest of a bound. */
    private static final double[] LOG_FACTORIAL = IntStream.range(0, 4096).mapToDouble(k -> Gamma.logGamma(k + 1.0))
            .toArray();
    /** The last threshold asked about on this thread and its {@link #logUnit}. */
    private static final ThreadLocal<double[]> LAST_UNIT = ThreadLocal.withInitial(() -> new double[] { Double.NaN, 0 });

    private HybridBound() {
    }

    /**
     * A number at least the hybrid significance of n = s + b over b +up -down; +infinity when none
     * is found. It stops refining as soon as the bound is at most {@code threshold}.
     */
    public static double significance(double s, double b, double up, double down, double threshold) {
        if (!(b > 0)) {
            return Double.POSITIVE_INFINITY;
        }
        double logUnit = logUnit(threshold);
        Integrand integrand = new Integrand(s, b, up, down, logUnit);
        int nodes = 2 * PANELS + 1;
        // Panels as fine-grid node indices: panel j runs from edge[j] to edge[j + 1].
        int[] edge = new int[nodes + MAX_SPLITS];
        double[] tail = new double[nodes + MAX_SPLITS];
        int count = nodes;
        double lower = 0;
        int peak = integrand.peakNode();
        for (int i = 0; i < nodes; i++) {
            int j = Math.floorMod(peak + (i % 2 == 0 ? i / 2 : -(i + 1) / 2), nodes);
            edge[j] = j * SPLIT;
            tail[j] = integrand.at(edge[j]);
            if (j < nodes - 1) {
                lower += (integrand.above(j * SPLIT) - integrand.above((j + 1) * SPLIT)) * tail[j];
                if (lower >= 1) {
                    return threshold;
                }
            }
        }
        double upper = 0;
        // Per panel: what it adds to upper - lower, 0 once it cannot be halved.
        double[] gap = new double[nodes + MAX_SPLITS];
        for (int j = 0; j + 1 < count; j++) {
            double mass = integrand.above(edge[j]) - integrand.above(edge[j + 1]);
            upper += mass * tail[j + 1];
            gap[j] = mass * (tail[j + 1] - tail[j]);
        }
        for (int split = 0; split < MAX_SPLITS && lower < 1 && upper >= 1; split++) {
            int widest = widest(gap, count - 1);
            if (widest < 0) {
                break;
            }
            int left = edge[widest];
            int right = edge[widest + 1];
            int middle = (left + right) / 2;
            double value = integrand.at(middle);
            System.arraycopy(edge, widest + 1, edge, widest + 2, count - widest - 1);
            System.arraycopy(tail, widest + 1, tail, widest + 2, count - widest - 1);
            System.arraycopy(gap, widest + 1, gap, widest + 2, count - widest - 2);
            edge[widest + 1] = middle;
            tail[widest + 1] = value;
            count++;
            double leftMass = integrand.above(left) - integrand.above(middle);
            double rightMass = integrand.above(middle) - integrand.above(right);
            lower += rightMass * (value - tail[widest]);
            upper -= leftMass * (tail[widest + 2] - value);
            gap[widest] = middle - left > 1 ? leftMass * (value - tail[widest]) : 0;
            gap[widest + 1] = right - middle > 1 ? rightMass * (tail[widest + 2] - value) : 0;
        }
        if (lower >= 1) {
            return threshold;
        }
        return lower > 0 ? Significance.fromLogPValue(Math.min(0, Math.log(lower) + logUnit + LOG_MARGIN))
                : Double.POSITIVE_INFINITY;
    }

    /**
     * ln of the unit of the sums: Z &lt;= threshold once the lower bound on p reaches it.
     * Remembered per thread, since a search asks about one threshold many times in a row.
     */
    private static double logUnit(double threshold) {
        double[] last = LAST_UNIT.get();
        if (last[0] != threshold) {
            last[0] = threshold;
            last[1] = Significance.toLogPValue(threshold) - LOG_MARGIN;
        }
        return last[1];
    }

    /** The panel that adds most to the gap between the two sums; -1 if none can be halved. */
    private static int widest(double[] gap, int panels) {
        int widest = -1;
        double largest = 0;
        for (int j = 0; j < panels; j++) {
            if (gap[j] > largest) {
                largest = gap[j];
                widest = j;
            }
        }
        return widest;
    }

    /**
     * A lower bound on P(N &gt;= k | mu(g)) at the nodes of the fine grid, in units of
     * exp(logUnit).
     */
    private static final class Integrand {
        private final double k;
        private final double logKFactorial;
        private final double b;
        private final double logB;
        private final double upSlope;
        private final double downSlope;
        private final double linearDown;
        private final double logUnit;
        /** exp(-logUnit); +infinity where that overflows, for thresholds far above any p-value. */
        private final double perUnit;
        /** The g of the grid's middle node: 0, or near the tail of an excess too large for the grid. */
        private final double origin;
        /** P(G &gt; g) per fine node: the shared table at origin 0, else filled when asked. */
        private final double[] above;

        Integrand(double s, double b, double up, double down, double logUnit) {
            k = Math.floor(s + b) + 1;
            logKFactorial = k < LOG_FACTORIAL.length ? LOG_FACTORIAL[(int) k] : Gamma.logGamma(k + 1);
            this.b = b;
            logB = Math.log(b);
            upSlope = Math.log1p(up / b);
            boolean logNormal = down < Background.LINEAR_THRESHOLD * b;
            downSlope = logNormal ? -Math.log1p(-down / b) : Double.NaN;
            linearDown = logNormal ? Double.NaN : Math.min(down, b);
            this.logUnit = logUnit;
            perUnit = Math.exp(-logUnit);
            origin = origin();
            if (origin == 0) {
                above = ABOVE;
            } else {
                above = new double[ABOVE.length];
                Arrays.fill(above, Double.NaN);
            }
        }

        /**
         * 0, or where the integrand peaks beyond the grid (an excess of 20 sigma and more), a
         * little below that peak, so that the grid moved there covers it; what it leaves out below
         * only loosens the bound. Above k, ln P(N &gt;= k | mu(g)) grows by about (k - mu(g)) c per
         * unit of g, with c the slope of ln mu, and the normal density falls by g: the peak is
         * where the two match.
         */
        private double origin() {
            double top = PANELS * STEP;
            if (growth(top) <= top) {
                return 0;
            }
            double lo = top;
            double hi = Math.log(k / b) / upSlope;
            for (int i = 0; i < PEAK_STEPS; i++) {
                double middle = 0.5 * (lo + hi);
                if (growth(middle) > middle) {
                    lo = middle;
                } else {
                    hi = middle;
                }
            }
            return lo - PEAK_OFFSET;
        }

        private double growth(double g) {
            return (k - b * Math.exp(upSlope * g)) * upSlope;
        }

        /** P(G &gt; g) at the fine node. */
        double above(int node) {
            double value = above[node];
            if (Double.isNaN(value)) {
                value = Significance.toPValue(g(node));
                above[node] = value;
            }
            return value;
        }

        private double g(int node) {
            return origin + (node - FINE_HALF) * STEP / SPLIT;
        }

        /**
         * Where mu(g) = k - 1 - sqrt(k), about where P(N &gt;= k | mu(g)) has risen to a sixth:
         * the panels from there up hold most of the p-value.
         */
        private double peak() {
            double logTarget = Math.log(Math.max(k - 1 - Math.sqrt(k), 0.5));
            if (logTarget >= logB) {
                return upSlope > 0 ? (logTarget - logB) / upSlope : 0;
            }
            if (Double.isNaN(downSlope)) {
                return (Math.exp(logTarget) - b) / linearDown;
            }
            return downSlope > 0 ? (logTarget - logB) / downSlope : 0;
        }

        /** The coarse node nearest the {@link #peak}. */
        int peakNode() {
            return (int) Math.round(Math.clamp((peak() - origin) / STEP, -PANELS, PANELS)) + PANELS;
        }

        double at(int node) {
            double g = g(node);
            if (g >= 0 || !Double.isNaN(downSlope)) {
                double logMu = logB + g * (g >= 0 ? upSlope : downSlope);
                return poissonTail(Math.exp(logMu), k * logMu);
            }
            double mu = b + g * linearDown;
            return mu > 0 ? poissonTail(mu, k * Math.log(mu)) : 0;
        }

        /**
         * A lower bound on P(N &gt;= k | mu), in units of exp(logUnit). Up to a little above k - 1:
         * the sum of its first terms, up to the one that adds less than a thousandth (any partial
         * sum is a lower bound). Above k - 1 also 1 minus the Chernoff bound on
         * P(N &lt;= k - 1 | mu), which alone is used from two standard deviations above k - 1 on,
         * where the terms would first grow for mu - k steps.
         */
        private double poissonTail(double mu, double kLogMu) {
            double below = chernoffBelow(mu);
            // 0, not infinity times 0, where the Chernoff bound says nothing.
            double chernoff = below < 1 ? (1 - below) * perUnit : 0;
            if (mu - (k - 1) > 2 * Math.sqrt(mu)) {
                return chernoff;
            }
            return Math.max(firstTerms(mu) * Math.exp(kLogMu - mu - logKFactorial - logUnit), chernoff);
        }

        /** The first terms of P(N &gt;= k | mu) in units of the first, P(N = k | mu). */
        private double firstTerms(double mu) {
            double term = 1;
            double sum = 0;
            for (int i = 1; i <= TAIL_TERMS && term >= TAIL_PRECISION * sum; i++) {
                sum += term;
                term *= mu / (k + i);
            }
            return sum;
        }

        /** exp(-mu) (e mu / (k - 1))^(k - 1) &gt;= P(N &lt;= k - 1 | mu) for mu &gt; k - 1, else 1. */
        private double chernoffBelow(double mu) {
            if (mu <= k - 1) {
                return 1;
            }
            return k == 1 ? Math.exp(-mu) : Math.exp((k - 1) * (1 + Math.log(mu / (k - 1))) - mu);
        }
    }

    private static double[] above() {
        double[] above = new double[2 * FINE_HALF + 1];
        for (int i = 0; i < above.length; i++) {
            above[i] = Significance.toPValue((i - FINE_HALF) * STEP / SPLIT);
        }
        return above;
    }
}
