/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.miniana.core.BackgroundProcess;
import org.miniana.core.BinYields;
import org.miniana.core.Estimate;
import org.miniana.core.Interval;
import org.miniana.core.SearchBin;
import org.miniana.core.SearchResult;
import org.miniana.core.SignalModel;
import org.miniana.core.SignalVariation;
import org.miniana.core.SignalYield;
import org.miniana.core.model.Channel;
import org.miniana.core.model.Modifier;
import org.miniana.core.model.NuisanceParameter;
import org.miniana.core.model.Sample;
import org.miniana.core.model.StatisticalModel;

/**
 * The SHA-256 of stored content, as 64 hex digits. The content is encoded in a fixed way, so that
 * the digest made when storing equals the one of what is read back unless the rows changed: numbers
 * by their IEEE bits (big-endian; -0 as 0, since Derby keeps no negative zero), strings as their
 * UTF-8 length and bytes (null as length -1), lists with their length first, bins in index order with
 * an estimate of every process (0 where the result has none, as stored), and model parameters by name.
 */
final class ContentDigest {

    /** What a read says of content whose digest differs from the stored one. */
    static final String CHANGED = "changed outside the tool (its numbers differ from the digest stored with them)";

    private final MessageDigest sha256;
    /** Big-endian, as the encoding says. */
    private final ByteBuffer scratch = ByteBuffer.allocate(Long.BYTES);

    private ContentDigest() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The digest of a search result: its analysis, processes in order, and each bin with its estimates. */
    static String of(SearchResult result) {
        var digest = new ContentDigest();
        var analysis = result.analysis();
        digest.text(analysis.name()).number(analysis.sqrtSTeV()).number(analysis.luminosityInvPb())
                .text(analysis.reference()).text(analysis.description());
        digest.count(result.processes().size());
        for (BackgroundProcess process : result.processes()) {
            digest.text(process.name()).text(process.label()).count(process.rgb());
        }
        digest.count(result.bins().size());
        for (BinYields bin : result.bins().stream().sorted(Comparator.comparingInt(yields -> yields.bin().index()))
                .toList()) {
            SearchBin edges = bin.bin();
            digest.count(edges.index()).interval(edges.njets()).interval(edges.nb()).interval(edges.ht())
                    .interval(edges.mht()).number(bin.observed());
            for (BackgroundProcess process : result.processes()) {
                Estimate estimate = bin.background(process);
                digest.number(estimate.value()).number(estimate.statUp()).number(estimate.statDown())
                        .number(estimate.systUp()).number(estimate.systDown());
            }
        }
        return digest.hex();
    }

    /**
     * The digest of a signal model: what identifies it, its parameters by name, its yields in bin
     * order and its variations; a model without variations keeps the digest schemas 4 to 7 gave it.
     */
    static String of(SignalModel model) {
        var digest = new ContentDigest();
        digest.text(model.name()).text(model.family()).number(model.crossSectionPb()).text(model.provenance());
        digest.count(model.parameters().size());
        model.parameters().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(parameter -> digest.text(parameter.getKey()).number(parameter.getValue()));
        digest.count(model.yields().size());
        for (SignalYield yield : model.yields()) {
            digest.number(yield.value()).number(yield.mcStatError());
        }
        if (!model.variations().isEmpty()) {
            digest.count(model.variations().size());
            for (SignalVariation variation : model.variations()) {
                digest.text(variation.name()).count(variation.up().size());
                for (List<Double> yields : List.of(variation.up(), variation.down())) {
                    for (double yield : yields) {
                        digest.number(yield);
                    }
                }
            }
        }
        return digest.hex();
    }

    /** The digest of a full statistical model: its nuisances and channels in order, with samples and modifiers. */
    static String of(StatisticalModel model) {
        var digest = new ContentDigest();
        digest.count(model.parameters().size());
        for (NuisanceParameter parameter : model.parameters()) {
            digest.text(parameter.name()).text(parameter.type().keyword()).number(parameter.controlCount());
        }
        digest.count(model.channels().size());
        for (Channel channel : model.channels()) {
            digest.text(channel.name()).text(channel.card()).text(channel.tag()).count(channel.searchBin())
                    .number(channel.observed()).count(channel.samples().size());
            for (Sample sample : channel.samples()) {
                digest.text(sample.name()).text(sample.process()).count(sample.signal() ? 1 : 0).number(sample.rate())
                        .count(sample.modifiers().size());
                for (Modifier modifier : sample.modifiers()) {
                    digest.count(modifier.parameter()).number(modifier.down()).number(modifier.up());
                }
            }
        }
        return digest.hex();
    }

    private ContentDigest text(String text) {
        if (text == null) {
            return count(-1);
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        count(bytes.length);
        sha256.update(bytes);
        return this;
    }

    private ContentDigest number(double value) {
        return number(Double.doubleToLongBits(value == 0 ? 0.0 : value));
    }

    private ContentDigest number(long value) {
        sha256.update(scratch.clear().putLong(value).array());
        return this;
    }

    private ContentDigest count(int value) {
        sha256.update(scratch.clear().putInt(value).array(), 0, Integer.BYTES);
        return this;
    }

    private ContentDigest interval(Interval interval) {
        return number(interval.lower()).number(interval.upper());
    }

    private String hex() {
        return HexFormat.of().formatHex(sha256.digest());
    }
}
