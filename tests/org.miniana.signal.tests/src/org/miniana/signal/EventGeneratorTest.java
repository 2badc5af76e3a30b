/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The shortcuts of the event generator against the functions they stand for. */
class EventGeneratorTest {

    @Test
    void bTagEfficienciesFollowTheirPtDependence() {
        // the numbers the README quotes for b jets
        double[][] bottom = { { 50, 0.64 }, { 100, 0.71 }, { 300, 0.68 }, { 500, 0.55 }, { 1000, 0.33 } };
        for (double[] node : bottom) {
            assertEquals(node[1], Detector.bTagEfficiencyB(node[0]), 0.005, "b jet at " + node[0] + " GeV");
        }
        assertEquals(0.029, Detector.bTagEfficiencyLight(500), 0.0005);
        // the generator's table against the formulas, between and on its nodes, and flat beyond 3 TeV
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 10_000; i++) {
            double pt = random.nextDouble(30, 3000);
            // linear interpolation every 5 GeV: at most 7.5e-4, near 30 GeV where the b formula bends most
            assertEquals(Detector.bTagEfficiencyB(pt), EventGenerator.bTagEfficiency(EventGenerator.BOTTOM, pt), 8e-4);
            assertEquals(Detector.bTagEfficiencyLight(pt), EventGenerator.bTagEfficiency(EventGenerator.LIGHT, pt),
                    1e-15);
            assertEquals(Detector.BTAG_EFFICIENCY_C, EventGenerator.bTagEfficiency(EventGenerator.CHARM, pt), 1e-15);
        }
        assertEquals(Detector.bTagEfficiencyB(3000), EventGenerator.bTagEfficiency(EventGenerator.BOTTOM, 5000), 1e-15);
    }

    @Test
    void tabulatedAzimuthsAreTheCosineAndSineOfTheAngle() {
        // random angles and the edges of the table's intervals
        int[] bits = IntStream.concat(new SplittableRandom(1).ints(100_000),
                IntStream.of(0, -1, 1, 1 << 24, (1 << 24) - 1, Integer.MIN_VALUE, Integer.MAX_VALUE)).toArray();
        double[] cosSin = new double[2];
        for (int b : bits) {
            double phi = 2 * Math.PI * Integer.toUnsignedLong(b) * 0x1p-32;
            EventGenerator.azimuth(b, cosSin);
            // a few rounding errors of numbers of order 1; the series' truncation is 4e-18
            assertEquals(Math.cos(phi), cosSin[0], 1e-14, () -> "cos at " + phi);
            assertEquals(Math.sin(phi), cosSin[1], 1e-14, () -> "sin at " + phi);
        }
    }

    @Test
    void smallAngleSeriesAreTheCosineAndSine() {
        for (double x = -1; x <= 1; x += 1e-4) {
            // truncation below 1/16! = 5e-14 at abs(x) = 1
            assertEquals(Math.cos(x), EventGenerator.cosSmall(x), 1e-13, "cos " + x);
            assertEquals(Math.sin(x), EventGenerator.sinSmall(x), 1e-13, "sin " + x);
        }
    }

    @Test
    void deltaRSeriesAreTheSquaredAnglesUpToTheJetRadius() {
        for (double angle = 0; angle <= Detector.JET_RADIUS; angle += 1e-4) {
            // the first omitted terms, of order x^5 with x = 1 - cos(0.4) = 0.079, are 3.5e-8 at the radius
            assertEquals(angle * angle, EventGenerator.deltaPhiSquared(Math.cos(angle)), 4e-8, "delta-phi " + angle);
            assertEquals(angle * angle, EventGenerator.deltaEtaSquared(Math.cosh(angle)), 4e-8, "delta-eta " + angle);
        }
        // beyond the radius the series keep growing, so that no farther pair passes as a close one
        assertTrue(EventGenerator.deltaPhiSquared(Math.cos(0.5)) > Detector.JET_RADIUS * Detector.JET_RADIUS);
        assertTrue(EventGenerator.deltaEtaSquared(Math.cosh(0.5)) > Detector.JET_RADIUS * Detector.JET_RADIUS);
    }

    @Test
    void emissionExponentBoundsAreTightUpperBoundsOfTheSudakovExponent() {
        SplittableRandom random = new SplittableRandom(2);
        for (double colour : new double[] { StandardModel.C_F, StandardModel.C_A }) {
            for (int i = 0; i < 100_000; i++) {
                // pT from 10 GeV to 10 TeV: pT^2/pT^2_min up to 1e6
                double ratio = Math.exp(random.nextDouble() * Math.log(1e6));
                double logRange = 0.5 * Math.log(ratio);
                double exact = EventGenerator.fsrCoefficient(logRange, colour) * logRange * logRange;
                double bound = EventGenerator.emissionExponentBound(ratio, colour);
                assertTrue(bound >= exact, "bound " + bound + " below the exponent " + exact + " at " + ratio);
                // 16 slices per factor 2 in pT^2: L grows by at most 0.03 within a slice, P(no emission) by less than 5%
                assertTrue(bound < exact - Math.log(0.95), "bound " + bound + " too loose for " + exact + " at " + ratio);
            }
            // far beyond the table the bound gives up rather than lie
            assertEquals(Double.POSITIVE_INFINITY, EventGenerator.emissionExponentBound(1e30, colour));
        }
    }

    @Test
    void inverseCoefficientIsTheInverse() {
        for (double colour : new double[] { StandardModel.C_F, StandardModel.C_A }) {
            for (double logRange = 0; logRange < 8; logRange += 0.01) {
                // at the geometric mean of kT_min and kT_max = kT_min exp(L)
                double alphaS = StandardModel.alphaS(EventGenerator.FSR_KT_MIN * Math.exp(logRange / 2));
                assertEquals(Math.PI / (alphaS * colour), EventGenerator.fsrInverseCoefficient(logRange, colour),
                        1e-12 * Math.PI / (alphaS * colour));
            }
        }
    }

    @Test
    void anEventsRandomNumbersDependOnlyOnItsNumber() {
        EventRandom random = new EventRandom(42);
        random.startEvent(7);
        long[] first = random.longs(5).toArray();
        random.startEvent(3);
        random.longs(1000).count();
        random.startEvent(7);
        assertArrayEquals(first, random.longs(5).toArray());
        random.startEvent(8);
        assertTrue(random.nextLong() != first[0], "neighbouring events share a stream");
        // another seed, another stream
        EventRandom other = new EventRandom(43);
        other.startEvent(7);
        assertTrue(other.nextLong() != first[0]);
    }
}
