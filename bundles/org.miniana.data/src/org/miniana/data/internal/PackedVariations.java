/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.miniana.core.SignalVariation;

/**
 * A model's systematic variations in one column (schema 8), big-endian: the number of variations;
 * then for each its name (modified UTF-8), the number of bins, the yields up and the yields down as
 * IEEE 754 doubles. Null for a model without variations, which is what every model stored before
 * schema 8 reads as. The bits are kept exactly.
 */
public final class PackedVariations {

    private PackedVariations() {
    }

    /** The packed variations, or null when there are none. */
    public static byte[] pack(List<SignalVariation> variations) {
        if (variations.isEmpty()) {
            return null;
        }
        var bytes = new ByteArrayOutputStream();
        try (var out = new DataOutputStream(bytes)) {
            out.writeInt(variations.size());
            for (SignalVariation variation : variations) {
                out.writeUTF(variation.name());
                out.writeInt(variation.up().size());
                for (List<Double> yields : List.of(variation.up(), variation.down())) {
                    for (double yield : yields) {
                        out.writeDouble(yield);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    /** The variations (none for null), or empty when the bytes are not what {@link #pack} writes (a damaged column). */
    public static Optional<List<SignalVariation>> unpack(byte[] packed) {
        if (packed == null) {
            return Optional.of(List.of());
        }
        try (var in = new DataInputStream(new ByteArrayInputStream(packed))) {
            int count = in.readInt();
            List<SignalVariation> variations = new ArrayList<>();
            for (int v = 0; v < count; v++) {
                String name = in.readUTF();
                int bins = in.readInt();
                if (bins < 0 || bins > in.available() / Double.BYTES / 2) {
                    return Optional.empty();
                }
                double[] up = new double[bins];
                double[] down = new double[bins];
                for (double[] yields : List.of(up, down)) {
                    for (int bin = 0; bin < bins; bin++) {
                        yields[bin] = in.readDouble();
                    }
                }
                variations.add(SignalVariation.of(name, up, down));
            }
            return in.available() == 0 ? Optional.of(variations) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
