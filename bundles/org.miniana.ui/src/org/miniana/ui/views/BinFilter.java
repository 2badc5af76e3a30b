/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.miniana.core.Interval;
import org.miniana.core.SearchBin;

/**
 * The Bin Results filter: comma-separated clauses, all of which a bin must meet, each a range on
 * one of the bin's axes, e.g. {@code Njets 7-8, Nb >= 3, MHT > 500, HT >= 1000, bin 12}.
 * <ul>
 * <li>{@code VAR OP X} with OP one of {@code > >= < <= =}: every value of the bin's interval
 * meets the comparison ({@code Nb >= 3} keeps the Nb &ge; 3 bins, not 2); for HT and MHT (GeV)
 * the bin's edges count as inside ({@code MHT > 500} keeps 500-750), for counts they do not.</li>
 * <li>{@code VAR A-B}: the bin's interval lies within A to B ({@code Njets 5-8} keeps 5-6 and 7-8).</li>
 * <li>{@code VAR X} (or {@code = X}): the bin's interval holds X ({@code Njets 9} keeps &ge;9).</li>
 * </ul>
 * VAR is {@code bin} (the index), {@code Njets}, {@code Nb}, {@code HT} or {@code MHT}, in any case.
 */
public record BinFilter(List<Clause> clauses) {

    /** A filter that cannot be read; the message says where and why. */
    public static final class SyntaxException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        SyntaxException(String message) {
            super(message);
        }
    }

    /** One clause: the values [min, max] of one axis a bin's interval must lie in, or the value it must hold. */
    public record Clause(Axis axis, double min, double max, boolean holds) {

        boolean test(SearchBin bin) {
            Interval interval = axis.interval.apply(bin);
            if (holds) {
                return interval.contains(min);
            }
            // counts are whole numbers: [7, 9) holds 7 and 8
            double last = axis.counts ? Math.ceil(interval.upper()) - 1 : interval.upper();
            return interval.lower() >= min && last <= max;
        }
    }

    /** The axes a clause can name. */
    public enum Axis {
        BIN(true, bin -> Interval.of(bin.index(), bin.index() + 1)),
        NJETS(true, SearchBin::njets),
        NB(true, SearchBin::nb),
        HT(false, SearchBin::ht),
        MHT(false, SearchBin::mht);

        private final boolean counts;
        private final Function<SearchBin, Interval> interval;

        Axis(boolean counts, Function<SearchBin, Interval> interval) {
            this.counts = counts;
            this.interval = interval;
        }
    }

    private static final Map<String, Axis> NAMES = Map.of("bin", Axis.BIN, "njets", Axis.NJETS, "nb", Axis.NB,
            "ht", Axis.HT, "mht", Axis.MHT);
    private static final String NUMBER = "(\\d+(?:\\.\\d+)?)";
    private static final Pattern CLAUSE = Pattern.compile("[a-z]+\\s*(?:(>=|<=|>|<|==?)\\s*" + NUMBER + "|"
            + NUMBER + "(?:\\s*-\\s*" + NUMBER + ")?)");

    public BinFilter {
        clauses = List.copyOf(clauses);
    }

    /** Whether a bin meets every clause (an empty filter keeps every bin). */
    public boolean test(SearchBin bin) {
        return clauses.stream().allMatch(clause -> clause.test(bin));
    }

    /** Reads a filter; blank text gives the filter that keeps every bin. */
    public static BinFilter parse(String text) {
        List<Clause> clauses = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String clause = part.strip().toLowerCase(Locale.ROOT);
            if (clause.isEmpty()) {
                if (!text.isBlank()) {
                    throw new SyntaxException("Empty clause between commas");
                }
                continue;
            }
            clauses.add(clause(clause));
        }
        return new BinFilter(clauses);
    }

    private static Clause clause(String text) {
        String name = text.split("[^a-z]", 2)[0];
        Axis axis = NAMES.get(name);
        if (axis == null) {
            throw new SyntaxException("'" + text + "': unknown variable '" + name + "' (bin, Njets, Nb, HT or MHT)");
        }
        Matcher matcher = CLAUSE.matcher(text);
        if (!matcher.matches()) {
            throw new SyntaxException("'" + text + "': expected a comparison (> >= < <= =) and a number,"
                    + " a number, or a range such as 7-8");
        }
        if (matcher.group(1) != null) {
            return comparison(axis, matcher.group(1), Double.parseDouble(matcher.group(2)));
        }
        double first = Double.parseDouble(matcher.group(3));
        if (matcher.group(4) == null) {
            return new Clause(axis, first, first, true);
        }
        double last = Double.parseDouble(matcher.group(4));
        if (last < first) {
            throw new SyntaxException("'" + text + "': the range ends below its start");
        }
        return new Clause(axis, first, last, false);
    }

    private static Clause comparison(Axis axis, String operator, double value) {
        double infinity = Double.POSITIVE_INFINITY;
        // a strict comparison of counts moves to the next whole number; bin edges in GeV count as inside
        return switch (operator) {
            case ">" -> new Clause(axis, axis.counts ? Math.floor(value) + 1 : value, infinity, false);
            case ">=" -> new Clause(axis, value, infinity, false);
            case "<" -> new Clause(axis, -infinity, axis.counts ? Math.ceil(value) - 1 : value, false);
            case "<=" -> new Clause(axis, -infinity, value, false);
            default -> new Clause(axis, value, value, true);
        };
    }
}
