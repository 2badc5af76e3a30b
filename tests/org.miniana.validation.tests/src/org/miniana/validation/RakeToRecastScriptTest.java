/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.miniana.core.Ra2Search;
import org.miniana.core.SignalModel;
import org.miniana.data.io.SignalModelCsv;
import org.miniana.signal.FastSimulation;
import org.miniana.signal.MassPoint;
import org.miniana.signal.SimplifiedModel;

/**
 * The signal README's {@code doc/rake_to_recast.py}, whose region definitions are its own: the model
 * it writes has, by {@link AggregateRegion}'s reckoning, the recast's efficiency in every region it
 * rakes, and keeps the yields of bins outside every region.
 */
class RakeToRecastScriptTest {

    @TempDir
    Path folder;

    @Test
    void theRakedModelHasTheRecastsEfficiencyInEveryRakedRegion() throws Exception {
        String checkout = System.getProperty("miniana.checkout");
        assertTrue(checkout != null, "system property miniana.checkout is not set (the build sets it)");
        Path script = Path.of(checkout, "bundles", "org.miniana.signal", "doc", "rake_to_recast.py");
        MassPoint point = new MassPoint(SimplifiedModel.T1BBBB, 1500, 110);
        SignalModel model = FastSimulation.simulate(point, 50_000, 1, new NullProgressMonitor()).model();
        Path input = folder.resolve("model.csv");
        try (OutputStream out = Files.newOutputStream(input)) {
            SignalModelCsv.write(Ra2Search.ANALYSIS.name(), model, out);
        }
        Process process = new ProcessBuilder(System.getenv().getOrDefault("MINIANA_PYTHON", "python3"),
                script.toString(), input.toString(), "T1bbbb", "1500", "110").redirectError(Redirect.INHERIT).start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the script did not finish within 60 s");
        assertEquals(0, process.exitValue(), script + " failed (its error is above)");
        SignalModel raked = SignalModelCsv.read("raked.csv", new ByteArrayInputStream(output)).models().get(0);

        assertEquals(point.name() + "_recast", raked.name());
        assertTrue(raked.provenance().endsWith("; raked to the recast efficiencies of CMS-SUS-16-033 at 1500/110 GeV"),
                raked.provenance());
        double[] recast = RecastEfficiencies.of(SimplifiedModel.T1BBBB).get(point);
        double[] ours = EfficiencyComparison.efficiencies(raked, Ra2Search.bins());
        int raking = 0;
        for (int region = 0; region < recast.length; region++) {
            if (recast[region] >= 0.003) {
                raking++;
                assertEquals(recast[region], ours[region], 1e-4 * recast[region], "region " + (region + 1));
            }
        }
        assertEquals(11, raking, "every region but 5 (0.0006) is raked at this point");
        // bins 0-5 (HT-MHT boxes below 500 GeV) of Njets 3-4, Nb 0 lie in no region
        for (int bin = 0; bin < 6; bin++) {
            assertEquals(model.yield(bin).value(), raked.yield(bin).value(), 0, "bin " + bin);
        }
    }
}
