/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.miniana.core.AnalysisRun;
import org.miniana.core.LikelihoodResult;
import org.miniana.core.Ra2Search;
import org.miniana.core.RunMethod;
import org.miniana.core.SearchResult;
import org.miniana.core.SignalModel;
import org.miniana.core.SignalYield;
import org.miniana.core.model.Channel;
import org.miniana.core.model.Modifier;
import org.miniana.core.model.NuisanceParameter;
import org.miniana.core.model.Sample;
import org.miniana.core.model.StatisticalModel;
import org.miniana.data.datacard.CardLocation;
import org.miniana.data.datacard.CombineCards;
import org.miniana.data.datacard.ProcessMapping;
import org.miniana.data.datacard.Ra2DatacardImporter;
import org.miniana.data.internal.PackedModel;
import org.miniana.data.internal.PackedYields;
import org.miniana.data.internal.SignalModelEntity;
import org.miniana.stats.ExpectedLimits;

import jakarta.persistence.EntityManager;

/** The full statistical model in the database, its export as cards, and the upgrades from older schemas. */
class StatisticalModelStoreTest {

    @TempDir
    Path folder;

    private static Ra2DatacardImporter.CardSearch bundledSearch() throws Exception {
        var cards = Ra2DatacardImporter.bundled();
        return Ra2DatacardImporter.readSearch(cards, cards, cards, warning -> {
        });
    }

    @Test
    void theRa2ModelHasEveryCard() throws Exception {
        StatisticalModel model = bundledSearch().model();
        assertEquals(520, model.channels().size());
        assertEquals(160, model.searchBins().size());
        assertEquals(360, model.controlRegions().size());
        // /work/shared/data/README.md: 2,028 distinct nuisance names over all cards
        assertEquals(2028, model.parameters().size());
        assertEquals(360 + 1, model.parameters().stream().filter(p -> p.type() == NuisanceParameter.Type.LN_U).count(),
                "the 360 control-region normalisations and the signal's METResolutionSys");
        assertEquals(21963, model.searchBins().stream().mapToLong(channel -> channel.observed()).sum());
    }

    @Test
    void storesAndReadsBackTheWholeModel() throws Exception {
        StatisticalModel model = bundledSearch().model();
        try (ResultsDatabase database = DefaultDatabase.open(folder.resolve("db"), message -> {
        })) {
            assertSameModel(model, database.statisticalModels().find(Ra2Search.ANALYSIS.name()).orElseThrow());
            assertEquals(bundledSearch().result(), database.searchResults().get(Ra2Search.ANALYSIS.name()));
        }
    }

    @Test
    void exportedCardsReadBackToTheSameModelAndPredictions() throws Exception {
        var search = bundledSearch();
        var bundled = Ra2DatacardImporter.bundled();
        String statistical = ProcessMapping.read(bundled, Ra2DatacardImporter.PROCESS_MAPPING, Ra2Search.PROCESSES)
                .statisticalPattern();
        Path cards = folder.resolve("cards");
        CombineCards.write(search.model(), search.result(), statistical, cards);
        var location = CardLocation.directory(cards);
        var reread = Ra2DatacardImporter.readSearch(location, location, location, warning -> {
        });
        assertSameModel(search.model(), reread.model());
        assertEquals(search.result(), reread.result());
        // Combine reads these cards too: plain counting syntax, the signal placeholder kept
        String bin0 = Files.readString(cards.resolve("SR/card_signal0.txt"));
        assertTrue(bin0.contains("rate SIGNAL 982.78689 0.57141 747.75679 0.25 3146.16769 63.22"), bin0);
        assertTrue(bin0.contains("#the tag = NJets0_BTags0_MHT0_HT0"), bin0);
    }

    @Test
    void exportRefusesAFolderThatHoldsSomething() throws Exception {
        var search = bundledSearch();
        Files.writeString(folder.resolve("keep.txt"), "mine");
        var error = assertThrows(IllegalArgumentException.class, () -> CombineCards.write(search.model(), search.result(), ".*",
                folder));
        assertTrue(error.getMessage().contains("not empty"), error.getMessage());
        assertEquals(List.of(folder.resolve("keep.txt")), Files.list(folder).toList());
    }

    /**
     * A database written by the previous release (schema 1: the RA2 result with the empty-region
     * placeholders counted, one simulated model and one run) is refused with the command to run,
     * and that command upgrades it keeping the model and the run.
     */
    @Test
    void upgradesARealSchema1Database() throws Exception {
        Path database = unzip("/resources/schema-1-database.zip", folder).resolve("db");
        var refused = assertThrows(DatabaseException.class, () -> DefaultDatabase.open(database, message -> {
        }).close());
        assertTrue(refused.getMessage().contains("schema version 1"), refused.getMessage());
        assertTrue(refused.getMessage().contains("miniana db upgrade"), refused.getMessage());

        List<String> upgrade = new ArrayList<>();
        try (ResultsDatabase upgraded = DefaultDatabase.open(database, message -> {
        }, upgrade::add)) {
            assertTrue(upgrade.get(upgrade.size() - 1).contains("from schema version 1 to " + ResultsDatabase.SCHEMA_VERSION), upgrade.toString());
            SearchResult ra2 = upgraded.searchResults().get(Ra2Search.ANALYSIS.name());
            assertEquals(bundledSearch().result(), ra2);
            assertSameModel(bundledSearch().model(), upgraded.statisticalModels().find(Ra2Search.ANALYSIS.name()).orElseThrow());
            assertEquals(1, upgraded.signalModels().names(Ra2Search.ANALYSIS.name()).size());
            assertFalse(upgraded.runs().forModel(Ra2Search.ANALYSIS.name(), upgraded.signalModels().names(Ra2Search.ANALYSIS.name()).get(0)).isEmpty(),
                    "the run made with schema 1 is kept");
            IntegrityReport check = upgraded.check();
            assertEquals("healthy", check.verdict(), check.problems().toString());
            assertEquals(List.of(), check.notes(), "the upgrade records every digest, after correcting the predictions");
        }
        // once upgraded it opens as any current database
        try (ResultsDatabase reopened = DefaultDatabase.open(database, message -> {
        })) {
            assertNotEquals(0, reopened.searchResults().names().size());
        }
    }

    /**
     * A database written by the previous release (schema 5: the RA2 result and model, the simulated
     * T1tttt_1500_100 and a run of it, made with 'miniana analyze') is extended on opening: the model
     * and its run are kept, another search may then store a model of the same name, and a name is
     * still unique within its search.
     */
    @Test
    void upgradesARealSchema5DatabaseToModelNamesPerSearch() throws Exception {
        Path location = unzip("/resources/schema-5-database.zip", folder).resolve("db");
        String ra2 = Ra2Search.ANALYSIS.name();
        String name = "T1tttt_1500_100";
        List<String> messages = new ArrayList<>();
        try (ResultsDatabase database = DefaultDatabase.open(location, message -> {
        }, messages::add)) {
            assertEquals(List.of(name), database.signalModels().names(ra2));
            // the model's rows, packed: equal to the cards' model and to the digest schema 5 recorded from the rows
            StatisticalModel packed = database.statisticalModels().find(ra2).orElseThrow();
            assertSameModel(bundledSearch().model(), packed);
            assertEquals(database.read(em -> em.createNativeQuery("SELECT MODELDIGEST FROM ANALYSIS")
                    .getSingleResult()), ContentDigest.of(packed));
            assertEquals(List.of(), modelRowTables(database), "the tables of the rows are dropped");
            SignalModel kept = database.signalModels().get(ra2, name);
            assertEquals(1500, kept.parameters().get("mGluino"));
            List<AnalysisRun> runs = database.runs().forModel(ra2, name);
            assertEquals(1, runs.size(), "the run made with schema 5 is kept");
            assertEquals(18, runs.get(0).observed());

            database.searchResults().store(SignalModelStoreTest.secondSearch("second search"));
            SignalModel twin = SignalModelStoreTest.model(name, 5);
            database.signalModels().store("second search", List.of(twin), false);
            assertEquals(kept, database.signalModels().get(ra2, name));
            assertEquals(twin, database.signalModels().get("second search", name));
            assertEquals(runs, database.runs().forModel(ra2, name));
            assertEquals(List.of(), database.runs().forModel("second search", name));
            SignalModelStoreTest.assertUniqueInTable(database, ra2, name);
            IntegrityReport check = database.check();
            assertEquals("healthy", check.verdict(), check.problems().toString());
            assertEquals(List.of(), check.notes());
        }
        assertTrue(messages.stream().anyMatch(message -> message.contains("from schema version 5 to "
                + ResultsDatabase.SCHEMA_VERSION) && message.contains("Signal model names are now unique per search")
                && message.contains("(1 models kept with their runs)") && !message.contains("The yields of")
                && message.contains("The full statistical models of 1 searches are now kept packed in one row")),
                messages.toString());
        // once upgraded it opens as any current database, with nothing more to do
        messages.clear();
        try (ResultsDatabase reopened = DefaultDatabase.open(location, message -> {
        }, messages::add)) {
            assertEquals(2, reopened.signalModels().count());
        }
        assertTrue(messages.get(messages.size() - 1).contains("nothing to do"), messages.toString());
    }

    /** The tables of the statistical model's rows before schema 7 that the database has. */
    @SuppressWarnings("unchecked")
    private static List<String> modelRowTables(ResultsDatabase database) {
        return database.read(em -> (List<String>) em.createNativeQuery("SELECT TABLENAME FROM SYS.SYSTABLES"
                + " WHERE TABLENAME LIKE 'MODEL_%' ORDER BY TABLENAME").getResultList());
    }

    /**
     * Back to the statistical models of schema 6 and before: a row per parameter, channel, sample
     * and modifier, as those schemas' entities made them (ids from one sequence), inserted in reverse
     * order so that only the positions give the order.
     */
    private static void unpackStatisticalModels(EntityManager em) {
        Connection connection = em.unwrap(Connection.class);
        try (Statement statement = connection.createStatement()) {
            for (String table : List.of("MODEL_PARAMETER (ID BIGINT NOT NULL PRIMARY KEY, CONTROLCOUNT BIGINT,"
                    + " NAME VARCHAR(200) NOT NULL, POSITION INTEGER, TYPE VARCHAR(8) NOT NULL,"
                    + " ANALYSIS_ID BIGINT REFERENCES ANALYSIS (ID))",
                    "MODEL_CHANNEL (ID BIGINT NOT NULL PRIMARY KEY, CARD VARCHAR(1000) NOT NULL, NAME VARCHAR(200) NOT"
                            + " NULL, OBSERVED BIGINT, POSITION INTEGER, SEARCHBIN INTEGER, TAG VARCHAR(200) NOT NULL,"
                            + " ANALYSIS_ID BIGINT REFERENCES ANALYSIS (ID))",
                    "MODEL_SAMPLE (ID BIGINT NOT NULL PRIMARY KEY, NAME VARCHAR(200) NOT NULL, POSITION INTEGER,"
                            + " PROCESS VARCHAR(100) NOT NULL, RATE DOUBLE, SIGNALSAMPLE SMALLINT DEFAULT 0,"
                            + " CHANNEL_ID BIGINT REFERENCES MODEL_CHANNEL (ID))",
                    "MODEL_MODIFIER (ID BIGINT NOT NULL PRIMARY KEY, FACTORDOWN DOUBLE, FACTORUP DOUBLE,"
                            + " PARAMETERPOSITION INTEGER, SAMPLE_ID BIGINT REFERENCES MODEL_SAMPLE (ID))",
                    "MODEL_ID_SEQUENCE (SEQ_NAME VARCHAR(50) NOT NULL PRIMARY KEY, SEQ_COUNT DECIMAL(15,0))")) {
                statement.executeUpdate("CREATE TABLE " + table);
            }
            long id = 0;
            try (ResultSet model = statement.executeQuery("SELECT ANALYSIS_ID, PACKED FROM STATISTICAL_MODEL");
                    PreparedStatement parameters = connection.prepareStatement(
                            "INSERT INTO MODEL_PARAMETER VALUES (?, ?, ?, ?, ?, ?)");
                    PreparedStatement channels = connection.prepareStatement(
                            "INSERT INTO MODEL_CHANNEL VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement samples = connection.prepareStatement(
                            "INSERT INTO MODEL_SAMPLE VALUES (?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement modifiers = connection.prepareStatement(
                            "INSERT INTO MODEL_MODIFIER VALUES (?, ?, ?, ?, ?)")) {
                while (model.next()) {
                    long analysis = model.getLong(1);
                    PackedModel.Parts parts = PackedModel.unpack(model.getBytes(2));
                    for (int p = parts.parameters().size() - 1; p >= 0; p--) {
                        NuisanceParameter parameter = parts.parameters().get(p);
                        insert(parameters, ++id, parameter.controlCount(), parameter.name(), p,
                                parameter.type().keyword(), analysis);
                    }
                    for (int c = parts.channels().size() - 1; c >= 0; c--) {
                        Channel channel = parts.channels().get(c);
                        long channelId = ++id;
                        insert(channels, channelId, channel.card(), channel.name(), channel.observed(), c,
                                channel.searchBin(), channel.tag(), analysis);
                        for (int s = channel.samples().size() - 1; s >= 0; s--) {
                            Sample sample = channel.samples().get(s);
                            long sampleId = ++id;
                            insert(samples, sampleId, sample.name(), s, sample.process(), sample.rate(),
                                    sample.signal() ? 1 : 0, channelId);
                            for (Modifier modifier : sample.modifiers().reversed()) {
                                insert(modifiers, ++id, modifier.down(), modifier.up(), modifier.parameter(), sampleId);
                            }
                        }
                    }
                }
                for (PreparedStatement batch : List.of(parameters, channels, samples, modifiers)) {
                    batch.executeBatch();
                }
            }
            statement.executeUpdate("INSERT INTO MODEL_ID_SEQUENCE VALUES ('MODEL_IDS', " + id + ")");
            statement.executeUpdate("DROP TABLE STATISTICAL_MODEL");
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static void insert(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
    }

    /** Back to the yields of schema 4 and before: a row per bin in SIGNAL_YIELD. */
    @SuppressWarnings("unchecked")
    private static void unpackSignalYields(EntityManager em) {
        em.createNativeQuery("CREATE TABLE SIGNAL_YIELD (MODEL_ID BIGINT NOT NULL, YIELD_VALUE DOUBLE,"
                + " MC_STAT_ERROR DOUBLE, BIN_INDEX INTEGER)").executeUpdate();
        for (Object[] model : (List<Object[]>) em.createNativeQuery("SELECT ID, YIELDS FROM SIGNAL_MODEL")
                .getResultList()) {
            List<SignalYield> yields = PackedYields.unpack((byte[]) model[1]).orElseThrow();
            for (int bin = 0; bin < yields.size(); bin++) {
                em.createNativeQuery("INSERT INTO SIGNAL_YIELD VALUES (?, ?, ?, ?)").setParameter(1, model[0])
                        .setParameter(2, yields.get(bin).value()).setParameter(3, yields.get(bin).mcStatError())
                        .setParameter(4, bin).executeUpdate();
            }
        }
        for (String dropped : List.of("SIGNAL_MODEL DROP COLUMN YIELDS", "ANALYSIS_RUN DROP COLUMN MODEL_YIELDS")) {
            em.createNativeQuery("ALTER TABLE " + dropped).executeUpdate();
        }
    }

    /** The columns that schema 3 added to the runs: the full likelihood's results. */
    private static final List<String> SCHEMA_3_COLUMNS = List.of("FULLMETHOD", "FULLBESTFITSTRENGTH",
            "FULLOBSERVEDLIMIT", "FULLEXPECTEDMINUS2", "FULLEXPECTEDMINUS1", "FULLEXPECTEDMEDIAN", "FULLEXPECTEDPLUS1",
            "FULLEXPECTEDPLUS2", "FULLOBSERVEDSIGNIFICANCE", "FULLEXPECTEDSIGNIFICANCE");
    /** The columns that schema 4 added to the runs: the merged bin's expected band and the method. */
    private static final List<String> SCHEMA_4_COLUMNS = List.of("EXPECTEDSIGNALLIMITMINUS2",
            "EXPECTEDSIGNALLIMITMINUS1", "EXPECTEDSIGNALLIMITPLUS1", "EXPECTEDSIGNALLIMITPLUS2", "ERRORCOMBINATION",
            "PVALUEMETHOD", "FULLLIKELIHOODTOYS", "SEED");

    /**
     * Schemas 2 and 3 lacked only columns of the runs: such a database is extended on opening, keeps
     * its runs (without what they did not store), and then stores runs with everything.
     */
    @Test
    void aSchema2DatabaseIsExtendedOnOpening() throws Exception {
        assertExtendedOnOpening(2, concat(SCHEMA_3_COLUMNS, SCHEMA_4_COLUMNS));
    }

    @Test
    void aSchema3DatabaseIsExtendedOnOpening() throws Exception {
        assertExtendedOnOpening(3, SCHEMA_4_COLUMNS);
    }

    /** Schema 4 kept a row per bin of each model: opening packs them into the model's row, in bin order. */
    @Test
    void aSchema4DatabaseIsExtendedOnOpening() throws Exception {
        assertExtendedOnOpening(4, List.of());
    }

    /** Schema 6 kept the statistical model a row per part: opening packs it into one row per search. */
    @Test
    void aSchema6DatabaseIsExtendedOnOpening() throws Exception {
        assertExtendedOnOpening(6, List.of());
    }

    /**
     * Schema 8 runs lacked their details: opening adds the columns, the runs read without details
     * (not lossless: they show their numbers only) and new runs keep theirs.
     */
    @Test
    void aSchema8DatabaseIsExtendedOnOpening() throws Exception {
        assertExtendedOnOpening(8, List.of());
    }

    /** The columns that schema 9 added to the runs: their details. */
    private static final List<String> SCHEMA_9_COLUMNS = List.of("DETAILS", "STATISTICS", "MODELREVISION",
            "SIGNALERRORSOURCE");

    private void assertExtendedOnOpening(int version, List<String> addedSince) throws Exception {
        Path location = folder.resolve("db");
        // a yield of its own in every bin, so that a bin moved on the way shows
        SignalModel model = new SignalModel("flat", "test", Map.of(), 1, "", IntStream.range(0, 160)
                .mapToObj(bin -> new SignalYield(1 + bin / 64.0, 0.1)).toList());
        // stored with details, which a database of the old schema has no columns for
        AnalysisRun oneBin = AnalysisRunStoreTest.withDetails(run(model, null), AnalysisRunStoreTest.details(model));
        try (ResultsDatabase database = DefaultDatabase.open(location, message -> {
        })) {
            database.signalModels().store(Ra2Search.ANALYSIS.name(), List.of(model), false);
            database.runs().store(oneBin);
            // back to the old schema: the columns added since did not exist
            database.inTransaction(em -> {
                for (String column : addedSince) {
                    em.createNativeQuery("ALTER TABLE ANALYSIS_RUN DROP COLUMN " + column).executeUpdate();
                }
                // every version tested here is older than 9: no details of runs
                for (String column : SCHEMA_9_COLUMNS) {
                    em.createNativeQuery("ALTER TABLE ANALYSIS_RUN DROP COLUMN " + column).executeUpdate();
                }
                if (version < 8) {
                    // and no signal errors of runs, no variations of models
                    for (String column : List.of("SIGNALERRORUP", "SIGNALERRORDOWN")) {
                        em.createNativeQuery("ALTER TABLE ANALYSIS_RUN DROP COLUMN " + column).executeUpdate();
                    }
                    em.createNativeQuery("ALTER TABLE SIGNAL_MODEL DROP COLUMN VARIATIONS").executeUpdate();
                }
                if (version < 4) {
                    // and the table of scans and the content digests, new in schema 4
                    em.createNativeQuery("DROP TABLE SCAN").executeUpdate();
                    for (String column : List.of("RESULTDIGEST", "MODELDIGEST")) {
                        em.createNativeQuery("ALTER TABLE ANALYSIS DROP COLUMN " + column).executeUpdate();
                    }
                    em.createNativeQuery("ALTER TABLE SIGNAL_MODEL DROP COLUMN DIGEST").executeUpdate();
                }
                if (version < 5) {
                    // and the yields a row per bin
                    unpackSignalYields(em);
                }
                if (version < 6) {
                    // and model names unique across the database
                    em.createNativeQuery("ALTER TABLE SIGNAL_MODEL DROP CONSTRAINT " + SignalModelEntity.UNIQUE_NAME)
                            .executeUpdate();
                    em.createNativeQuery("ALTER TABLE SIGNAL_MODEL ADD UNIQUE (NAME)").executeUpdate();
                }
                if (version < 7) {
                    // and the statistical model a row per part
                    unpackStatisticalModels(em);
                }
                return em.createNativeQuery("UPDATE SCHEMA_VERSION SET VERSION = " + version).executeUpdate();
            });
        }
        AnalysisRun withFull = AnalysisRunStoreTest.withDetails(run(model, new LikelihoodResult("asymptotic", 0.1, 0.5,
                0.2, 0.25, 0.3, 0.4, 0.5, 0.4, 2.5)), AnalysisRunStoreTest.details(model));
        List<String> messages = new ArrayList<>();
        try (ResultsDatabase database = DefaultDatabase.open(location, message -> {
        }, messages::add)) {
            ExpectedLimits medianOnly = new ExpectedLimits(Double.NaN, Double.NaN,
                    oneBin.expectedSignalLimit(), Double.NaN, Double.NaN);
            // a run of schema 8 had everything but its details (schema 9); of schema 4 also not the signal's
            // errors (schema 8); earlier ones also lacked the bands and the method
            AnalysisRun kept = new AnalysisRun(oneBin.analysis(), oneBin.model(), oneBin.optimizer(),
                    oneBin.figureOfMerit(), oneBin.bins(), oneBin.selection(), oneBin.signal(), oneBin.background(),
                    oneBin.backgroundUp(), oneBin.backgroundDown(), oneBin.observed(), oneBin.expectedPValue(),
                    oneBin.expectedSignificance(), oneBin.observedPValue(), oneBin.observedSignificance(),
                    oneBin.signalLimit(), version >= 4 ? oneBin.expectedSignalLimits() : medianOnly,
                    oneBin.signalStrengthLimit(), oneBin.timestamp(), oneBin.reportLocation(), null,
                    version >= 4 ? oneBin.method() : null, version >= 8 ? oneBin.signalErrorUp() : Double.NaN,
                    version >= 8 ? oneBin.signalErrorDown() : Double.NaN);
            assertEquals(version >= 8, kept.recordsSignalErrors());
            assertTrue(kept.recorded().isEmpty());
            assertEquals(List.of(kept), database.runs().forModel(Ra2Search.ANALYSIS.name(), "flat"));
            database.runs().store(withFull);
            assertEquals(List.of(kept, withFull), database.runs().forModel(Ra2Search.ANALYSIS.name(), "flat"));
            assertEquals(List.of(), database.scans().list(), "the scans' table is made");
            assertEquals(List.of(), database.check().notes(), "every digest is recorded");
            assertEquals(model, database.signalModels().get(Ra2Search.ANALYSIS.name(), "flat"), "the yields are packed in bin order");
            assertSameModel(bundledSearch().model(), database.statisticalModels().find(Ra2Search.ANALYSIS.name())
                    .orElseThrow());
            assertEquals(List.of(), modelRowTables(database), "the tables of the rows are dropped");
            // and checked from then on
            IntegrityTest.setYields(database, "flat", yields -> yields.set(0, new SignalYield(3, 0.1)));
            var changed = assertThrows(DamagedDataException.class, () -> database.signalModels().get(Ra2Search.ANALYSIS.name(), "flat"));
            assertTrue(changed.getMessage().contains("changed outside the tool"), changed.getMessage());
        }
        assertTrue(messages.stream().anyMatch(message -> message.contains("from schema version " + version + " to "
                + ResultsDatabase.SCHEMA_VERSION)), messages.toString());
        int recorded = version < 4 ? 1 : 0;
        assertTrue(messages.stream().anyMatch(message -> message.contains("The yields of 1 signal models are now kept"
                + " in one row per model") == version < 5 && message.contains("Signal model names are now unique per"
                + " search") == version < 6 && message.contains("The full statistical models of 1 searches are now"
                + " kept packed in one row per search") == version < 7 && message.contains("Content digests are now recorded and checked on every"
                + " read: for " + recorded + " search results, " + recorded + " statistical models and " + recorded
                + " signal models.") && message.contains("Runs now keep every option that made them, their cuts as"
                + " ranges and their per-process yields")), messages.toString());
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** Toys that never reach the median signal's q0 give an infinite expected Z: it is kept. */
    @Test
    void anInfiniteSignificanceFromToysIsStored() throws Exception {
        SignalModel model = new SignalModel("flat", "test", Map.of(), 1, "", java.util.Collections.nCopies(160,
                new SignalYield(1, 0.1)));
        AnalysisRun toys = run(model, new LikelihoodResult("toys", 0, 0.59, 0.05, 0.19, 0.26, 0.31, 0.39, 0,
                Double.POSITIVE_INFINITY));
        try (ResultsDatabase database = DefaultDatabase.open(folder.resolve("db"), message -> {
        })) {
            database.signalModels().store(Ra2Search.ANALYSIS.name(), List.of(model), false);
            database.runs().store(toys);
            assertEquals(List.of(toys), database.runs().forModel(Ra2Search.ANALYSIS.name(), "flat"));
        }
    }

    static AnalysisRun run(SignalModel model, LikelihoodResult full) {
        return new AnalysisRun(Ra2Search.ANALYSIS.name(), model.name(), "greedy-q", "hybrid", List.of(1, 2), "", 2, 5,
                1, 1, 6, 0.01, 2.3, 0.2, 0.8, 4.5, new ExpectedLimits(1.9, 2.6, 3.5, 4.9, 6.6), 2.25,
                Instant.parse("2026-12-05T12:00:00Z"), "", full, new RunMethod("uncorrelated", "toys",
                        full == null ? 0 : 100, 7L), 0.05, 0.04);
    }

    /** Equal models, or a failure naming the first parameter or channel that differs (not a 2 MB dump). */
    static void assertSameModel(StatisticalModel expected, StatisticalModel actual) {
        assertEquals(expected.parameters().size(), actual.parameters().size(), "parameters");
        for (int i = 0; i < expected.parameters().size(); i++) {
            assertEquals(expected.parameters().get(i), actual.parameters().get(i), "parameter " + i);
        }
        assertEquals(expected.channels().size(), actual.channels().size(), "channels");
        for (int i = 0; i < expected.channels().size(); i++) {
            assertEquals(expected.channels().get(i), actual.channels().get(i), "channel " + i);
        }
        assertEquals(expected, actual);
    }

    static Path unzip(String resource, Path target) throws IOException {
        try (InputStream in = StatisticalModelStoreTest.class.getResourceAsStream(resource);
                ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path path = target.resolve(entry.getName()).normalize();
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(zip, path);
                }
            }
        }
        return target;
    }
}
