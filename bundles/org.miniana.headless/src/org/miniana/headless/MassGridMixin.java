/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.headless;

import java.util.List;

import org.miniana.signal.MassGrid;
import org.miniana.signal.MassPoint;
import org.miniana.signal.SimplifiedModel;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The mass grid of {@code scan} and {@code models generate}: --mother and --lsp, read at parse time. */
final class MassGridMixin {

    /** Masses FROM:TO:STEP in GeV. */
    record Range(double from, double to, double step) {

        /** FROM:TO:STEP as the option takes it. */
        String text() {
            return MassPoint.format(from) + ":" + MassPoint.format(to) + ":" + MassPoint.format(step);
        }
    }

    @Option(names = "--mother", paramLabel = "FROM:TO:STEP", defaultValue = "800:2200:50",
            converter = RangeConverter.class, description = "Gluino masses in GeV (default: ${DEFAULT-VALUE}).")
    Range mother;

    @Option(names = "--lsp", paramLabel = "FROM:TO:STEP", defaultValue = "0:2200:50", converter = RangeConverter.class,
            description = "LSP masses in GeV, up to the kinematic limit of each gluino mass (default: ${DEFAULT-VALUE}).")
    Range lsp;

    MassGrid grid() {
        return new MassGrid(mother.from(), mother.to(), mother.step(), lsp.from(), lsp.step(), lsp.to());
    }

    /** The options that give this grid again. */
    String commandLine() {
        return "--mother " + mother.text() + " --lsp " + lsp.text();
    }

    /** The grid's points of {@code model}. */
    List<MassPoint> points(SimplifiedModel model) {
        return grid().points(model);
    }

    static final class RangeConverter implements ITypeConverter<Range> {
        @Override
        public Range convert(String text) {
            String[] fields = text.split(":");
            try {
                if (fields.length == 3) {
                    var range = new Range(Double.parseDouble(fields[0]), Double.parseDouble(fields[1]),
                            Double.parseDouble(fields[2]));
                    if (range.step() > 0 && range.to() >= range.from()) {
                        return range;
                    }
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new TypeConversionException("needs FROM:TO:STEP in GeV with TO >= FROM and STEP > 0, not '" + text
                    + "'");
        }
    }
}
