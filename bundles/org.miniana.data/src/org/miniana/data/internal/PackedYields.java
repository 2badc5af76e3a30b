/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data.internal;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.miniana.core.SignalYield;

/**
 * A model's per-bin yields in one column: for each bin in index order, the yield and its
 * simulation-statistics error as IEEE 754 doubles, big-endian (16 bytes per bin). The bits are kept
 * exactly, so a model reads back equal to what was stored.
 */
public final class PackedYields {

    private static final int BYTES_PER_BIN = 2 * Double.BYTES;
    /** Derby's largest BLOB; no search has bins enough to come near it. */
    static final int MAX_BYTES = Integer.MAX_VALUE;

    private PackedYields() {
    }

    public static byte[] pack(List<SignalYield> yields) {
        ByteBuffer buffer = ByteBuffer.allocate(yields.size() * BYTES_PER_BIN);
        for (SignalYield yield : yields) {
            buffer.putDouble(yield.value()).putDouble(yield.mcStatError());
        }
        return buffer.array();
    }

    /** The yields, or empty when the bytes are no whole number of bins (a damaged column). */
    public static Optional<List<SignalYield>> unpack(byte[] packed) {
        if (packed == null || packed.length % BYTES_PER_BIN != 0) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(packed);
        List<SignalYield> yields = new ArrayList<>(packed.length / BYTES_PER_BIN);
        while (buffer.hasRemaining()) {
            yields.add(new SignalYield(buffer.getDouble(), buffer.getDouble()));
        }
        return Optional.of(yields);
    }

    /** How many bins the bytes hold, -1 when they are no whole number of bins. */
    public static int bins(byte[] packed) {
        return packed == null || packed.length % BYTES_PER_BIN != 0 ? -1 : packed.length / BYTES_PER_BIN;
    }
}
