/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.miniana.core.AnalysisRun;
import org.miniana.core.Ra2Search;
import org.miniana.core.SignalModel;
import org.miniana.core.SignalYield;
import org.miniana.core.model.Channel;
import org.miniana.core.model.Sample;
import org.miniana.core.model.StatisticalModel;
import org.miniana.data.internal.PackedModel;
import org.miniana.data.internal.PackedYields;
import org.miniana.stats.ExpectedLimits;

/**
 * Data that cannot silently change: a damaged page, a number changed and a row deleted outside the
 * tool are each refused on read with one line that says what to do, and {@code db check} finds them.
 */
class IntegrityTest {

    private static final String RA2 = Ra2Search.ANALYSIS.name();
    /** Derby's page size of a table of numbers. */
    private static final int PAGE = 4096;

    @TempDir
    Path folder;

    private Path location;

    /** The default database with the bundled RA2 result and one model; closed again. */
    private void createDatabase() {
        location = folder.resolve("db");
        try (ResultsDatabase database = DefaultDatabase.open(location, message -> {
        })) {
            database.signalModels().store(RA2, List.of(new SignalModel("flat", "test", Map.of("m", 1.0), 1, "",
                    Collections.nCopies(160, new SignalYield(1, 0.1)))), false);
        }
    }

    private ResultsDatabase open() {
        return ResultsDatabase.openEmbedded(location);
    }

    @Test
    void aHealthyDatabaseChecksHealthy() {
        createDatabase();
        try (ResultsDatabase database = open()) {
            IntegrityReport report = database.check();
            assertEquals(List.of(), report.problems());
            assertEquals("healthy", report.verdict());
            assertEquals(null, report.tableCheckSkipped());
            assertTrue(report.tables().stream().anyMatch(table -> table.name().equals("BACKGROUND_ESTIMATE")),
                    report.tables().toString());
            assertEquals(1, report.searchResults());
            assertEquals(1, report.signalModels());
            assertEquals(List.of(), report.notes(), "every row has its digest");
        }
    }

    /** The measured failure of issue #21: Derby returned fewer estimates, which were read as 0. */
    @Test
    void aZeroedPageOfTheEstimatesIsRefusedOnReadAndFoundByTheCheck() throws Exception {
        createDatabase();
        Path container;
        try (ResultsDatabase database = open()) {
            container = location.resolve(database.check().tables().stream()
                    .filter(table -> table.name().equals("BACKGROUND_ESTIMATE")).findFirst().orElseThrow().file());
        }
        // closed: Derby has shut the database down and written its pages
        long pages = Files.size(container) / PAGE;
        assertTrue(pages > 3, pages + " pages");
        zeroPage(container, pages / 2);

        try (ResultsDatabase database = open()) {
            String read = assertOneLineToDo(() -> database.searchResults().get(RA2));
            assertTrue(read.contains("is incomplete (bin "), read);
            IntegrityReport report = database.check();
            assertFalse(report.healthy());
            assertTrue(report.verdict().startsWith("damaged: "), report.verdict());
            assertTrue(report.problems().stream().anyMatch(problem -> problem.startsWith("the search result '" + RA2
                    + "' is incomplete")), report.problems().toString());
            // Derby's own check finds the page, in one line without its dump
            String table = "table BACKGROUND_ESTIMATE (" + location.relativize(container) + ") cannot be read: the"
                    + " database's files are damaged (Derby: ";
            assertTrue(report.problems().stream().anyMatch(problem -> problem.startsWith(table)
                    && !problem.contains("dump")), report.problems().toString());
        }
    }

    @Test
    void aNumberChangedOutsideTheToolIsCaughtByTheDigest() {
        createDatabase();
        try (ResultsDatabase database = open()) {
            database.inTransaction(em -> em.createNativeQuery("UPDATE BACKGROUND_ESTIMATE SET CENTRALVALUE ="
                    + " CENTRALVALUE + 0.5 WHERE ID = (SELECT MIN(ID) FROM BACKGROUND_ESTIMATE)").executeUpdate());
            setYields(database, "flat", yields -> yields.set(7, new SignalYield(2, yields.get(7).mcStatError())));
            // also within the process that had read it before: no cache hides the change
            assertChangedOutsideTheTool(database);
        }
        // and opened afresh, as another process opens it
        try (ResultsDatabase database = open()) {
            assertChangedOutsideTheTool(database);
            IntegrityReport report = database.check();
            assertEquals(List.of("the search result '" + RA2 + "' " + ContentDigest.CHANGED,
                    "the signal model 'flat' of " + RA2 + " " + ContentDigest.CHANGED), report.problems());
            assertEquals("damaged: 2 problems", report.verdict());
        }
    }

    private static void assertChangedOutsideTheTool(ResultsDatabase database) {
        String result = assertOneLineToDo(() -> database.searchResults().get(RA2));
        assertTrue(result.startsWith("The search result '" + RA2 + "' in "), result);
        assertTrue(result.contains("changed outside the tool"), result);
        String model = assertOneLineToDo(() -> database.signalModels().get(Ra2Search.ANALYSIS.name(), "flat"));
        assertTrue(model.contains("changed outside the tool"), model);
        assertTrue(model.contains("import the model again with --replace"), model);
    }

    @Test
    void aRowDeletedOutsideTheToolIsCaughtAsIncomplete() {
        createDatabase();
        try (ResultsDatabase database = open()) {
            database.inTransaction(em -> em.createNativeQuery("DELETE FROM BACKGROUND_ESTIMATE WHERE ID ="
                    + " (SELECT MAX(ID) FROM BACKGROUND_ESTIMATE)").executeUpdate());
            setYields(database, "flat", yields -> yields.remove(3));
        }
        try (ResultsDatabase database = open()) {
            String result = assertOneLineToDo(() -> database.searchResults().get(RA2));
            assertTrue(result.contains("is incomplete (bin "), result);
            assertTrue(result.contains("; 1 of 640 estimates are missing)"), result);
            String model = assertOneLineToDo(() -> database.signalModels().get(Ra2Search.ANALYSIS.name(), "flat"));
            assertTrue(model.contains("is incomplete (159 yields for the 160 bins of " + RA2 + ")"), model);
            assertEquals(2, database.check().problems().size(), database.check().problems().toString());
        }
    }

    /**
     * The packed statistical model (schema 7) changed outside the tool: a number changed (the bytes
     * still a model), the bytes cut short and the row deleted are each refused on read and found by
     * the check, never read as a smaller or different model.
     */
    @Test
    void aChangedTruncatedOrMissingStatisticalModelIsRefused() {
        createDatabase();
        String subject = "the statistical model of '" + RA2 + "' ";
        try (ResultsDatabase database = open()) {
            byte[] stored = packedModel(database);
            PackedModel.Parts parts = PackedModel.unpack(stored);
            List<Channel> channels = new ArrayList<>(parts.channels());
            Channel first = channels.get(0);
            Sample sample = first.samples().get(1);
            List<Sample> samples = new ArrayList<>(first.samples());
            samples.set(1, sample.withRate(sample.rate() + 0.5));
            channels.set(0, first.withSamples(samples));
            setPackedModel(database, PackedModel.pack(new StatisticalModel(parts.parameters(), channels)));
            String changed = assertOneLineToDo(() -> database.statisticalModels().find(RA2));
            assertTrue(changed.contains("changed outside the tool"), changed);
            assertEquals(List.of(subject + ContentDigest.CHANGED), database.check().problems());

            setPackedModel(database, Arrays.copyOf(stored, stored.length / 2));
            String cut = assertOneLineToDo(() -> database.statisticalModels().find(RA2));
            assertTrue(cut.contains("is damaged (its " + stored.length / 2 + " bytes end within the model)"), cut);
            assertEquals(List.of(subject + "is damaged (its " + stored.length / 2 + " bytes end within the model)"),
                    database.check().problems());

            setPackedModel(database, stored);
            assertEquals(List.of(), database.check().problems(), "the stored bytes read as before");
            database.inTransaction(em -> em.createNativeQuery("DELETE FROM STATISTICAL_MODEL").executeUpdate());
            String missing = assertOneLineToDo(() -> database.statisticalModels().find(RA2));
            assertTrue(missing.contains("is missing (its row is gone)"), missing);
            assertEquals(List.of(subject + "is missing (its row is gone)"), database.check().problems());
        }
    }

    private static byte[] packedModel(ResultsDatabase database) {
        return database.read(em -> (byte[]) em.createNativeQuery("SELECT PACKED FROM STATISTICAL_MODEL")
                .getSingleResult());
    }

    private static void setPackedModel(ResultsDatabase database, byte[] packed) {
        database.inTransaction(em -> em.createNativeQuery("UPDATE STATISTICAL_MODEL SET PACKED = ?")
                .setParameter(1, packed).executeUpdate());
    }

    /** Changes a model's stored yields behind the tool's back, as an SQL client could. */
    static void setYields(ResultsDatabase database, String model, Consumer<List<SignalYield>> change) {
        database.inTransaction(em -> {
            byte[] stored = (byte[]) em.createNativeQuery("SELECT YIELDS FROM SIGNAL_MODEL WHERE NAME = ?")
                    .setParameter(1, model).getSingleResult();
            List<SignalYield> yields = new ArrayList<>(PackedYields.unpack(stored).orElseThrow());
            change.accept(yields);
            return em.createNativeQuery("UPDATE SIGNAL_MODEL SET YIELDS = ? WHERE NAME = ?")
                    .setParameter(1, PackedYields.pack(yields)).setParameter(2, model).executeUpdate();
        });
    }

    /** A run whose model is gone (its foreign key dropped, as a damaged index would let happen). */
    @Test
    void aRunOfAModelThatIsNotStoredIsFound() {
        createDatabase();
        try (ResultsDatabase database = open()) {
            database.runs().store(new AnalysisRun(RA2, "flat", "greedy-q", "hybrid", List.of(1), "", 2, 5, 1, 1, 6,
                    0.01, 2.3, 0.2, 0.8, 4.5, new ExpectedLimits(1.9, 2.6, 3.5, 4.9, 6.6), 2.25,
                    Instant.parse("2026-12-06T12:00:00Z"), "", null, null, 0.1, 0.1));
            database.inTransaction(em -> {
                for (Object constraint : em.createNativeQuery("SELECT c.CONSTRAINTNAME FROM SYS.SYSCONSTRAINTS c"
                        + " JOIN SYS.SYSTABLES t ON c.TABLEID = t.TABLEID WHERE t.TABLENAME = 'ANALYSIS_RUN'"
                        + " AND c.TYPE = 'F'").getResultList()) {
                    em.createNativeQuery("ALTER TABLE ANALYSIS_RUN DROP CONSTRAINT " + constraint).executeUpdate();
                }
                return em.createNativeQuery("UPDATE ANALYSIS_RUN SET MODEL_ID = MODEL_ID + 1000").executeUpdate();
            });
            assertEquals(List.of("1 runs of a signal model that is not stored"), database.check().problems());
        }
    }

    /** Models stored by overlapping scans keep their digest, and read back. */
    @Test
    void aModelStoredIfAbsentHasItsDigest() {
        createDatabase();
        var model = new SignalModel("scan point", "test", Map.of(), 2, "", Collections.nCopies(160,
                new SignalYield(0.5, 0.05)));
        try (ResultsDatabase database = open()) {
            assertTrue(database.signalModels().storeIfAbsent(RA2, model));
            assertFalse(database.signalModels().storeIfAbsent(RA2, model));
            assertEquals(model, database.signalModels().get(Ra2Search.ANALYSIS.name(), "scan point"));
            assertEquals(List.of(), database.check().notes());
        }
    }

    /** The read fails with a DatabaseException of one line that names the check and no Java internals. */
    private static String assertOneLineToDo(Executable read) {
        String message = assertThrows(DatabaseException.class, read).getMessage();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains("run `miniana db check`"), message);
        assertTrue(message.contains("backup"), message);
        assertFalse(message.contains("Exception") || message.contains("EclipseLink") || message.contains("java."),
                message);
        return message;
    }

    private static void zeroPage(Path container, long page) throws IOException {
        try (FileChannel file = FileChannel.open(container, StandardOpenOption.WRITE)) {
            file.write(ByteBuffer.allocate(PAGE), page * PAGE);
        }
    }
}
