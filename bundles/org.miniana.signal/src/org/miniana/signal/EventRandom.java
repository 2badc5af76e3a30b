/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal;

import java.util.random.RandomGenerator;

/**
 * The random stream of the fast simulation: SplitMix64 (Steele, Lea, Flood, OOPSLA 2014, the
 * algorithm of {@link java.util.SplittableRandom}), restarted at every event from the point's
 * seed and the event's number. An event therefore draws the same numbers whether or not the
 * events before it stopped early (e.g. at the lepton veto) or were shown in full to an
 * observer; {@code SplittableRandom} cannot be reseeded without allocating a new one per event.
 * {@link RandomGenerator} supplies nextDouble and nextGaussian (the JDK's modified ziggurat).
 */
final class EventRandom implements RandomGenerator {

    /** The odd increment of SplitMix64: 2^64 divided by the golden ratio. */
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private final long seed;
    private long state;

    EventRandom(long seed) {
        this.seed = seed;
    }

    /** Restarts the stream for event number {@code event}: unrelated states for neighbouring events. */
    void startEvent(long event) {
        state = mix(seed + event * GOLDEN_GAMMA);
    }

    @Override
    public long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /** The SplitMix64 finaliser (Stafford's variant 13): a bijective 64-bit hash. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
