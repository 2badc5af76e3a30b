/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The production model against the numbers it was built from. */
class PairProductionTest {

    @Test
    void reproducesTheMassDependenceOfTheCrossSectionTable() {
        CrossSectionTable table = CrossSectionTable.gluinoPair13TeV();
        double reference = table.crossSectionPb(1500) / PairProduction.relativeCrossSection(1500);
        for (double mass = 800; mass <= 2200; mass += 100) {
            double ratio = table.crossSectionPb(mass) / PairProduction.relativeCrossSection(mass) / reference;
            assertEquals(1, ratio, 0.01, "table / model at " + mass + " GeV, relative to 1500 GeV");
        }
    }

    @Test
    void partonicCrossSectionRisesLikeBetaAtThreshold() {
        double mGluino = 1000;
        double beta = 1e-3;
        double pairMass = 2 * mGluino / Math.sqrt(1 - beta * beta);
        // the s-wave limit of the LO formula: (pi/s) (27/16) beta
        double threshold = Math.PI / (pairMass * pairMass) * 27.0 / 16.0 * beta;
        assertEquals(threshold, PairProduction.partonicCrossSection(pairMass, mGluino), 1e-5 * threshold);
        assertEquals(0, PairProduction.partonicCrossSection(1999, mGluino));
    }

    @Test
    void theAngularDistributionIntegratesToTheTotalCrossSectionOfIdenticalGluinos() {
        double mGluino = 1500;
        for (double pairMass : new double[] { 3001, 3300, 3660, 4500, 6000 }) {
            double s = pairMass * pairMass;
            double beta = Math.sqrt(1 - 4 * mGluino * mGluino / s);
            // t = m^2 - (s/2)(1 - beta cos): dt = (s beta / 2) dcos; Simpson's rule over cos in [-1, 1]
            int intervals = 2000;
            double sum = 0;
            for (int i = 0; i <= intervals; i++) {
                double weight = i == 0 || i == intervals ? 1 : i % 2 == 1 ? 4 : 2;
                sum += weight * PairProduction.angularDensity(pairMass, mGluino, -1 + 2.0 * i / intervals);
            }
            double integral = sum * (2.0 / intervals) / 3 * s * beta / 2;
            assertEquals(2 * PairProduction.partonicCrossSection(pairMass, mGluino), integral,
                    1e-8 * integral, "at M = " + pairMass + " GeV");
        }
    }

    @Test
    void theGluinosAreIsotropicAtThresholdAndForwardWellAbove() {
        double mGluino = 1500;
        double nearThreshold = PairProduction.angularDensity(3001, mGluino, 1)
                / PairProduction.angularDensity(3001, mGluino, 0);
        assertEquals(1, nearThreshold, 1e-3);
        // at M = 6 TeV (beta = 0.87) the forward direction is 6.4 times as likely as 90 degrees
        assertEquals(6.364, PairProduction.angularDensity(6000, mGluino, 1)
                / PairProduction.angularDensity(6000, mGluino, 0), 1e-3);
        assertEquals(PairProduction.angularDensity(4500, mGluino, 0.3),
                PairProduction.angularDensity(4500, mGluino, -0.3), 1e-15, "symmetric: identical gluinos");

        // the tables: <cos^2 theta*> of the sampled angles against the density's own, at the central mass
        PairProduction production = new PairProduction(mGluino);
        double uMass = 0.5 / 32 + 16.0 / 32; // the centre of a mass slice, where its table is exact
        double pairMass = production.mass(uMass);
        int samples = 100_000;
        double sampled = 0;
        for (int i = 0; i < samples; i++) {
            double cos = production.absCosTheta(uMass, (i + 0.5) / samples);
            sampled += cos * cos;
        }
        double numerator = 0;
        double denominator = 0;
        for (int i = 0; i < 10_000; i++) {
            double cos = (i + 0.5) / 10_000;
            double density = PairProduction.angularDensity(pairMass, mGluino, cos);
            numerator += cos * cos * density;
            denominator += density;
        }
        assertEquals(numerator / denominator, sampled / samples, 2e-4);
        assertTrue(numerator / denominator > 0.34, "forward-peaked: above the isotropic 1/3");
    }

    @Test
    void pairsAreMadeNearThresholdAndCentrally() {
        PairProduction production = new PairProduction(1500);
        SplittableRandom random = new SplittableRandom(1);
        int n = 200_000;
        double massSum = 0;
        double rapiditySquaredSum = 0;
        for (int i = 0; i < n; i++) {
            double u = random.nextDouble();
            double mass = production.mass(u);
            assertTrue(mass >= 3000 && mass < PairProduction.SQRT_S, "pair mass " + mass);
            massSum += mass;
            double y = production.absRapidity(u, mass, random.nextDouble());
            assertTrue(y >= 0 && y <= Math.log(PairProduction.SQRT_S / mass), "rapidity " + y);
            rapiditySquaredSum += y * y;
        }
        double meanMassOverThreshold = massSum / n / 3000;
        assertTrue(meanMassOverThreshold > 1.15 && meanMassOverThreshold < 1.3, "<M>/2m = " + meanMassOverThreshold);
        double rmsRapidity = Math.sqrt(rapiditySquaredSum / n);
        assertTrue(rmsRapidity > 0.3 && rmsRapidity < 0.5, "rms y = " + rmsRapidity);
    }

    @Test
    void recoilFollowsTheSudakovFactor() {
        // median: (alpha_s/pi)(C_A/2)(L - 23/18)^2 = ln 2 with L = ln(M^2/pT^2)
        double mass = 450;
        double alphaS = StandardModel.alphaS(mass);
        double logRatio = 23.0 / 18.0 + Math.sqrt(Math.log(2) * Math.PI / (1.5 * alphaS));
        assertEquals(mass * Math.exp(-logRatio / 2), PairProduction.recoilPt(mass, 0.5), 1e-9);
        double[] recoils = new SplittableRandom(3).doubles(100_001).map(u -> PairProduction.recoilPt(3400, 1 - u))
                .sorted().toArray();
        double median = recoils[50_000];
        assertTrue(median > 150 && median < 300, "median recoil of a 3.4 TeV pair: " + median);
        assertTrue(Arrays.stream(recoils).allMatch(pt -> pt > 0 && pt <= 3400 * Math.exp(-23.0 / 36)));
    }
}
