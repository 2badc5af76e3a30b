/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.miniana.core.AnalysisRun;
import org.miniana.core.AxisCut;
import org.miniana.core.Estimate;
import org.miniana.core.Interval;
import org.miniana.core.Ra2Search;
import org.miniana.core.RunDetails;
import org.miniana.core.RunMethod;
import org.miniana.core.SignalModel;
import org.miniana.stats.ExpectedLimits;

/** A run's whole record in the database (schema 9), and a damaged one refused. */
class AnalysisRunStoreTest {

    private static final String RA2 = Ra2Search.ANALYSIS.name();

    @TempDir
    Path folder;

    /**
     * Details with what Derby's DOUBLE cannot hold (open edges, a figure of merit without
     * background), an axis RA2 does not have, and processes in an order that is not alphabetical.
     */
    static RunDetails details(SignalModel model) {
        Map<String, Estimate> backgrounds = new LinkedHashMap<>();
        backgrounds.put("zinv", new Estimate(2.5, 0.5, 0.4, 0.3, 0.2));
        backgrounds.put("lostlep", new Estimate(1.5, 0.25, 0.25, 0.125, 0.0625));
        return new RunDetails("both", SignalModelStore.revision(model), List.of(
                new AxisCut("Njets", "", Interval.atLeast(7)),
                new AxisCut("MHT", "GeV", new Interval(Double.NEGATIVE_INFINITY, 750)),
                new AxisCut("MET significance", "", Interval.of(3.5, 8))), backgrounds,
                Double.POSITIVE_INFINITY, 1234, Duration.ofNanos(5_432_100), 0.375, "statistical-model");
    }

    /** The run with those details. */
    static AnalysisRun withDetails(AnalysisRun run, RunDetails details) {
        return new AnalysisRun(run.analysis(), run.model(), run.optimizer(), run.figureOfMerit(), run.bins(),
                run.selection(), run.signal(), run.background(), run.backgroundUp(), run.backgroundDown(),
                run.observed(), run.expectedPValue(), run.expectedSignificance(), run.observedPValue(),
                run.observedSignificance(), run.signalLimit(), run.expectedSignalLimits(), run.signalStrengthLimit(),
                run.timestamp(), run.reportLocation(), run.fullLikelihood(), run.method(), run.signalErrorUp(),
                run.signalErrorDown(), details);
    }

    private static AnalysisRun run(SignalModel model) {
        AnalysisRun plain = new AnalysisRun(RA2, model.name(), "rectangular-cuts", "hybrid", List.of(3, 4),
                "Njets >= 7, MHT < 750 GeV", 2, 5, 1, 1, 6, 0.01, 2.3, 0.2, 0.8, 4.5,
                new ExpectedLimits(1.9, 2.6, 3.5, 4.9, 6.6), 2.25, Instant.parse("2026-12-07T12:00:00Z"), "",
                null, new RunMethod("uncorrelated", "toys", 0, 7L), 0.05, 0.04);
        return withDetails(plain, details(model));
    }

    @Test
    void aRunKeepsItsWholeRecord() throws Exception {
        SignalModel model = SignalModelStoreTest.model("a", 1);
        AnalysisRun run = run(model);
        try (ResultsDatabase database = ResultsDatabase.openEmbedded(folder.resolve("db"))) {
            database.searchResults().store(SharedData.bundledRa2());
            database.signalModels().store(RA2, List.of(model), false);
            database.runs().store(run);
            List<AnalysisRun> read = database.runs().forModel(RA2, "a");
            assertEquals(List.of(run), read);
            RunDetails details = read.get(0).recorded().orElseThrow();
            assertEquals(List.of("zinv", "lostlep"), List.copyOf(details.backgrounds().keySet()), "in order");
            assertEquals(Double.POSITIVE_INFINITY, details.figureOfMeritValue());
            assertEquals(Double.NEGATIVE_INFINITY, details.cuts().get(1).range().lower());

            // and the run made before the model was saved again keeps it too
            database.signalModels().store(RA2, List.of(SignalModelStoreTest.model("a", 2)), true);
            assertEquals(List.of(), database.runs().forModel(RA2, "a"));
            assertEquals(run, database.runs().earlierForModel(RA2, "a").get(0).run());
        }
    }

    @Test
    void aDamagedRecordIsRefusedNamingTheDatabase() throws Exception {
        SignalModel model = SignalModelStoreTest.model("a", 1);
        Path location = folder.resolve("db");
        try (ResultsDatabase database = ResultsDatabase.openEmbedded(location)) {
            database.searchResults().store(SharedData.bundledRa2());
            database.signalModels().store(RA2, List.of(model), false);
            database.runs().store(run(model));
            database.inTransaction(em -> {
                byte[] stored = (byte[]) em.createNativeQuery("SELECT DETAILS FROM ANALYSIS_RUN").getSingleResult();
                // cut short by a byte, as a torn write leaves it
                byte[] torn = Arrays.copyOf(stored, stored.length - 1);
                return em.createNativeQuery("UPDATE ANALYSIS_RUN SET DETAILS = ?").setParameter(1, torn)
                        .executeUpdate();
            });
            var refused = assertThrows(DamagedDataException.class, () -> database.runs().forModel(RA2, "a"));
            assertTrue(refused.getMessage().startsWith("A run of ") && refused.getMessage().contains(
                    " in " + database.description() + " keeps details (cuts, per-process yields, options) that"
                            + " cannot be read"), refused.getMessage());
        }
    }
}
