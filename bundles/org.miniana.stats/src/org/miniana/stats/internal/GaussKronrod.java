/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.stats.internal;

import java.util.PriorityQueue;
import java.util.function.DoubleUnaryOperator;

/**
 * Globally adaptive 10-point Gauss / 21-point Kronrod quadrature (QUADPACK's QAG with the qk21
 * rule and its error estimate). Commons Math has no Kronrod rule, and its iterative Gauss-Legendre
 * integrator refines a whole interval at once; the hybrid integrands are sharp peaks, so only the
 * panels that need it are bisected here.
 */
public final class GaussKronrod {

    /** Kronrod abscissae on [-1, 1], largest first; the odd ones are the Gauss nodes. */
    private static final double[] XGK = {0.995657163025808080735527280689003, 0.973906528517171720077964012084452,
        0.930157491355708226001207180059508, 0.865063366688984510732096688423493,
        0.780817726586416897063717578345042, 0.679409568299024406234327365114874,
        0.562757134668604683339000099272694, 0.433395394129247190799265943165784,
        0.294392862701460198131126603103866, 0.148874338981631210884826001129720, 0};
    private static final double[] WGK = {0.011694638867371874278064396062192, 0.032558162307964727478818972459390,
        0.054755896574351996031381300244580, 0.075039674810919952767043140916190,
        0.093125454583697605535065465083366, 0.109387158802297641899210590325805,
        0.123491976262065851077958109831074, 0.134709217311473325928054001771707,
        0.142775938577060080797094273138717, 0.147739104901338491374841515972068,
        0.149445554002916905664936468389821};
    /** Gauss weights of XGK[1], XGK[3], ..., XGK[9] (the Gauss rule has no centre node). */
    private static final double[] WG = {0.066671344308688137593568809893332, 0.149451349150580593145776339657697,
        0.219086362515982043995534934228163, 0.269266719309996355091226921569469,
        0.295524224714752870173892994651338};

    private static final int MAX_PANELS = 400;
    private static final double EPSILON = 0x1p-52;

    private GaussKronrod() {
    }

    /** One panel's Kronrod estimate and error estimate. */
    record Panel(double a, double b, double value, double error) {
    }

    /**
     * The integral of f over [breaks[0], breaks[last]], to within the larger of the relative and
     * the absolute tolerance, starting from one panel between each pair of neighbouring breakpoints.
     */
    public static double integrate(DoubleUnaryOperator f, double[] breaks, double relTol, double absTol) {
        PriorityQueue<Panel> panels = new PriorityQueue<>((x, y) -> Double.compare(y.error, x.error));
        double value = 0;
        double error = 0;
        for (int i = 1; i < breaks.length; i++) {
            Panel p = panel(f, breaks[i - 1], breaks[i]);
            panels.add(p);
            value += p.value;
            error += p.error;
        }
        while (error > Math.max(relTol * Math.abs(value), absTol) && panels.size() < MAX_PANELS) {
            Panel worst = panels.poll();
            double mid = 0.5 * (worst.a + worst.b);
            if (mid <= worst.a || mid >= worst.b) {
                panels.add(worst); // cannot be split further in double precision
                break;
            }
            Panel left = panel(f, worst.a, mid);
            Panel right = panel(f, mid, worst.b);
            panels.add(left);
            panels.add(right);
            value += left.value + right.value - worst.value;
            error += left.error + right.error - worst.error;
        }
        // Re-add from scratch: the running sums accumulate cancellation from the updates.
        double sum = 0;
        for (Panel p : panels) {
            sum += p.value;
        }
        return sum;
    }

    /** The qk21 rule on [a, b] with QUADPACK's error estimate. */
    static Panel panel(DoubleUnaryOperator f, double a, double b) {
        double centre = 0.5 * (a + b);
        double half = 0.5 * (b - a);
        double fc = f.applyAsDouble(centre);
        double kronrod = fc * WGK[10];
        double gauss = 0;
        double[] f1 = new double[10];
        double[] f2 = new double[10];
        for (int j = 0; j < 10; j++) {
            double dx = half * XGK[j];
            f1[j] = f.applyAsDouble(centre - dx);
            f2[j] = f.applyAsDouble(centre + dx);
            kronrod += WGK[j] * (f1[j] + f2[j]);
            if (j % 2 == 1) {
                gauss += WG[j / 2] * (f1[j] + f2[j]);
            }
        }
        double mean = 0.5 * kronrod;
        double asc = WGK[10] * Math.abs(fc - mean);
        double abs = WGK[10] * Math.abs(fc);
        for (int j = 0; j < 10; j++) {
            asc += WGK[j] * (Math.abs(f1[j] - mean) + Math.abs(f2[j] - mean));
            abs += WGK[j] * (Math.abs(f1[j]) + Math.abs(f2[j]));
        }
        half = Math.abs(half);
        asc *= half;
        abs *= half;
        // |K - G| overstates the error of the Kronrod result by orders of magnitude on smooth
        // integrands; QUADPACK's empirical rescaling keeps the panel count down.
        double error = Math.abs((kronrod - gauss) * half);
        if (asc != 0 && error != 0) {
            error = asc * Math.min(1, Math.pow(200 * error / asc, 1.5));
        }
        error = Math.max(error, 50 * EPSILON * abs);
        return new Panel(a, b, kronrod * (b - a) * 0.5, error);
    }
}
