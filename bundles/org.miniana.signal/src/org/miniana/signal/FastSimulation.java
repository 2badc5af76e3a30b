/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.miniana.core.Ra2Search;
import org.miniana.core.SignalModel;
import org.miniana.core.SignalVariation;
import org.miniana.core.SignalYield;

/**
 * The built-in event-level simulation of T1tttt, T1bbbb and T1qqqq for the RA2 search:
 * gluino-pair production at 13 TeV, three-body gluino decays, top and W decays, jets,
 * b-tagging, the lepton veto, the RA2 baseline selection and the 160 search bins of
 * {@link Ra2Search}. README.md of this bundle documents the physics and every number.
 *
 * <p>Reproducible: a mass point's events come from its own random stream, seeded from the
 * user's seed and the point, so a point gives the same yields alone or inside any grid, on
 * any number of threads. A large sample of one point is split into chunks of events simulated
 * on all processors; their weights are added in event order ({@link BinWeights}), so that the
 * yields are the very doubles one thread gives.
 */
public final class FastSimulation {

    public static final String GENERATOR = "miniana-fastsim";
    public static final String VERSION = "1.5";
    /** The source of a cross section the user gave, in a model's provenance. */
    private static final String GIVEN = "given";
    /** What {@link #result} writes after the generator and its version: seed, events, cross section and its source. */
    private static final Pattern PROVENANCE = Pattern
            .compile("[^;]*; seed (-?[0-9]+); ([0-9]+) events; cross section (\\S+) pb \\(([^)]*)\\)");

    /** Events between two looks at cancellation and two progress reports. */
    static final int CHUNK = 4096;

    /**
     * Events of a chunk of a sample split across processors: large enough that starting it costs
     * nothing, small enough that a sample of a few chunk-lengths keeps every processor busy.
     */
    static final long PARALLEL_CHUNK = 16 * CHUNK;

    /** How often the calling thread of a split sample reports progress and looks at cancellation. */
    private static final long POLL_MILLISECONDS = 50;

    /** The RA2 bins, tabulated once for all simulations. */
    static final SearchBinLocator RA2_BINS = new SearchBinLocator(Ra2Search.bins());

    private FastSimulation() {
    }

    /** Simulates a point with the cross section of the bundled gluino-pair table. */
    public static SimulationResult simulate(MassPoint point, long events, long seed, IProgressMonitor monitor) {
        return simulate(point, CrossSection.of(point), events, seed, monitor, null);
    }

    /**
     * Simulates a point with a given cross section (for masses outside the bundled table or
     * other calculations).
     *
     * @throws OperationCanceledException when the monitor is cancelled
     */
    public static SimulationResult simulate(MassPoint point, double crossSectionPb, long events, long seed,
            IProgressMonitor monitor) {
        return simulate(point, CrossSection.given(crossSectionPb), events, seed, monitor, null);
    }

    /**
     * Simulates a point, showing every event to an observer (the tests' view of each event).
     *
     * @param observer sees every event, or null
     */
    static SimulationResult simulate(MassPoint point, CrossSection crossSection, long events, long seed,
            IProgressMonitor monitor, EventObserver observer) {
        SubMonitor progress = SubMonitor.convert(monitor, "Simulating " + point.name(), ProgressTicks.TOTAL);
        ProgressTicks ticks = new ProgressTicks(events);
        LongConsumer worked = done -> progress.worked(ticks.advance(done));
        PairProduction production = new PairProduction(point.mGluino());
        int processors = Runtime.getRuntime().availableProcessors();
        // an observer sees the events one after the other, on this thread
        if (observer == null && processors > 1 && events > PARALLEL_CHUNK) {
            return runSplit(point, production, crossSection, events, seed, processors, PARALLEL_CHUNK,
                    progress::isCanceled, worked);
        }
        return run(point, production, crossSection, events, seed, progress::isCanceled, worked, observer);
    }

    /**
     * Simulates a point on the calling thread.
     *
     * @param cancelled asked every {@link #CHUNK} events; true stops with OperationCanceledException
     * @param progress told every chunk how many events it held
     */
    static SimulationResult run(MassPoint point, PairProduction production, CrossSection crossSection, long events,
            long seed, BooleanSupplier cancelled, LongConsumer progress, EventObserver observer) {
        requirePositive(events);
        EventGenerator generator = new EventGenerator(point, production, RA2_BINS, pointSeed(seed, point));
        BinWeights weights = new BinWeights(RA2_BINS.binCount());
        for (long done = 0; done < events;) {
            if (cancelled.getAsBoolean()) {
                throw new OperationCanceledException();
            }
            long chunk = Math.min(CHUNK, events - done);
            generator.next(chunk, observer, weights);
            done += chunk;
            progress.accept(chunk);
        }
        return result(point, crossSection, events, seed, weights);
    }

    /**
     * Simulates a point on {@code threads} threads, in chunks of {@code chunkEvents} events, with the
     * result of {@link #run}: the chunks' weights are added in chunk order on the calling thread, which
     * also looks at cancellation and reports progress, about every {@value #POLL_MILLISECONDS} ms.
     *
     * @param cancelled asked on the calling thread; true stops every chunk with OperationCanceledException
     * @param progress told on the calling thread how many more events were simulated
     */
    static SimulationResult runSplit(MassPoint point, PairProduction production, CrossSection crossSection,
            long events, long seed, int threads, long chunkEvents, BooleanSupplier cancelled, LongConsumer progress) {
        requirePositive(events);
        long chunks = (events + chunkEvents - 1) / chunkEvents;
        long pointSeed = pointSeed(seed, point);
        // a generator per thread: it reuses its arrays from chunk to chunk
        ThreadLocal<EventGenerator> generators = ThreadLocal
                .withInitial(() -> new EventGenerator(point, production, RA2_BINS, pointSeed));
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong simulated = new AtomicLong();
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "miniana-fastsim-chunk-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        BinWeights weights = new BinWeights(RA2_BINS.binCount());
        try {
            Deque<Future<BinWeights.Log>> pending = new ArrayDeque<>();
            long submitted = 0;
            long reported = 0;
            for (long added = 0; added < chunks; added++) {
                // two chunks per thread ahead of the next one to add keep the threads busy and bound the memory
                for (; submitted < chunks && submitted < added + 2L * threads; submitted++) {
                    long first = submitted * chunkEvents;
                    long count = Math.min(chunkEvents, events - first);
                    pending.add(pool.submit(() -> generate(generators.get(), first, count, stop, simulated)));
                }
                Future<BinWeights.Log> next = pending.remove();
                BinWeights.Log log = null;
                while (log == null) {
                    log = poll(next);
                    long done = simulated.get();
                    progress.accept(done - reported);
                    reported = done;
                    if (cancelled.getAsBoolean()) {
                        stop.set(true);
                        throw new OperationCanceledException();
                    }
                }
                weights.add(log);
            }
        } finally {
            // the chunks still running stop within CHUNK events
            stop.set(true);
            pool.shutdownNow();
        }
        return result(point, crossSection, events, seed, weights);
    }

    /** Events {@code first} to {@code first + count - 1} of a sample, their weights in event order. */
    private static BinWeights.Log generate(EventGenerator generator, long first, long count, AtomicBoolean stop,
            AtomicLong simulated) {
        BinWeights.Log log = new BinWeights.Log();
        generator.skipTo(first);
        for (long done = 0; done < count;) {
            if (stop.get()) {
                throw new OperationCanceledException();
            }
            long chunk = Math.min(CHUNK, count - done);
            generator.next(chunk, null, log);
            done += chunk;
            simulated.addAndGet(chunk);
        }
        return log;
    }

    /** A chunk's weights, or null when it has not finished within the polling interval. */
    private static BinWeights.Log poll(Future<BinWeights.Log> chunk) {
        try {
            return chunk.get(POLL_MILLISECONDS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException("Interrupted while simulating");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure
                    : new IllegalStateException("Simulating a chunk of events failed", e.getCause());
        }
    }

    private static void requirePositive(long events) {
        if (events <= 0) {
            throw new IllegalArgumentException("Need a positive number of events, not " + events);
        }
    }

    private static SimulationResult result(MassPoint point, CrossSection crossSection, long events, long seed,
            BinWeights weights) {
        double eventWeight = crossSection.pb() * Ra2Search.ANALYSIS.luminosityInvPb() / events;
        double[] sums = weights.sums(Systematic.NOMINAL);
        double[] squares = weights.squares();
        List<SignalYield> yields = new ArrayList<>(sums.length);
        for (int bin = 0; bin < sums.length; bin++) {
            yields.add(new SignalYield(eventWeight * sums[bin], eventWeight * Math.sqrt(squares[bin])));
        }
        List<SignalVariation> variations = new ArrayList<>();
        for (Systematic systematic : Systematic.values()) {
            variations.add(SignalVariation.of(systematic.nuisance(), scaled(weights.sums(systematic.upSet()), eventWeight),
                    scaled(weights.sums(systematic.downSet()), eventWeight)));
        }
        String provenance = String.format(Locale.ROOT, "%s %s; seed %d; %d events; cross section %s pb (%s)",
                GENERATOR, VERSION, seed, events, crossSection.pb(), crossSection.source());
        SignalModel model = new SignalModel(point.name(), point.model().family(), point.parameters(),
                crossSection.pb(), provenance, yields, variations);
        return new SimulationResult(point, model, events, seed, weights.selectedWeight() / events);
    }

    private static double[] scaled(double[] sums, double eventWeight) {
        for (int bin = 0; bin < sums.length; bin++) {
            sums[bin] *= eventWeight;
        }
        return sums;
    }

    /**
     * The version of this generator that simulated a model, read from the model's provenance
     * ("miniana-fastsim 1.3; seed ..."); empty for a model from anywhere else.
     */
    public static Optional<String> version(String provenance) {
        String prefix = GENERATOR + " ";
        if (provenance == null || !provenance.startsWith(prefix)) {
            return Optional.empty();
        }
        return Optional.of(provenance.substring(prefix.length()).split(";", 2)[0].strip());
    }

    /**
     * Whether another version of this generator simulated the model with this provenance: its yields
     * differ from what this version gives, so its limits do not compare with those of this version.
     */
    public static boolean byOtherVersion(String provenance) {
        return version(provenance).filter(version -> !version.equals(VERSION)).isPresent();
    }

    /**
     * "simulated by miniana-fastsim 1.1, not by this version, 1.2" for a model with this provenance
     * that another version of this generator made; empty for any other model.
     */
    public static Optional<String> otherVersion(String provenance) {
        return byOtherVersion(provenance) ? version(provenance).map(FastSimulation::simulatedBy) : Optional.empty();
    }

    /** "simulated by miniana-fastsim VERSIONS, not by this version, 1.2", for models of other versions. */
    public static String simulatedBy(String versions) {
        return "simulated by " + GENERATOR + " " + versions + ", not by this version, " + VERSION;
    }

    /**
     * For a stored model simulated by another version of this generator, a sentence saying so and
     * how to simulate it again as it was (events, seed, a given cross section); empty for any other
     * model. A stored model is the user's data (it may have a given cross section), so it is
     * reported, not replaced.
     */
    public static Optional<String> olderVersionNote(SignalModel model, String analysis) {
        return otherVersion(model.provenance()).map(simulated -> "the stored model " + model.name() + " was "
                + simulated + "; simulate it again with 'miniana models add " + resimulation(model.family() + ":"
                        + model.parameters().values().stream().map(MassPoint::format).collect(Collectors.joining(":")),
                        model.provenance())
                + " --analysis " + analysis + " --replace' (its runs keep the yields they were made with)");
    }

    /**
     * The reference that simulates a point again as the model with this provenance was simulated:
     * {@code point} ("T1bbbb:1500:100") with its events, seed and a cross section the user gave.
     */
    public static String resimulation(String point, String provenance) {
        Matcher recorded = PROVENANCE.matcher(provenance);
        if (!recorded.lookingAt()) {
            return point;
        }
        return point + ":events=" + recorded.group(2) + ":seed=" + recorded.group(1)
                + (hasGivenCrossSection(provenance) ? ":xsec=" + recorded.group(3) : "");
    }

    /** Whether the model with this provenance was simulated with a cross section the user gave, not the table's. */
    public static boolean hasGivenCrossSection(String provenance) {
        Matcher recorded = PROVENANCE.matcher(provenance);
        return recorded.lookingAt() && GIVEN.equals(recorded.group(4));
    }

    /**
     * The seed of a point's random stream: the user's seed mixed with the point's family and
     * masses by the SplitMix64 finaliser, so that neighbouring points get unrelated streams.
     */
    static long pointSeed(long seed, MassPoint point) {
        long h = EventRandom.mix(seed ^ point.model().family().hashCode());
        h = EventRandom.mix(h ^ Double.doubleToLongBits(point.mGluino()));
        return EventRandom.mix(h ^ Double.doubleToLongBits(point.mLsp()));
    }

    /** A cross section and where it comes from, for the provenance. */
    record CrossSection(double pb, String source) {

        CrossSection {
            if (!(pb > 0) || Double.isInfinite(pb)) {
                throw new IllegalArgumentException("A cross section must be finite and positive, not " + pb + " pb");
            }
        }

        /** From the bundled table; a clear error outside its mass range. */
        static CrossSection of(MassPoint point) {
            CrossSectionTable table = CrossSectionTable.gluinoPair13TeV();
            return new CrossSection(table.crossSectionPb(point.mGluino()), table.source());
        }

        static CrossSection given(double pb) {
            return new CrossSection(pb, GIVEN);
        }
    }

    /** Turns counted events into a fixed number of progress ticks, exactly TOTAL once all are done. */
    static final class ProgressTicks {

        static final int TOTAL = 1000;

        private final long events;
        private long done;
        private int reported;

        ProgressTicks(long events) {
            this.events = events;
        }

        /** Counts more finished events; returns the ticks to report for them. */
        int advance(long more) {
            done += more;
            int ticks = (int) (TOTAL * (double) done / events);
            int delta = ticks - reported;
            reported = ticks;
            return delta;
        }
    }
}
