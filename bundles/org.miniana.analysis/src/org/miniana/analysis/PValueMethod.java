/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.analysis;

import java.util.Arrays;

import org.miniana.stats.OnOff;
import org.miniana.stats.PValue;
import org.miniana.stats.ToyPValue;

/** How the p-value of a count over an uncertain background is computed. */
public enum PValueMethod {

    /** The original tool's hybrid p-value, integrated exactly over the background uncertainty. */
    HYBRID("hybrid", "hybrid (exact integration)") {
        @Override
        PValue compute(double n, double b, double up, double down, boolean counted, long seed) {
            return PValue.hybrid(n, b, up, down);
        }
    },

    /** The same hybrid p-value from the original tool's toy experiments (slower, with a toy error). */
    TOYS("toys", "hybrid (toys)") {
        @Override
        PValue compute(double n, double b, double up, double down, boolean counted, long seed) {
            ToyPValue toys = ToyPValue.compute(n, b, up, down, seed, MAX_TOYS);
            return new PValue(toys.p(), toys.z());
        }
    },

    /** Z_Bi: the on/off binomial test with the background's relative error (Cousins, Linnemann, Tucker). */
    BINOMIAL("binomial", "Z_Bi (on/off binomial)") {
        @Override
        PValue compute(double n, double b, double up, double down, boolean counted, long seed) {
            double relativeError = (up + down) / 2 / b;
            return counted ? OnOff.binomialObserved(n, b, relativeError)
                    : OnOff.binomialExpected(n - b, b, relativeError);
        }
    };

    /** Enough toys for a few per cent precision on p-values of 5 sigma. */
    private static final long MAX_TOYS = 100_000_000L;

    private final String id;
    private final String label;

    PValueMethod(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The name used on command lines, in preferences and in results. */
    public String id() {
        return id;
    }

    /** A short human description. */
    public String label() {
        return label;
    }

    /**
     * The p-value of {@code n} events over the background {@code b +up -down}.
     *
     * @param counted whether n was counted (a whole number) rather than expected (S + B)
     * @param seed seed of the toys, where the method throws any
     */
    abstract PValue compute(double n, double b, double up, double down, boolean counted, long seed);

    /** @throws IllegalArgumentException for an unknown id, naming the known ones */
    public static PValueMethod byId(String id) {
        return Arrays.stream(values()).filter(method -> method.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown p-value method '" + id + "'; known: "
                        + String.join(", ", Arrays.stream(values()).map(PValueMethod::id).toList())));
    }
}
