/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.likelihood;

import org.miniana.core.model.NuisanceParameter;
import org.miniana.likelihood.internal.LogKappa;
import org.miniana.likelihood.internal.Objective;

/**
 * The negative log-likelihood of one {@link Likelihood} on one {@link Data}, with its work
 * arrays: not thread-safe, one per fit.
 * <p>
 * A sample's yield is nu = L E with E = rate exp(sum of the lnN/lnU exponents phi(theta)) and L
 * the product of its linear factors, mu for a signal and n for a gmN. So d nu / d theta = nu phi',
 * and the second derivatives that the Hessian-vector product needs follow from phi', phi'' and
 * the linear factors without forming any matrix.
 */
final class Evaluation implements Objective {

    private final Likelihood l;
    private Data data;
    private final double[] exponential;
    private final double[] yield;
    private final double[] phi1;
    private final double[] phi2;
    private final double[] residual;
    private final double[] weight;
    private final double[] directional;
    private final double[] slope;
    private final double[] point;
    private final double[] constraintCurvature;
    private final double[] homeInformation;
    private final int[] home;
    private final double[] homeDerivative;
    private final double[] rest;
    private final double[] blockSum;
    private final double[] blockDot;
    /** A channel's derivative of its expectation by each of its parameters (Likelihood's slots). */
    private final double[] slotDerivative;
    private final double[] phi = new double[3];

    Evaluation(Likelihood likelihood) {
        l = likelihood;
        int samples = l.rate.length;
        int modifiers = l.modifierParameter.length;
        exponential = new double[samples];
        yield = new double[samples];
        phi1 = new double[modifiers];
        phi2 = new double[modifiers];
        residual = new double[l.channels];
        weight = new double[l.channels];
        directional = new double[samples];
        slope = new double[samples];
        point = new double[l.parameterCount()];
        constraintCurvature = new double[l.parameterCount()];
        homeInformation = new double[l.parameterCount()];
        home = new int[l.parameterCount()];
        homeDerivative = new double[l.parameterCount()];
        rest = new double[l.parameterCount()];
        blockSum = new double[l.channels];
        blockDot = new double[l.channels];
        slotDerivative = new double[l.slotParameter.length];
    }

    Evaluation bind(Data newData) {
        data = newData;
        return this;
    }

    /** Fills the per-sample yields (and the exponents' derivatives) at x; returns them. */
    double[] sampleYields(double[] x) {
        int samples = l.rate.length;
        for (int s = 0; s < samples; s++) {
            double exponent = 0;
            for (int m = l.modifierStart[s]; m < l.modifierStart[s + 1]; m++) {
                double theta = x[l.modifierParameter[m]];
                if (l.asymmetric[m]) {
                    LogKappa.evaluate(theta, l.logUp[m], l.logDown[m], phi);
                    exponent += phi[0];
                    phi1[m] = phi[1];
                    phi2[m] = phi[2];
                } else {
                    exponent += theta * l.logUp[m];
                    phi1[m] = l.logUp[m];
                    phi2[m] = 0;
                }
            }
            double e = exponent == 0 ? l.rate[s] : l.rate[s] * Math.exp(exponent);
            double nu = e;
            if (l.signal[s]) {
                nu *= x[Likelihood.POI];
            }
            if (l.gamma[s] >= 0) {
                nu *= x[l.gamma[s]];
            }
            exponential[s] = e;
            yield[s] = nu;
        }
        return yield;
    }

    @Override
    public double value(double[] x) {
        return evaluate(x, null);
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradient) {
        java.util.Arrays.fill(gradient, 0);
        System.arraycopy(x, 0, point, 0, point.length);
        fillConstraintCurvature(x);
        return evaluate(x, gradient);
    }

    private double evaluate(double[] x, double[] gradient) {
        sampleYields(x);
        double total = 0;
        for (int c = 0; c < l.channels; c++) {
            double nu = 0;
            for (int s = l.channelStart[c]; s < l.channelStart[c + 1]; s++) {
                nu += yield[s];
            }
            double n = data.count(c);
            if (n == 0) {
                if (nu < 0) {
                    return Double.POSITIVE_INFINITY;
                }
                total += nu;
                residual[c] = 1;
                weight[c] = 0;
            } else {
                if (!(nu > 0)) {
                    return Double.POSITIVE_INFINITY;
                }
                total += nu - n + n * Math.log(n / nu);
                residual[c] = 1 - n / nu;
                weight[c] = n / (nu * nu);
            }
            if (gradient != null) {
                double r = residual[c];
                for (int s = l.channelStart[c]; s < l.channelStart[c + 1]; s++) {
                    for (int m = l.modifierStart[s]; m < l.modifierStart[s + 1]; m++) {
                        gradient[l.modifierParameter[m]] += r * yield[s] * phi1[m];
                    }
                    if (l.signal[s]) {
                        gradient[Likelihood.POI] += r * muDerivative(s, x);
                    }
                    if (l.gamma[s] >= 0) {
                        gradient[l.gamma[s]] += r * gammaDerivative(s, x);
                    }
                }
            }
        }
        for (int i = 1; i < x.length; i++) {
            NuisanceParameter.Type type = l.types[i];
            if (type == NuisanceParameter.Type.LN_N) {
                double d = x[i] - data.global(i - 1);
                total += 0.5 * d * d;
                if (gradient != null) {
                    gradient[i] += d;
                }
            } else if (type == NuisanceParameter.Type.GM_N) {
                double n = x[i];
                double big = data.global(i - 1);
                if (big == 0) {
                    total += n;
                } else if (n > 0) {
                    total += n - big + big * Math.log(big / n);
                } else {
                    return Double.POSITIVE_INFINITY;
                }
                if (gradient != null) {
                    gradient[i] += big == 0 ? 1 : 1 - big / n;
                }
            }
        }
        return total;
    }

    /** d nu_s / d mu = E times the gmN factor. */
    private double muDerivative(int s, double[] x) {
        return l.gamma[s] >= 0 ? exponential[s] * x[l.gamma[s]] : exponential[s];
    }

    /** d nu_s / d n = E times mu for a signal. */
    private double gammaDerivative(int s, double[] x) {
        return l.signal[s] ? exponential[s] * x[Likelihood.POI] : exponential[s];
    }

    @Override
    public void hessianTimes(double[] v, double[] out) {
        java.util.Arrays.fill(out, 0);
        double[] x = point;
        int[] channelStart = l.channelStart;
        int[] modifierStart = l.modifierStart;
        int[] parameter = l.modifierParameter;
        for (int c = 0; c < l.channels; c++) {
            double total = 0;
            for (int s = channelStart[c]; s < channelStart[c + 1]; s++) {
                double sp = 0;
                for (int m = modifierStart[s]; m < modifierStart[s + 1]; m++) {
                    sp += phi1[m] * v[parameter[m]];
                }
                double d = yield[s] * sp;
                if (l.signal[s]) {
                    d += muDerivative(s, x) * v[Likelihood.POI];
                }
                if (l.gamma[s] >= 0) {
                    d += gammaDerivative(s, x) * v[l.gamma[s]];
                }
                slope[s] = sp;
                directional[s] = d;
                total += d;
            }
            // H v = sum_c [ w (grad nu_c . v) grad nu_c + r (hess nu_c) v ], with
            // (hess nu_s v)_a = phi'_a (grad nu_s . v) + nu_s phi''_a v_a for an exponent's theta_a
            double wd = weight[c] * total;
            double r = residual[c];
            for (int s = channelStart[c]; s < channelStart[c + 1]; s++) {
                double nu = yield[s];
                double coefficient = wd * nu + r * directional[s];
                double rnu = r * nu;
                for (int m = modifierStart[s]; m < modifierStart[s + 1]; m++) {
                    int a = parameter[m];
                    out[a] += phi1[m] * coefficient + rnu * phi2[m] * v[a];
                }
                if (l.signal[s]) {
                    double dMu = muDerivative(s, x);
                    double cross = l.gamma[s] >= 0 ? exponential[s] * v[l.gamma[s]] : 0;
                    out[Likelihood.POI] += wd * dMu + r * (dMu * slope[s] + cross);
                }
                if (l.gamma[s] >= 0) {
                    double dN = gammaDerivative(s, x);
                    double cross = l.signal[s] ? exponential[s] * v[Likelihood.POI] : 0;
                    out[l.gamma[s]] += wd * dN + r * (dN * slope[s] + cross);
                }
            }
        }
        for (int i = 1; i < x.length; i++) {
            out[i] += constraintCurvature[i] * v[i];
        }
    }

    /** The diagonal of the Hessian at the point of the last gradient. */
    void hessianDiagonal(double[] out) {
        java.util.Arrays.fill(out, 0);
        java.util.Arrays.fill(homeInformation, 0);
        java.util.Arrays.fill(slotDerivative, 0);
        double[] x = point;
        for (int c = 0; c < l.channels; c++) {
            double r = residual[c];
            for (int s = l.channelStart[c]; s < l.channelStart[c + 1]; s++) {
                double nu = yield[s];
                for (int m = l.modifierStart[s]; m < l.modifierStart[s + 1]; m++) {
                    slotDerivative[l.modifierSlot[m]] += nu * phi1[m];
                    out[l.modifierParameter[m]] += r * nu * (phi1[m] * phi1[m] + phi2[m]);
                }
                if (l.signalSlot[s] >= 0) {
                    slotDerivative[l.signalSlot[s]] += muDerivative(s, x);
                }
                if (l.gammaSlot[s] >= 0) {
                    slotDerivative[l.gammaSlot[s]] += gammaDerivative(s, x);
                }
            }
            for (int k = l.slotStart[c]; k < l.slotStart[c + 1]; k++) {
                int a = l.slotParameter[k];
                double derivative = slotDerivative[k];
                double information = weight[c] * derivative * derivative;
                out[a] += information;
                if (information > homeInformation[a]) {
                    homeInformation[a] = information;
                    home[a] = c;
                    homeDerivative[a] = derivative;
                }
            }
        }
        for (int i = 1; i < x.length; i++) {
            out[i] += constraintCurvature[i];
        }
    }

    /**
     * A block-diagonal approximation of the Hessian: every parameter belongs to the channel that
     * informs it most (its "home"), and the block of a channel is its rank-one Poisson term
     * w (grad nu_c)(grad nu_c)^T on those parameters plus the rest of their diagonal. Most
     * nuisances act in one channel, where that rank-one term couples them strongly (a control
     * region with hundreds of events); the Jacobi preconditioner misses it, Sherman-Morrison
     * inverts it in O(parameters).
     */
    @Override
    public void preparePreconditioner(boolean[] free) {
        hessianDiagonal(rest);
        java.util.Arrays.fill(blockSum, 0);
        for (int a = 0; a < rest.length; a++) {
            double diagonal = rest[a];
            if (!free[a] || !(diagonal > 0) || !Double.isFinite(diagonal) || homeInformation[a] == 0) {
                rest[a] = diagonal > 0 && Double.isFinite(diagonal) ? diagonal : 1;
                homeDerivative[a] = 0;
                continue;
            }
            // what the block's rank-one term does not cover, kept positive
            rest[a] = Math.max(diagonal - homeInformation[a], 1e-3 * diagonal);
            blockSum[home[a]] += homeDerivative[a] * homeDerivative[a] / rest[a];
        }
    }

    @Override
    public void precondition(double[] r, double[] z) {
        java.util.Arrays.fill(blockDot, 0);
        for (int a = 0; a < r.length; a++) {
            z[a] = r[a] / rest[a];
            if (homeDerivative[a] != 0) {
                blockDot[home[a]] += homeDerivative[a] * z[a];
            }
        }
        for (int a = 0; a < r.length; a++) {
            if (homeDerivative[a] != 0) {
                int c = home[a];
                z[a] -= homeDerivative[a] / rest[a] * weight[c] * blockDot[c] / (1 + weight[c] * blockSum[c]);
            }
        }
    }

    /** The constraint terms' second derivatives at the point of the last gradient. */
    private void fillConstraintCurvature(double[] x) {
        for (int i = 1; i < x.length; i++) {
            constraintCurvature[i] = switch (l.types[i]) {
                case LN_N -> 1;
                case GM_N -> x[i] > 0 ? data.global(i - 1) / (x[i] * x[i]) : 0;
                case LN_U -> 0;
            };
        }
    }
}
