/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.likelihood.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LogKappaTest {

    /**
     * kappaDown = 0.8, kappaUp = 1.3. Beyond |theta| = 1/2 the factor is 1.3^theta or 0.8^-theta;
     * at +-0.25 the smooth step h(1/2) = 203/256 gives logKappa = 0.2427539 +- 0.0196104 * 0.7929688,
     * factors computed by hand (Python) from Combine's formula.
     */
    @ParameterizedTest
    @CsvSource({"0.25, 1.0667067269608301", "-0.25, 0.9447821785111983", "1, 1.3", "-1, 0.8", "2, 1.69",
            "-2, 0.64", "0.5, 1.1401754250991380", "-0.5, 0.8944271909999159", "0, 1"})
    void asymmetricFactorsAsCombine(double theta, double factor) {
        double[] out = new double[3];
        LogKappa.evaluate(theta, Math.log(1.3), Math.log(0.8), out);
        assertEquals(factor, Math.exp(out[0]), 1e-14);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-2, -0.7, -0.5, -0.3, -0.1, 0, 0.05, 0.25, 0.49999, 0.5, 1.5})
    void derivativesMatchFiniteDifferences(double theta) {
        double h = 1e-6;
        double[] at = new double[3];
        double[] plus = new double[3];
        double[] minus = new double[3];
        // Both kappas above 1: a "one-sided" entry, the hardest case for the interpolation.
        LogKappa.evaluate(theta, Math.log(1.5), Math.log(1.1), at);
        LogKappa.evaluate(theta + h, Math.log(1.5), Math.log(1.1), plus);
        LogKappa.evaluate(theta - h, Math.log(1.5), Math.log(1.1), minus);
        assertEquals((plus[0] - minus[0]) / (2 * h), at[1], 1e-8);
        // phi''' jumps at |theta| = 1/2, where the central difference is only good to O(h)
        assertEquals((plus[1] - minus[1]) / (2 * h), at[2], 1e-5);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-3, -0.4, 0.1, 0.3, 2})
    void symmetricIsAPower(double theta) {
        double[] out = new double[3];
        LogKappa.evaluate(theta, Math.log(1.25), -Math.log(1.25), out);
        assertEquals(Math.pow(1.25, theta), Math.exp(out[0]), 1e-14);
        assertEquals(0, out[2], 1e-15);
    }
}
