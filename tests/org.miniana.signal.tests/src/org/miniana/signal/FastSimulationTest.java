/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.miniana.core.Ra2Search;
import org.miniana.core.SignalModel;
import org.miniana.core.SignalVariation;
import org.miniana.core.SignalYield;

/** Physics sanity of simulated models. */
class FastSimulationTest {

    private static final long EVENTS = 40_000;
    private static final long SEED = 11;

    private static SignalModel simulate(SimplifiedModel model, double mGluino, double mLsp) {
        return FastSimulation.simulate(new MassPoint(model, mGluino, mLsp), EVENTS, SEED, null).model();
    }

    /** The share of the model's total yield in the bins that pass the test. */
    private static double fraction(SignalModel model, IntPredicate bins) {
        double part = 0;
        for (int bin = 0; bin < Ra2Search.BIN_COUNT; bin++) {
            if (bins.test(bin)) {
                part += model.yield(bin).value();
            }
        }
        return part / model.totalYield();
    }

    @Test
    void modelsOfAnotherGeneratorVersionAreNoted() {
        SignalModel current = FastSimulation.simulate(new MassPoint(SimplifiedModel.T1BBBB, 1500, 100), 1000, SEED,
                null).model();
        assertTrue(FastSimulation.olderVersionNote(current, "S").isEmpty(), current.provenance());
        assertEquals(Optional.of(FastSimulation.VERSION), FastSimulation.version(current.provenance()));
        assertFalse(FastSimulation.byOtherVersion(current.provenance()));
        SignalModel older = new SignalModel(current.name(), current.family(), current.parameters(),
                current.crossSectionPb(), current.provenance().replace(FastSimulation.VERSION + ";", "1.0;"),
                current.yields());
        assertTrue(FastSimulation.byOtherVersion(older.provenance()));
        assertEquals("the stored model T1bbbb_1500_100 was simulated by miniana-fastsim 1.0, not by this version, "
                + FastSimulation.VERSION + "; simulate it again with 'miniana models add T1bbbb:1500:100:events=1000:seed="
                + SEED + " --analysis S --replace' (its runs keep the yields they were made with)",
                FastSimulation.olderVersionNote(older, "S").orElseThrow());
        // a given cross section is given again
        SignalModel given = FastSimulation.simulate(new MassPoint(SimplifiedModel.T1BBBB, 2400, 100), 1.4e-4, 1000,
                SEED, null).model();
        SignalModel olderGiven = new SignalModel(given.name(), given.family(), given.parameters(),
                given.crossSectionPb(), given.provenance().replace(FastSimulation.VERSION + ";", "1.1;"),
                given.yields());
        assertTrue(FastSimulation.hasGivenCrossSection(olderGiven.provenance()));
        assertFalse(FastSimulation.hasGivenCrossSection(older.provenance()));
        assertTrue(FastSimulation.olderVersionNote(olderGiven, "S").orElseThrow()
                .contains("'miniana models add T1bbbb:2400:100:events=1000:seed=" + SEED + ":xsec=1.4E-4 --analysis S"),
                FastSimulation.olderVersionNote(olderGiven, "S").orElseThrow());
        SignalModel imported = new SignalModel(current.name(), current.family(), current.parameters(),
                current.crossSectionPb(), "imported from signal.csv", current.yields());
        assertTrue(FastSimulation.olderVersionNote(imported, "S").isEmpty());
        assertEquals(Optional.empty(), FastSimulation.version(imported.provenance()));
        assertFalse(FastSimulation.byOtherVersion(imported.provenance()));
        assertFalse(FastSimulation.hasGivenCrossSection(imported.provenance()));
        assertEquals("T1bbbb:1500:100", FastSimulation.resimulation("T1bbbb:1500:100", imported.provenance()),
                "without a recorded simulation the point alone");
    }

    @Test
    void bottomQuarksGiveMoreBTags() {
        IntPredicate twoOrMoreBTags = bin -> Ra2Search.bTagClass(bin) >= 2;
        double bbbb = fraction(simulate(SimplifiedModel.T1BBBB, 1500, 100), twoOrMoreBTags);
        double qqqq = fraction(simulate(SimplifiedModel.T1QQQQ, 1500, 100), twoOrMoreBTags);
        assertTrue(bbbb > 0.5 && qqqq < 0.1 && bbbb > qqqq, "Nb >= 2 fractions: T1bbbb " + bbbb + ", T1qqqq " + qqqq);
    }

    @Test
    void topQuarksGiveMoreJets() {
        IntPredicate sevenOrMoreJets = bin -> Ra2Search.jetClass(bin) >= 2;
        double tttt = fraction(simulate(SimplifiedModel.T1TTTT, 1500, 100), sevenOrMoreJets);
        double qqqq = fraction(simulate(SimplifiedModel.T1QQQQ, 1500, 100), sevenOrMoreJets);
        assertTrue(tttt > 0.5 && tttt > qqqq, "Njets >= 7 fractions: T1tttt " + tttt + ", T1qqqq " + qqqq);
    }

    @Test
    void compressedSpectraHaveSofterMht() {
        double compressed = meanMht(new MassPoint(SimplifiedModel.T1BBBB, 1500, 1450));
        double open = meanMht(new MassPoint(SimplifiedModel.T1BBBB, 1500, 0));
        assertTrue(compressed < 0.7 * open, "mean MHT: compressed " + compressed + ", open " + open);
        // among selected events too: a smaller share above 500 GeV
        IntPredicate highMht = bin -> Ra2Search.mhtBand(Ra2Search.box(bin)) >= 2;
        double compressedHigh = fraction(simulate(SimplifiedModel.T1BBBB, 1500, 1450), highMht);
        double openHigh = fraction(simulate(SimplifiedModel.T1BBBB, 1500, 0), highMht);
        assertTrue(compressedHigh < openHigh, "MHT > 500 shares: compressed " + compressedHigh + ", open " + openHigh);
    }

    /** Mean MHT of all generated events. */
    private static double meanMht(MassPoint point) {
        double[] sum = { 0 };
        FastSimulation.simulate(point, FastSimulation.CrossSection.given(1), EVENTS, SEED, null,
                event -> sum[0] += event.mhtGeV());
        return sum[0] / EVENTS;
    }

    @Test
    void totalYieldIsCrossSectionTimesLuminosityTimesEfficiency() {
        MassPoint point = new MassPoint(SimplifiedModel.T1TTTT, 1400, 300);
        double[] selected = { 0 };
        SimulationResult result = FastSimulation.simulate(point, FastSimulation.CrossSection.given(0.0252977), EVENTS,
                SEED, null, event -> selected[0] += event.selectedWeight());
        double efficiency = selected[0] / EVENTS;
        assertTrue(efficiency > 0.05 && efficiency < 0.6, "efficiency " + efficiency);
        assertEquals(efficiency, result.efficiency(), 1e-12);
        double expected = 0.0252977 * Ra2Search.ANALYSIS.luminosityInvPb() * efficiency;
        assertEquals(expected, result.model().totalYield(), 1e-9 * expected);
        // the bundled table gives the same cross section at a table point; without an observer, vetoed
        // events stop early, which must not change the events after them
        assertEquals(result.model().yields(), FastSimulation.simulate(point, EVENTS, SEED, null).model().yields());
    }

    @Test
    void errorsAreTheSquareRootOfTheSummedSquaredWeights() {
        SignalModel model = simulate(SimplifiedModel.T1BBBB, 1000, 500);
        double eventWeight = model.crossSectionPb() * Ra2Search.ANALYSIS.luminosityInvPb() / EVENTS;
        int filled = 0;
        for (SignalYield yield : model.yields()) {
            // each event adds a weight w <= 1 (in units of eventWeight): sum w^2 <= sum w, and sum w^2 > 0 when sum w > 0
            assertTrue(yield.mcStatError() * yield.mcStatError() <= yield.value() * eventWeight * (1 + 1e-9),
                    yield::toString);
            assertEquals(yield.value() > 0, yield.mcStatError() > 0, yield::toString);
            filled += yield.value() > 0 ? 1 : 0;
        }
        assertTrue(filled > 50, "bins filled: " + filled);
    }

    @Test
    void sameSeedSameYieldsOtherSeedOtherYields() {
        MassPoint point = new MassPoint(SimplifiedModel.T1QQQQ, 1200, 600);
        SignalModel first = FastSimulation.simulate(point, 10_000, 5, null).model();
        SignalModel again = FastSimulation.simulate(point, 10_000, 5, null).model();
        SignalModel other = FastSimulation.simulate(point, 10_000, 6, null).model();
        assertEquals(first.yields(), again.yields());
        assertNotEquals(first.yields(), other.yields());
        assertTrue(Math.abs(first.totalYield() / other.totalYield() - 1) < 0.1, "seeds change more than statistics");
    }

    @Test
    void describesTheModel() {
        SimulationResult result = FastSimulation.simulate(new MassPoint(SimplifiedModel.T1TTTT, 1500, 100), 5000, 42,
                null);
        SignalModel model = result.model();
        assertEquals("T1tttt_1500_100", model.name());
        assertEquals("T1tttt", model.family());
        assertEquals(1500.0, model.parameters().get("mGluino"));
        assertEquals(100.0, model.parameters().get("mLSP"));
        assertEquals(0.0141903, model.crossSectionPb());
        assertEquals(Ra2Search.BIN_COUNT, model.yields().size());
        assertEquals("miniana-fastsim 1.5; seed 42; 5000 events; cross section 0.0141903 pb"
                + " (xsec-gluino-pair-13TeV-nlo-nll.csv)", model.provenance());
        assertEquals(5000, result.events());
        assertEquals(42, result.seed());
    }

    @Test
    void needsAGivenCrossSectionOutsideTheTable() {
        MassPoint heavy = new MassPoint(SimplifiedModel.T1BBBB, 2400, 100);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> FastSimulation.simulate(heavy, 1000, 1, null));
        assertTrue(error.getMessage().contains("covers 800-2200 GeV; give the cross section explicitly"),
                error::getMessage);
        SignalModel model = FastSimulation.simulate(heavy, 0.0001, 1000, 1, null).model();
        assertTrue(model.provenance().endsWith("cross section 1.0E-4 pb (given)"), model::provenance);
    }

    /** The sums of a model's yields and of their errors, added bin after bin. */
    private static double[] sums(SignalModel model) {
        double values = 0;
        double errors = 0;
        for (SignalYield yield : model.yields()) {
            values += yield.value();
            errors += yield.mcStatError();
        }
        return new double[] { values, errors };
    }

    /**
     * The yields of version 1.5 to the last bit (a sample of 200,000 events is split across
     * processors wherever there are two or more, and gives the yields of one thread): a change of
     * the events must come with a new version.
     */
    @Test
    void givesTheYieldsOfItsVersion() {
        SignalModel small = FastSimulation.simulate(new MassPoint(SimplifiedModel.T1TTTT, 1500, 100), 5000, 42, null)
                .model();
        assertArrayEquals(new double[] { 41.34278695462993, 4.8332271746256525 }, sums(small));
        assertEquals(6.02637250965853, small.yield(157).value());
        assertEquals(0.35720623674053675, small.yield(157).mcStatError());
        // the jet energy scale's selections reuse the nominal order of the leading jets: their yields did not move
        SignalVariation energyScale = small.variations().stream().filter(v -> v.name().equals("JECUnc")).findFirst()
                .orElseThrow();
        assertEquals(41.48926272771985, sumInBinOrder(energyScale.up()));
        assertEquals(41.269549068084956, sumInBinOrder(energyScale.down()));
        SignalModel large = FastSimulation.simulate(new MassPoint(SimplifiedModel.T1BBBB, 1500, 100), 200_000, 7,
                null).model();
        assertArrayEquals(new double[] { 113.67618560075967, 1.3391361170151108 }, sums(large));
    }

    /** The plain sum in bin order (a stream's sum compensates rounding, which would move the last bit). */
    private static double sumInBinOrder(List<Double> yields) {
        double sum = 0;
        for (double yield : yields) {
            sum += yield;
        }
        return sum;
    }

    /** Chunks of any size on any number of threads give the very doubles of one thread. */
    @Test
    void aSampleSplitIntoChunksGivesTheYieldsOfOneThread() {
        MassPoint point = new MassPoint(SimplifiedModel.T1TTTT, 1400, 200);
        PairProduction production = new PairProduction(point.mGluino());
        FastSimulation.CrossSection crossSection = FastSimulation.CrossSection.of(point);
        long events = 3 * FastSimulation.CHUNK + 123;
        SimulationResult serial = FastSimulation.run(point, production, crossSection, events, SEED, () -> false,
                done -> {
                }, null);
        long[] reported = new long[1];
        for (long chunk : new long[] { 1000, FastSimulation.CHUNK, 2 * FastSimulation.CHUNK + 1 }) {
            reported[0] = 0;
            SimulationResult split = FastSimulation.runSplit(point, production, crossSection, events, SEED, 3, chunk,
                    () -> false, done -> reported[0] += done);
            assertEquals(serial.model(), split.model(), "chunks of " + chunk + " events");
            assertEquals(serial.efficiency(), split.efficiency());
            assertEquals(events, reported[0], "progress counts every event once");
        }
    }

    @Test
    void aSplitSampleStopsWhenCancelled() {
        MassPoint point = new MassPoint(SimplifiedModel.T1QQQQ, 1000, 100);
        assertThrows(OperationCanceledException.class, () -> FastSimulation.runSplit(point,
                new PairProduction(point.mGluino()), FastSimulation.CrossSection.of(point), 1_000_000_000L, 1, 2,
                FastSimulation.PARALLEL_CHUNK, () -> true, done -> {
                }));
    }

    @Test
    void stopsWhenCancelled() {
        NullProgressMonitor monitor = new NullProgressMonitor();
        monitor.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> FastSimulation
                .simulate(new MassPoint(SimplifiedModel.T1QQQQ, 1000, 100), 1_000_000_000L, 1, monitor));
    }
}
