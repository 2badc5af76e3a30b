/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.miniana.analysis.ScanListener;
import org.miniana.analysis.ScanPoint;
import org.miniana.analysis.ScanResult;
import org.miniana.core.Ra2Search;
import org.miniana.data.DefaultDatabase;
import org.miniana.data.ResultsDatabase;
import org.miniana.figure.Figure;
import org.miniana.figure.Layer.ColourMap;
import org.miniana.signal.MassPoint;
import org.miniana.signal.SimplifiedModel;
import org.miniana.validation.LimitComparison.PointRatio;

/** The whole measurement on a coarse grid: scan with the full likelihood, comparison, figure files. */
class LimitValidationTest {

    @TempDir
    Path folder;

    @Test
    void theRegionsPointsFollowTheIssue() {
        List<MassPoint> points = LimitValidation.points(SimplifiedModel.T1QQQQ, 500);
        assertEquals(List.of("1000/0", "1000/500", "1500/0", "1500/500", "1500/1000", "2000/0", "2000/500", "2000/1000",
                "2000/1500"), points.stream().map(p -> (int) p.mGluino() + "/" + (int) p.mLsp()).toList());
    }

    @Test
    void comparesTheFullLikelihoodsObservedLimitsWithCmsAndDrawsTheRatioMap() throws Exception {
        try (ResultsDatabase database = DefaultDatabase.open(folder.resolve("db"), message -> {
        })) {
            ScanResult scan = LimitValidation.scan(database, database.searchResults().get(Ra2Search.ANALYSIS.name()),
                    SimplifiedModel.T1QQQQ, 1000, 2_000, 1, 2, new NullProgressMonitor(), ScanListener.NONE);
            assertEquals(3, scan.points().size(), scan.failures().toString());
            LimitComparison comparison = LimitValidation.compare(scan);
            assertEquals(3, comparison.points().size(), "1000/0, 2000/0, 2000/1000");
            for (int i = 0; i < 3; i++) {
                ScanPoint point = scan.points().get(i);
                PointRatio compared = comparison.points().stream()
                        .filter(p -> p.mGluino() == point.point().mGluino() && p.mLsp() == point.point().mLsp())
                        .findFirst().orElseThrow();
                assertEquals(point.full().orElseThrow().observedLimit() * point.crossSectionPb(), compared.ours(), 0);
                assertEquals(CmsLimits.observed(SimplifiedModel.T1QQQQ).at(compared.mGluino(), compared.mLsp()),
                        compared.published(), 0);
                // the fast simulation is not calibrated, but no limit is off by an order of magnitude
                assertTrue(compared.ratio() > 0.1 && compared.ratio() < 10, compared.toString());
            }

            List<Path> files = LimitValidation.writeFigure(comparison, folder.resolve("figures"));
            assertEquals(List.of("limits-ratio-T1qqqq.png", "limits-ratio-T1qqqq.pdf"),
                    files.stream().map(file -> file.getFileName().toString()).toList());
            BufferedImage image = ImageIO.read(files.get(0).toFile());
            assertEquals(1200, image.getWidth());
            assertTrue(Files.size(files.get(1)) > 1000);
            Figure figure = comparison.figure();
            ColourMap map = figure.main().layers(ColourMap.class).get(0);
            assertTrue(map.scale().label().contains("(CMS)"), map.scale().label());
            // agreement is the grey middle of a log scale symmetric about 1
            assertTrue(map.scale().log());
            assertEquals(1, map.scale().min() * map.scale().max(), 1e-12);
            assertEquals(0xDDDCDC, map.scale().rgb(1));
            assertEquals(comparison.points().get(0).ratio(), map.z(0, 0), 1e-12, "m_gluino 1000, m_LSP 0");
            assertFalse(figure.main().legend().orElseThrow().title().isEmpty());
        }
    }
}
