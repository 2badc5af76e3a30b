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
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.miniana.core.AxisCut;
import org.miniana.core.Estimate;
import org.miniana.core.Interval;
import org.miniana.core.RunDetails;

/**
 * The lists and numbers of a run's {@link RunDetails} in one column (schema 9), big-endian: the
 * number of cuts, then for each its axis and unit (modified UTF-8) and its lower and upper edge;
 * the number of processes, then for each its name and its estimate's value, stat up, stat down,
 * syst up and syst down; then the figure of merit's value, the optimizer's evaluations, its time in
 * nanoseconds and CL_b. Numbers are IEEE 754 doubles kept bit for bit, so infinite edges (no cut on
 * that side) and a figure of merit without background survive, which Derby's DOUBLE would refuse.
 * The details' text fields have columns of their own.
 */
public final class PackedRunDetails {

    private PackedRunDetails() {
    }

    public static byte[] pack(RunDetails details) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new DataOutputStream(bytes)) {
            out.writeInt(details.cuts().size());
            for (AxisCut cut : details.cuts()) {
                out.writeUTF(cut.axis());
                out.writeUTF(cut.unit());
                out.writeDouble(cut.range().lower());
                out.writeDouble(cut.range().upper());
            }
            out.writeInt(details.backgrounds().size());
            for (Map.Entry<String, Estimate> process : details.backgrounds().entrySet()) {
                Estimate estimate = process.getValue();
                out.writeUTF(process.getKey());
                for (double number : List.of(estimate.value(), estimate.statUp(), estimate.statDown(),
                        estimate.systUp(), estimate.systDown())) {
                    out.writeDouble(number);
                }
            }
            out.writeDouble(details.figureOfMeritValue());
            out.writeLong(details.evaluations());
            out.writeLong(details.optimizerTime().toNanos());
            out.writeDouble(details.clb());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    /**
     * The details with the text fields given, or empty when the bytes are not what {@link #pack}
     * writes (a damaged column).
     */
    public static Optional<RunDetails> unpack(byte[] packed, String statistics, String modelRevision,
            String signalErrorSource) {
        try (var in = new DataInputStream(new ByteArrayInputStream(packed))) {
            int cutCount = in.readInt();
            if (cutCount < 0 || cutCount > in.available()) {
                return Optional.empty();
            }
            List<AxisCut> cuts = new ArrayList<>(cutCount);
            for (int i = 0; i < cutCount; i++) {
                cuts.add(new AxisCut(in.readUTF(), in.readUTF(), new Interval(in.readDouble(), in.readDouble())));
            }
            int processCount = in.readInt();
            if (processCount < 0 || processCount > in.available()) {
                return Optional.empty();
            }
            Map<String, Estimate> backgrounds = new LinkedHashMap<>();
            for (int i = 0; i < processCount; i++) {
                if (backgrounds.put(in.readUTF(), new Estimate(in.readDouble(), in.readDouble(), in.readDouble(),
                        in.readDouble(), in.readDouble())) != null) {
                    return Optional.empty();
                }
            }
            var details = new RunDetails(statistics, modelRevision, cuts, backgrounds, in.readDouble(), in.readLong(),
                    Duration.ofNanos(in.readLong()), in.readDouble(), signalErrorSource);
            return in.available() == 0 ? Optional.of(details) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            // a short column, an empty range, a negative estimate or a missing text column
            return Optional.empty();
        }
    }
}
