/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data.datacard;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.miniana.core.InputChecks;
import org.miniana.core.model.NuisanceParameter;
import org.miniana.data.InputFormatException;
import org.miniana.data.io.TextLines;

/**
 * Reads single-channel counting datacards in the CMS Combine format: {@code imax/jmax/kmax},
 * {@code shapes * * FAKE}, {@code bin}, {@code observation}, the two {@code process} lines,
 * {@code rate} and {@code lnN}/{@code lnU}/{@code gmN} systematics, with {@code #} comments. Every problem is
 * reported with the file and line.
 */
public final class DatacardParser {

    /** The rate that signal-injection tools substitute later. */
    public static final String SIGNAL_PLACEHOLDER = "SIGNAL";

    /** Combine types that only shape or parametric cards use; named in the refusal. */
    private static final Set<String> UNSUPPORTED_TYPES = Set.of("shape", "shape?", "shapeN2", "param", "rateParam",
            "flatParam", "extArg", "discrete");
    /** A counting card is a few kB; a much larger file is not one, and must not exhaust memory. */
    static final int MAX_BYTES = 4 << 20;

    private final String source;
    private int lineNumber;
    private Integer declaredBackgrounds;
    private String tag = "";
    private String channel;
    private Double observation;
    private List<String> processNames;
    private List<Integer> processIds;
    private int observationLine;
    private int processLine;
    private int rateLine;
    private List<String> binRow;
    private int binRowLine;
    private List<Double> rates;
    private final List<Nuisance> nuisances = new ArrayList<>();
    private final Set<String> nuisanceNames = new HashSet<>();

    private DatacardParser(String source) {
        this.source = source;
    }

    /**
     * Parses one card.
     *
     * @param source the file name used in messages
     * @param in the card's bytes (UTF-8); not closed
     */
    public static Datacard parse(String source, InputStream in) throws InputFormatException, IOException {
        return new DatacardParser(source).read(in);
    }

    private Datacard read(InputStream in) throws InputFormatException, IOException {
        for (String line : TextLines.read(source, in, MAX_BYTES)) {
            lineNumber++;
            readLine(line);
        }
        return finish();
    }

    private void readLine(String line) throws InputFormatException {
        int hash = line.indexOf('#');
        if (hash >= 0) {
            String comment = line.substring(hash + 1);
            int tagAt = comment.indexOf("tag =");
            if (tag.isEmpty() && tagAt >= 0) {
                tag = comment.substring(tagAt + "tag =".length()).trim();
            }
            line = line.substring(0, hash);
        }
        String[] tokens = line.trim().split("\\s+");
        if (tokens[0].isEmpty() || tokens[0].startsWith("---")) {
            return;
        }
        List<String> values = Arrays.asList(tokens).subList(1, tokens.length);
        switch (tokens[0]) {
            case "imax" -> {
                Integer channels = count(values, "imax");
                if (channels != null && channels != 1) {
                    throw error(lineNumber, "only single-channel counting cards are supported, this one declares imax "
                            + channels);
                }
            }
            case "jmax" -> declaredBackgrounds = count(values, "jmax");
            case "kmax" -> count(values, "kmax");
            case "shapes" -> {
                if (values.size() < 3 || !values.get(2).equals("FAKE")) {
                    throw error(lineNumber, "shape datacards are not supported, only counting cards ('shapes * * FAKE')");
                }
            }
            case "bin" -> readBin(values);
            case "observation" -> readObservation(values);
            case "process" -> readProcess(values);
            case "rate" -> readRates(values);
            default -> readNuisance(tokens[0], values);
        }
    }

    private Integer count(List<String> values, String keyword) throws InputFormatException {
        if (values.isEmpty()) {
            throw error(lineNumber, "'" + keyword + "' needs a number or '*'");
        }
        if (values.get(0).equals("*")) {
            return null;
        }
        try {
            int count = Integer.parseInt(values.get(0));
            if (count < 0) {
                throw error(lineNumber, "'" + keyword + "' must not be negative");
            }
            return count;
        } catch (NumberFormatException e) {
            throw error(lineNumber, "'" + keyword + "' needs a whole number or '*', not '" + values.get(0) + "'");
        }
    }

    private void readBin(List<String> values) throws InputFormatException {
        if (observation == null) {
            if (channel != null) {
                throw error(lineNumber, "second channel 'bin' line before the 'observation' line");
            }
            if (values.size() != 1) {
                throw error(lineNumber, "only single-channel counting cards are supported, this 'bin' line names "
                        + values.size() + " channels");
            }
            channel = values.get(0);
        } else {
            if (binRow != null) {
                throw error(lineNumber, "a second per-process 'bin' line");
            }
            binRow = List.copyOf(values);
            binRowLine = lineNumber;
        }
    }

    private void readObservation(List<String> values) throws InputFormatException {
        if (channel == null) {
            throw error(lineNumber, "'observation' before the 'bin' line naming the channel");
        }
        if (observation != null) {
            throw error(lineNumber, "a second 'observation' line");
        }
        if (values.size() != 1) {
            throw error(lineNumber, "'observation' needs exactly one count for channel " + channel + ", found "
                    + values.size() + " values");
        }
        observation = (double) checked(() -> InputChecks.count("the observation", values.get(0)));
        observationLine = lineNumber;
    }

    private void readProcess(List<String> values) throws InputFormatException {
        if (values.isEmpty()) {
            throw error(lineNumber, "empty 'process' line");
        }
        if (processNames == null) {
            processNames = List.copyOf(values);
            processLine = lineNumber;
            if (new HashSet<>(processNames).size() != processNames.size()) {
                throw error(lineNumber, "a process is named twice: " + processNames);
            }
        } else if (processIds == null) {
            List<Integer> ids = new ArrayList<>(values.size());
            for (String id : values) {
                try {
                    ids.add(Integer.parseInt(id));
                } catch (NumberFormatException e) {
                    throw error(lineNumber, "the second 'process' line needs whole-number process ids, not '" + id + "'");
                }
            }
            requireColumns(ids.size(), "process ids");
            processIds = ids;
        } else {
            throw error(lineNumber, "a third 'process' line");
        }
    }

    private void readRates(List<String> values) throws InputFormatException {
        if (processNames == null) {
            throw error(lineNumber, "'rate' before the 'process' lines");
        }
        if (rates != null) {
            throw error(lineNumber, "a second 'rate' line");
        }
        requireColumns(values.size(), "rates");
        List<Double> parsed = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            parsed.add(value.equals(SIGNAL_PLACEHOLDER) ? Double.NaN
                    : nonNegative(value, "rate of process " + processNames.get(i)));
        }
        rates = parsed;
        rateLine = lineNumber;
    }

    private void readNuisance(String name, List<String> values) throws InputFormatException {
        if (rates == null) {
            throw error(lineNumber, "unknown keyword '" + name + "' (systematics come after the 'rate' line)");
        }
        if (values.isEmpty()) {
            throw error(lineNumber, "systematic '" + name + "' has no type");
        }
        NuisanceParameter.Type type = NuisanceParameter.Type.fromKeyword(values.get(0));
        if (type == null) {
            throw error(lineNumber, "systematic '" + name + "' has the unsupported type '" + values.get(0)
                    + "'; counting cards may use lnN (symmetric or down/up), lnU and gmN"
                    + (UNSUPPORTED_TYPES.contains(values.get(0)) ? " (shape, param and rateParam are not supported)" : ""));
        }
        long controlCount = 0;
        List<String> entries = values.subList(1, values.size());
        if (type == NuisanceParameter.Type.GM_N) {
            if (entries.isEmpty()) {
                throw error(lineNumber, "gmN systematic '" + name + "' needs its control-region count N");
            }
            String count = entries.get(0);
            controlCount = checked(() -> InputChecks.count("the control-region count N of gmN '" + name + "'", count));
            entries = entries.subList(1, entries.size());
        }
        if (entries.size() != processNames.size()) {
            throw error(lineNumber, "systematic '" + name + "' has " + entries.size() + " entries for "
                    + processNames.size() + " processes");
        }
        if (!nuisanceNames.add(name)) {
            throw error(lineNumber, "systematic '" + name + "' appears twice");
        }
        List<Kappa> effects = new ArrayList<>(entries.size());
        for (String entry : entries) {
            effects.add(entry.equals("-") ? null
                    : type == NuisanceParameter.Type.GM_N ? Kappa.symmetricFactor(positive(entry, "the factor of gmN '"
                            + name + "'")) : kappa(name, entry));
        }
        nuisances.add(new Nuisance(name, type, controlCount, effects, lineNumber));
    }

    private Kappa kappa(String nuisance, String entry) throws InputFormatException {
        String what = "kappa of '" + nuisance + "'";
        int slash = entry.indexOf('/');
        if (slash < 0) {
            return Kappa.symmetric(checked(() -> InputChecks.kappa(what, entry)));
        }
        return new Kappa(checked(() -> InputChecks.kappa(what, entry.substring(0, slash))),
                checked(() -> InputChecks.kappa(what, entry.substring(slash + 1))));
    }

    private double positive(String text, String what) throws InputFormatException {
        double value = number(text, what);
        if (!(value > 0)) {
            throw error(lineNumber, what + " must be positive, not " + text);
        }
        return value;
    }

    private double nonNegative(String text, String what) throws InputFormatException {
        double value = number(text, what);
        if (value < 0) {
            throw error(lineNumber, what + " must not be negative, not " + text);
        }
        return value;
    }

    private double number(String text, String what) throws InputFormatException {
        return checked(() -> InputChecks.number(what, text));
    }

    /** A value checked by one of the {@link InputChecks}, whose refusal is reported on the current line. */
    private <T> T checked(Supplier<T> check) throws InputFormatException {
        return InputFormatException.checked(source, lineNumber, check);
    }

    private void requireColumns(int count, String what) throws InputFormatException {
        if (count != processNames.size()) {
            throw error(lineNumber, count + " " + what + " for " + processNames.size() + " processes " + processNames);
        }
    }

    private Datacard finish() throws InputFormatException {
        String missing = channel == null ? "bin" : observation == null ? "observation"
                : processNames == null || processIds == null ? "process" : rates == null ? "rate" : null;
        if (missing != null) {
            throw error(lineNumber, "the card ends without its '" + missing + "' line (truncated?)");
        }
        if (binRow == null) {
            throw error(lineNumber, "the card has no per-process 'bin' line");
        }
        if (binRow.size() != processNames.size()) {
            throw error(binRowLine, "the per-process 'bin' line has " + binRow.size() + " columns for "
                    + processNames.size() + " processes");
        }
        for (String bin : binRow) {
            if (!bin.equals(channel)) {
                throw error(binRowLine, "process column in bin '" + bin + "' but the card's channel is '" + channel + "'");
            }
        }
        if (declaredBackgrounds != null && declaredBackgrounds != processNames.size() - 1) {
            throw error(0, "jmax declares " + declaredBackgrounds + " backgrounds but the card has "
                    + (processNames.size() - 1));
        }
        return new Datacard(source, tag, channel, observation, processNames, processIds, rates, nuisances,
                new Datacard.Lines(observationLine, processLine, rateLine));
    }

    private InputFormatException error(int line, String problem) {
        return new InputFormatException(source, line, problem);
    }
}
