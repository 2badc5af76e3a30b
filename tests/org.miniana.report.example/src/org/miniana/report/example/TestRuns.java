/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.report.example;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.miniana.analysis.AnalysisOptions;
import org.miniana.analysis.AnalysisOutcome;
import org.miniana.analysis.ScanPoint;
import org.miniana.analysis.ScanResult;
import org.miniana.analysis.SingleBinAnalysis;
import org.miniana.core.SearchResult;
import org.miniana.core.SignalModel;
import org.miniana.data.datacard.Ra2DatacardImporter;
import org.miniana.optimize.bench.Ra2SyntheticSignal;
import org.miniana.signal.MassPoint;
import org.miniana.signal.SimplifiedModel;

/**
 * Real runs on the bundled RA2 result, shared by the report tests (this plug-in is test-only).
 */
public final class TestRuns {

    private static Ra2DatacardImporter.CardSearch ra2;

    private TestRuns() {
    }

    /** The bundled RA2 search result and its full statistical model, read once. */
    private static synchronized Ra2DatacardImporter.CardSearch cards() throws Exception {
        if (ra2 == null) {
            var bundled = Ra2DatacardImporter.bundled();
            ra2 = Ra2DatacardImporter.readSearch(bundled, bundled, bundled, warning -> {
            });
        }
        return ra2;
    }

    /** The bundled RA2 search result. */
    public static SearchResult ra2() throws Exception {
        return cards().result();
    }

    /** The default analysis of a model: the merged bin and the full likelihood. */
    public static AnalysisOutcome analyse(SignalModel model) throws Exception {
        return SingleBinAnalysis.fromPlatform().run(ra2(), cards().model(), model, AnalysisOptions.DEFAULTS);
    }

    /** The default analysis of the high-multiplicity synthetic signal. */
    public static AnalysisOutcome highMultiplicity() throws Exception {
        return analyse(Ra2SyntheticSignal.HIGH_MULTIPLICITY.model());
    }

    /** The same shape under another name, e.g. a hostile one. */
    public static SignalModel renamed(SignalModel model, String name) {
        return new SignalModel(name, model.family(), model.parameters(), model.crossSectionPb(), model.provenance(),
                model.yields());
    }

    /**
     * A 3 x 3 T1tttt scan whose points are the high-multiplicity shape with a yield falling with
     * the gluino mass and the mass splitting (made up, but analysed for real), and one failure.
     */
    public static ScanResult scan() throws Exception {
        List<ScanPoint> points = new ArrayList<>();
        for (double gluino : new double[] { 1400, 1600, 1800 }) {
            for (double lsp : new double[] { 0, 300, 600 }) {
                MassPoint point = new MassPoint(SimplifiedModel.T1TTTT, gluino, lsp);
                double yield = 120 * Math.exp(-(gluino - 1400) / 250) * (gluino - lsp) / gluino;
                SignalModel model = renamed(Ra2SyntheticSignal.HIGH_MULTIPLICITY.model(yield), point.name());
                points.add(new ScanPoint(point, analyse(model).toRun(""), model.crossSectionPb()));
            }
        }
        return new ScanResult(SimplifiedModel.T1TTTT, AnalysisOptions.DEFAULTS, points,
                Map.of("T1tttt_2000_0", "not stored (made-up failure for the report)"), false);
    }
}
