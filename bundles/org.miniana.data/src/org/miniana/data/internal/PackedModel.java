/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data.internal;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.miniana.core.model.Channel;
import org.miniana.core.model.Modifier;
import org.miniana.core.model.NuisanceParameter;
import org.miniana.core.model.Sample;
import org.miniana.core.model.StatisticalModel;

/**
 * A search's full statistical model in one column (schema 7), big-endian:
 *
 * <pre>
 * int magic "MASM", int format version (1)
 * int n, n strings (int length, UTF-8 bytes): every distinct name, card, tag, process and type keyword
 * int n, n parameters: int name, int type keyword, long control count
 * int n, n channels:   int name, int card, int tag, int search bin, long observed, int n, n samples:
 *                        int name, int process, byte signal, double rate, int n, n modifiers:
 *                          int parameter, double down, double up
 * </pre>
 *
 * Strings are indices into the table. Plain fixed-width fields read fastest: one pass over a
 * buffer, each distinct string decoded once (the RA2 model's 2,480 samples share a few names), no
 * parsing of text; RA2's 16,000 rows unpack in about 1.4 ms. Not compressed: deflated the 410 KB
 * are 140 KB, but reading those from Derby and inflating them took 5.6-6.3 ms against 1.2-3.3 ms
 * for the plain bytes (medians of 60 reads, 2026-12-07). Doubles keep their bits, so a model reads
 * back equal to what was stored.
 */
public final class PackedModel {

    private static final int MAGIC = 0x4D41534D;
    /** Raise on any change of the layout; {@link #unpack} refuses other versions. */
    private static final int FORMAT_VERSION = 1;
    /** Derby's largest BLOB; the RA2 model packs to 410 KB. */
    static final int MAX_BYTES = Integer.MAX_VALUE;

    private PackedModel() {
    }

    public static byte[] pack(StatisticalModel model) {
        var writer = new Writer(model.parameters().size());
        for (NuisanceParameter parameter : model.parameters()) {
            writer.parameter(parameter.name(), parameter.type().keyword(), parameter.controlCount());
        }
        writer.channels(model.channels().size());
        for (Channel channel : model.channels()) {
            writer.channel(channel.name(), channel.card(), channel.tag(), channel.searchBin(), channel.observed(),
                    channel.samples().size());
            for (Sample sample : channel.samples()) {
                writer.sample(sample.name(), sample.process(), sample.signal(), sample.rate(), sample.modifiers().size());
                for (Modifier modifier : sample.modifiers()) {
                    writer.modifier(modifier.parameter(), modifier.down(), modifier.up());
                }
            }
        }
        return writer.finish();
    }

    /**
     * Writes a model from its parts, unchecked, so that the upgrade packs the rows of an older schema
     * as they are: what does not fit together is refused when it is read, as the rows were. Calls
     * follow the layout: the parameters, {@link #channels}, then each channel with its samples and
     * each sample with its modifiers, in the numbers announced.
     */
    public static final class Writer {
        private final Map<String, Integer> strings = new LinkedHashMap<>();
        private ByteBuffer body = ByteBuffer.allocate(1 << 16);

        public Writer(int parameters) {
            room(Integer.BYTES).putInt(parameters);
        }

        public void parameter(String name, String typeKeyword, long controlCount) {
            room(16).putInt(string(name)).putInt(string(typeKeyword)).putLong(controlCount);
        }

        public void channels(int channels) {
            room(Integer.BYTES).putInt(channels);
        }

        public void channel(String name, String card, String tag, int searchBin, long observed, int samples) {
            room(28).putInt(string(name)).putInt(string(card)).putInt(string(tag)).putInt(searchBin).putLong(observed)
                    .putInt(samples);
        }

        public void sample(String name, String process, boolean signal, double rate, int modifiers) {
            room(21).putInt(string(name)).putInt(string(process)).put((byte) (signal ? 1 : 0)).putDouble(rate)
                    .putInt(modifiers);
        }

        public void modifier(int parameter, double down, double up) {
            room(20).putInt(parameter).putDouble(down).putDouble(up);
        }

        public byte[] finish() {
            List<byte[]> utf8 = strings.keySet().stream().map(string -> string.getBytes(StandardCharsets.UTF_8))
                    .toList();
            ByteBuffer packed = ByteBuffer.allocate(3 * Integer.BYTES + utf8.stream()
                    .mapToInt(string -> Integer.BYTES + string.length).sum() + body.position());
            packed.putInt(MAGIC).putInt(FORMAT_VERSION).putInt(utf8.size());
            utf8.forEach(string -> packed.putInt(string.length).put(string));
            packed.put(body.flip());
            return packed.array();
        }

        private int string(String value) {
            // rows of an older schema may hold null where the records hold ""
            return strings.computeIfAbsent(value == null ? "" : value, key -> strings.size());
        }

        private ByteBuffer room(int bytes) {
            if (body.remaining() < bytes) {
                body = ByteBuffer.allocate(2 * body.capacity()).put(body.flip());
            }
            return body;
        }
    }

    /**
     * The model's parts, not yet checked as a whole: the caller builds the {@link StatisticalModel},
     * which refuses parts that do not fit together.
     */
    public record Parts(List<NuisanceParameter> parameters, List<Channel> channels) {
    }

    /**
     * Reads the parts of a packed model.
     *
     * @throws IllegalArgumentException naming what is wrong when the bytes are no packed model (a
     *         damaged column: cut short, counts or indices out of range, values no model has)
     */
    public static Parts unpack(byte[] packed) {
        ByteBuffer buffer = ByteBuffer.wrap(packed);
        try {
            if (buffer.getInt() != MAGIC) {
                throw new IllegalArgumentException("its bytes are no packed model");
            }
            int version = buffer.getInt();
            if (version != FORMAT_VERSION) {
                throw new IllegalArgumentException("it is packed in format version " + version + ", not "
                        + FORMAT_VERSION);
            }
            String[] strings = new String[count(buffer, Integer.BYTES, "strings")];
            for (int i = 0; i < strings.length; i++) {
                int length = count(buffer, 1, "bytes of a string");
                strings[i] = new String(packed, buffer.position(), length, StandardCharsets.UTF_8);
                buffer.position(buffer.position() + length);
            }
            int parameterCount = count(buffer, 16, "parameters");
            List<NuisanceParameter> parameters = new ArrayList<>(parameterCount);
            for (int p = 0; p < parameterCount; p++) {
                String name = string(buffer, strings);
                String keyword = string(buffer, strings);
                NuisanceParameter.Type type = NuisanceParameter.Type.fromKeyword(keyword);
                if (type == null) {
                    throw new IllegalArgumentException("parameter '" + name + "' has the unknown type '" + keyword + "'");
                }
                parameters.add(new NuisanceParameter(name, type, buffer.getLong()));
            }
            int channelCount = count(buffer, 28, "channels");
            List<Channel> channels = new ArrayList<>(channelCount);
            for (int c = 0; c < channelCount; c++) {
                String name = string(buffer, strings);
                String card = string(buffer, strings);
                String tag = string(buffer, strings);
                int searchBin = buffer.getInt();
                long observed = buffer.getLong();
                int sampleCount = count(buffer, 21, "samples");
                List<Sample> samples = new ArrayList<>(sampleCount);
                for (int s = 0; s < sampleCount; s++) {
                    String sample = string(buffer, strings);
                    String process = string(buffer, strings);
                    boolean signal = buffer.get() != 0;
                    double rate = buffer.getDouble();
                    int modifierCount = count(buffer, 20, "modifiers");
                    List<Modifier> modifiers = new ArrayList<>(modifierCount);
                    for (int m = 0; m < modifierCount; m++) {
                        modifiers.add(new Modifier(buffer.getInt(), buffer.getDouble(), buffer.getDouble()));
                    }
                    samples.add(new Sample(sample, process, signal, rate, modifiers));
                }
                channels.add(new Channel(name, card, tag, searchBin, observed, samples));
            }
            if (buffer.hasRemaining()) {
                throw new IllegalArgumentException(buffer.remaining() + " bytes follow the model");
            }
            return new Parts(parameters, channels);
        } catch (BufferUnderflowException e) {
            throw new IllegalArgumentException("its " + packed.length + " bytes end within the model");
        }
    }

    private static String string(ByteBuffer buffer, String[] strings) {
        int index = buffer.getInt();
        if (index < 0 || index >= strings.length) {
            throw new IllegalArgumentException("its string index at byte " + (buffer.position() - Integer.BYTES)
                    + " is " + index + ", out of range");
        }
        return strings[index];
    }

    /** A count, at most as many items of {@code itemBytes} as the bytes left can hold. */
    private static int count(ByteBuffer buffer, int itemBytes, String what) {
        int count = buffer.getInt();
        if (count < 0 || (long) count * itemBytes > buffer.remaining()) {
            throw new IllegalArgumentException("its count of " + what + " at byte " + (buffer.position() - Integer.BYTES)
                    + " is " + count + ", out of range");
        }
        return count;
    }
}
