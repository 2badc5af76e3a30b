/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.miniana.analysis.AnalysisOptions;
import org.miniana.analysis.MassScan;
import org.miniana.analysis.ScanListener;
import org.miniana.analysis.ScanResult;
import org.miniana.analysis.SingleBinAnalysis;
import org.miniana.analysis.Statistics;
import org.miniana.core.SearchResult;
import org.miniana.data.ResultsDatabase;
import org.miniana.figure.render.FigureRenderer;
import org.miniana.signal.MassGrid;
import org.miniana.signal.MassPoint;
import org.miniana.signal.SimplifiedModel;

/**
 * Issue #15's measurement: scans the points of a family in {@link LimitComparison}'s region with
 * the full likelihood ({@link MassScan}, so models and runs are stored and taken over like those
 * of {@code miniana scan}) and compares our observed limits with CMS's.
 */
public final class LimitValidation {

    /** How each point is analysed: the default options, with the full likelihood (its limits are compared). */
    public static final AnalysisOptions OPTIONS = AnalysisOptions.DEFAULTS.withStatistics(Statistics.FULL);
    /** The PNG's size in pixels, as the reports' figures. */
    private static final int PNG_WIDTH = 1200;
    private static final int PNG_HEIGHT = 900;

    private LimitValidation() {
    }

    /** The region's points on a grid of {@code step} GeV in both masses, from m_gluino 1000 GeV and m_LSP 0. */
    public static List<MassPoint> points(SimplifiedModel family, double step) {
        return new MassGrid(LimitComparison.GLUINO_FROM, LimitComparison.GLUINO_TO, step, 0, step).points(family)
                .stream().filter(point -> LimitComparison.inRegion(point.mGluino(), point.mLsp())).toList();
    }

    /**
     * Scans the region's points of a family (a point whose model is stored keeps its model, whatever
     * number of events it was simulated with).
     *
     * @param events events to simulate for a point whose model is not stored
     * @param monitor progress and cancellation
     */
    public static ScanResult scan(ResultsDatabase database, SearchResult search, SimplifiedModel family, double step,
            long events, long seed, int threads, IProgressMonitor monitor, ScanListener listener) {
        return new MassScan(database, search, SingleBinAnalysis.fromPlatform()).run(points(family, step), events, seed,
                OPTIONS, threads, monitor, listener);
    }

    /** Our scan's observed limits against CMS's. */
    public static LimitComparison compare(ScanResult scan) {
        return LimitComparison.of(scan.family(), LimitMap.observed(scan, "miniana " + scan.family().family() + " scan"),
                CmsLimits.observed(scan.family()));
    }

    /**
     * Writes the ratio map with both contours as {@code limits-ratio-FAMILY.png} and {@code .pdf}.
     *
     * @return the files written
     */
    public static List<Path> writeFigure(LimitComparison comparison, Path folder) throws IOException {
        Files.createDirectories(folder);
        String name = "limits-ratio-" + comparison.family().family();
        Path png = folder.resolve(name + ".png");
        Path pdf = folder.resolve(name + ".pdf");
        FigureRenderer.writePng(comparison.figure(), png, PNG_WIDTH, PNG_HEIGHT);
        FigureRenderer.writePdf(comparison.figure(), pdf);
        return List.of(png, pdf);
    }
}
