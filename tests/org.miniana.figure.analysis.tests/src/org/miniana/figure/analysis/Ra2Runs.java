/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.figure.analysis;

import org.miniana.analysis.AnalysisOptions;
import org.miniana.analysis.AnalysisOutcome;
import org.miniana.analysis.SingleBinAnalysis;
import org.miniana.core.SearchResult;
import org.miniana.data.InputFormatException;
import org.miniana.data.datacard.Ra2DatacardImporter;
import org.miniana.figure.NamedFigure;
import org.miniana.figure.Panel;
import org.miniana.optimize.bench.Ra2SyntheticSignal;

/** Real RA2 analyses (the bundled datacards, the contributed optimizers) of the synthetic signal shapes. */
final class Ra2Runs {

    /** A run and one panel of one of its figures. */
    record Drawn(AnalysisOutcome outcome, NamedFigure figure) {
        Panel main() {
            return figure.figure().main();
        }
    }

    private static final SearchResult RA2 = read();

    private Ra2Runs() {
    }

    static SearchResult search() {
        return RA2;
    }

    static AnalysisOutcome run(Ra2SyntheticSignal shape) {
        return SingleBinAnalysis.fromPlatform().run(RA2, shape.model(), AnalysisOptions.DEFAULTS);
    }

    /** The run of a shape and its figure with the given id. */
    static Drawn drawn(Ra2SyntheticSignal shape, String id) {
        AnalysisOutcome outcome = run(shape);
        return new Drawn(outcome, RunFigures.of(outcome).stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow());
    }

    private static SearchResult read() {
        try {
            return Ra2DatacardImporter.read(Ra2DatacardImporter.bundled(), warning -> {
            });
        } catch (InputFormatException | java.io.IOException e) {
            throw new IllegalStateException("The bundled RA2 datacards do not read", e);
        }
    }
}
