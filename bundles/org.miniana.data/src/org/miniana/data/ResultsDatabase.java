/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.exceptions.EclipseLinkException;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.miniana.core.FailureMessages;
import org.miniana.data.internal.AnalysisEntity;
import org.miniana.data.internal.SchemaVersionEntity;
import org.miniana.data.internal.SignalModelEntity;
import org.miniana.data.io.DataFiles;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;

/**
 * The results database: published search results (and, later, signal models and analysis
 * runs) stored through JPA in Apache Derby. One instance holds one connection pool; close it to
 * release the embedded database for other processes.
 */
public final class ResultsDatabase implements AutoCloseable {

    /**
     * The schema this code writes; databases written with another version are refused. Any change
     * to the entities must raise it: a database of the current version is opened without checking
     * its tables.
     */
    public static final int SCHEMA_VERSION = 9;
    /** The oldest schema that {@code miniana db upgrade} brings to the current one. */
    public static final int UPGRADABLE_VERSION = 1;
    /**
     * The oldest schema that only lacks what later versions add (version 3: the full likelihood's
     * results of a run; version 4: the run's expected-limit bands and method, the scans' table;
     * version 5: yields packed in their model's row, runs that keep the yields they were made with;
     * version 6: model names unique per analysis, not across the database; version 7: a statistical
     * model packed in one row per search; version 8: signal models' systematic variations, runs' signal errors;
     * version 9: runs' details, from which they are drawn and resumed):
     * opening extends its tables and records the current version, no command needed.
     */
    static final int OLDEST_EXTENDED_VERSION = 2;
    /** The command that upgrades a database, named in messages. */
    public static final String UPGRADE_COMMAND = "miniana db upgrade";

    private final ReentrantLock writer = new ReentrantLock();

    /**
     * Bins per analysis id, for the check of every model read (a scan reads a model per point): an
     * analysis's bins never change once stored.
     */
    private final Map<Long, Long> binCounts = new ConcurrentHashMap<>();

    /** Named by string: the package is exported by a fragment of Derby, which Tycho cannot compile against. */
    private static final String DERBY_EMBEDDED_DRIVER = "org.apache.derby.iapi.jdbc.AutoloadedDriver";
    private static final String DERBY_CLIENT_DRIVER = "org.apache.derby.client.ClientAutoloadedDriver";
    /** Derby's SQL state for "the database is booted by another JVM". */
    private static final String DERBY_ALREADY_BOOTED = "XSDB6";
    /** Derby's SQL states for a missing table and a missing schema (a new database). */
    private static final String DERBY_NO_TABLE = "42X05";
    private static final String DERBY_NO_SCHEMA = "42Y07";
    /**
     * Derby's SQL states (their first four characters) of damaged files: data pages and containers,
     * raw store, the log, heap and B-tree conglomerates.
     */
    private static final List<String> DERBY_DAMAGE_STATES = List.of("XSDG", "XSDB", "XSDF", "XSLA", "XSLB", "XSCH",
            "XSCB", "XSAI", "XSRS");
    /** Derby's SQL state for a Java exception inside Derby. */
    private static final String DERBY_JAVA_EXCEPTION = "XJ001";
    /** Derby's SQL state for a successful shutdown of one database. */
    private static final String DERBY_DATABASE_SHUT_DOWN = "08006";

    private final EntityManagerFactory factory;
    private final String description;
    private final EmbeddedOwner owner;

    private ResultsDatabase(EntityManagerFactory factory, String description, EmbeddedOwner owner) {
        this.factory = factory;
        this.description = description;
        this.owner = owner;
    }

    /** Opens, creating it if needed, the embedded database in {@code directory}. */
    public static ResultsDatabase openEmbedded(Path directory) {
        return openEmbedded(directory, new Properties(), null);
    }

    /**
     * Opens the embedded database in {@code directory}; with {@code upgrade} non-null, a database of
     * an older schema is brought to the current one, and {@code upgrade} receives what was done.
     */
    public static ResultsDatabase openEmbedded(Path directory, Consumer<String> upgrade) {
        return openEmbedded(directory, new Properties(), upgrade);
    }

    /**
     * Opens the embedded database with Derby connection properties (team mode: the owner's
     * login, which closing it needs too), upgrading an older schema when {@code upgrade} is non-null.
     */
    static ResultsDatabase openEmbedded(Path directory, Properties login, Consumer<String> upgrade) {
        Path absolute = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new DatabaseException("Cannot create the folder of the database " + absolute + ": " + e.getMessage(), e);
        }
        // Derby has one log per process; named after the database, so that the databases of one
        // folder do not overwrite each other's log.
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file",
                    absolute.resolveSibling(absolute.getFileName() + ".derby.log").toString());
        }
        var owner = new EmbeddedOwner(absolute, login);
        return open(new DriverDataSource(DERBY_EMBEDDED_DRIVER, "jdbc:derby:" + absolute + ";create=true", login, null),
                absolute.toString(), owner, upgrade);
    }

    /** Derby puts the reason for a failed boot in the chained "next" exceptions. */
    private static SQLException deepest(SQLException e) {
        SQLException deepest = e;
        while (deepest.getNextException() != null) {
            deepest = deepest.getNextException();
        }
        return deepest.getCause() instanceof SQLException cause ? deepest(cause) : deepest;
    }

    private static DatabaseException inUse(String description, EmbeddedOwner owner, Exception cause) {
        return new DatabaseException("The database " + description + " is in use by "
                + (owner == null ? "another process" : owner.describeHolder())
                + "; close that, or share the database in team mode (miniana db server, then --db-url).", cause);
    }

    /**
     * Opens a database served by a Derby Network Server (team mode), e.g.
     * {@code jdbc:derby://127.0.0.1:1527//data/miniana/db}, with the login that
     * {@link TeamCredentials} holds for it.
     */
    public static ResultsDatabase openServer(String jdbcUrl) {
        return openServer(jdbcUrl, null);
    }

    /** Opens a served database, upgrading an older schema as {@link #openEmbedded(Path, Consumer)} does. */
    public static ResultsDatabase openServer(String jdbcUrl, Consumer<String> upgrade) {
        if (!jdbcUrl.startsWith("jdbc:derby://")) {
            throw new DatabaseException("A Derby Network Server URL starts with jdbc:derby://host:port/, not " + jdbcUrl);
        }
        TeamCredentials.Login login = TeamCredentials.find(jdbcUrl);
        if (login == null) {
            throw new DatabaseException("No login for " + jdbcUrl + " in " + TeamCredentials.location()
                    + ". Whoever runs `miniana db server` finds the line for this server in their credentials file;"
                    + " add it to yours (a private file, chmod 600).");
        }
        var attributes = new Properties();
        attributes.setProperty("user", login.user());
        attributes.setProperty("password", login.password());
        // The tables belong to the owner (schema APP), not to the client's user.
        return open(new DriverDataSource(DERBY_CLIENT_DRIVER, jdbcUrl, attributes, "APP", ServerTimeout.seconds()),
                jdbcUrl, null, upgrade);
    }

    private static ResultsDatabase open(DriverDataSource dataSource, String description, EmbeddedOwner owner,
            Consumer<String> upgrade) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(PersistenceUnitProperties.CLASSLOADER, ResultsDatabase.class.getClassLoader());
        properties.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, dataSource);
        // Checking every table against the entities takes about half a second, so a database that
        // already has this schema version is left as it is.
        properties.put(PersistenceUnitProperties.DDL_GENERATION, hasCurrentSchema(dataSource, description, owner)
                ? PersistenceUnitProperties.NONE : PersistenceUnitProperties.CREATE_OR_EXTEND);
        properties.put(PersistenceUnitProperties.DDL_GENERATION_MODE, PersistenceUnitProperties.DDL_DATABASE_GENERATION);
        properties.put(PersistenceUnitProperties.WEAVING, "false");
        properties.put(PersistenceUnitProperties.LOGGING_LEVEL, "OFF");
        // Signal yields are many small rows: batching their inserts makes imports several times faster.
        properties.put(PersistenceUnitProperties.BATCH_WRITING, "JDBC");
        properties.put(PersistenceUnitProperties.BATCH_WRITING_SIZE, "1000");
        // Without the shared cache (persistence.xml) a read runs a query per table it reads, and each
        // query took a new connection: an entity manager keeps one connection for all its queries.
        properties.put(PersistenceUnitProperties.EXCLUSIVE_CONNECTION_MODE, "Always");
        EntityManagerFactory factory = new PersistenceProvider().createEntityManagerFactory("miniana", properties);
        var database = new ResultsDatabase(factory, description, owner);
        try {
            database.checkSchemaVersion(upgrade);
        } catch (RuntimeException e) {
            database.closeAfterFailedOpen();
            throw e;
        }
        if (owner != null) {
            owner.claim();
        }
        return database;
    }

    /**
     * Whether the database records this schema version. The version row is written only after
     * the tables were made, so with it every table is there.
     */
    private static boolean hasCurrentSchema(DriverDataSource dataSource, String description, EmbeddedOwner owner) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT VERSION FROM SCHEMA_VERSION WHERE ID = ?")) {
            query.setInt(1, SchemaVersionEntity.SINGLETON_ID);
            try (ResultSet result = query.executeQuery()) {
                return result.next() && result.getInt(1) == SCHEMA_VERSION;
            }
        } catch (SQLException e) {
            if (DERBY_NO_TABLE.equals(e.getSQLState()) || DERBY_NO_SCHEMA.equals(e.getSQLState())) {
                return false;
            }
            // Anything else (a refused login, a database in use) is what the user must see.
            throw failure("open", description, owner, e);
        }
    }

    /** The embedded path or server URL, for status lines and messages. */
    public String description() {
        return description;
    }

    private void checkSchemaVersion(Consumer<String> upgrade) {
        inTransaction(em -> {
            SchemaVersionEntity found = em.find(SchemaVersionEntity.class, SchemaVersionEntity.SINGLETON_ID);
            if (found == null) {
                em.persist(new SchemaVersionEntity(SCHEMA_VERSION));
            } else if (found.version() >= OLDEST_EXTENDED_VERSION && found.version() < SCHEMA_VERSION) {
                // the tables were extended on opening (new nullable columns); the runs keep their numbers
                int from = found.version();
                found.upgradeTo(SCHEMA_VERSION);
                String packed = from < 5 ? packedMessage(SchemaUpgrade.packSignalYields(em)) + " " : "";
                String named = from < 6 ? namedMessage(SchemaUpgrade.nameModelsPerAnalysis(em)) + " " : "";
                String statistical = from < 7 ? statisticalMessage(SchemaUpgrade.packStatisticalModels(em)) + " " : "";
                String digests = recordMissingDigests(em);
                String variations = from < 8 ? " " + VARIATIONS_MESSAGE : "";
                if (upgrade != null) {
                    upgrade.accept("Upgraded " + description + " from schema version " + from + " to "
                            + SCHEMA_VERSION + ": " + (from < 4 ? "runs now keep " + (from < 3 ? "the full likelihood's"
                            + " results, " : "") + "the merged bin's expected-limit bands and how they were computed,"
                            + " and scans are kept (runs stored before keep their numbers without these; scans analyse"
                            + " their points again). " : "") + packed + named + statistical + digests + variations + " "
                            + RUN_DETAILS_MESSAGE);
                }
            } else if (found.version() == UPGRADABLE_VERSION && upgrade != null) {
                SchemaUpgrade.fromVersion1(em, upgrade);
                found.upgradeTo(SCHEMA_VERSION);
                int packed = SchemaUpgrade.packSignalYields(em);
                long named = SchemaUpgrade.nameModelsPerAnalysis(em);
                upgrade.accept("Upgraded " + description + " from schema version " + UPGRADABLE_VERSION + " to "
                        + SCHEMA_VERSION + ". " + packedMessage(packed) + " " + namedMessage(named) + " "
                        + recordMissingDigests(em) + " " + RUN_DETAILS_MESSAGE);
            } else if (found.version() == UPGRADABLE_VERSION) {
                throw new DatabaseException("The database " + description + " has schema version " + found.version()
                        + "; this Mini Analysis Workbench reads version " + SCHEMA_VERSION + ". Run '" + UPGRADE_COMMAND
                        + "' once (with the same --db or --db-url): it stores the full statistical model of the"
                        + " bundled RA2 search, corrects its pre-fit background predictions and keeps every model and run.");
            } else if (found.version() != SCHEMA_VERSION) {
                throw new DatabaseException("The database " + description + " has schema version " + found.version()
                        + "; this Mini Analysis Workbench reads version " + SCHEMA_VERSION
                        + ". Use a matching version, or another database (--db).");
            } else if (upgrade != null) {
                upgrade.accept(description + " has schema version " + SCHEMA_VERSION + ", the current one; nothing to do.");
            }
            return null;
        });
    }

    private static final String VARIATIONS_MESSAGE = "Signal models can now keep their systematic variations"
            + " (jet energy scale, b tagging, ISR), which the full likelihood uses in place of the datacards' signal"
            + " terms; models stored before have none: simulate them again with 'miniana models generate"
            + " --replace-older' to get them. Runs now record the signal errors their limits took; runs stored"
            + " before took the signal as exact, and scans analyse their points again.";

    private static final String RUN_DETAILS_MESSAGE = "Runs now keep every option that made them, their cuts as"
            + " ranges and their per-process yields, and are drawn from these alone; runs stored before keep their"
            + " numbers, but their figures and reports need them made again ('miniana analyze' with the same"
            + " options, or Run Analysis), and scans analyse their points again.";

    private static String packedMessage(int models) {
        return "The yields of " + models + " signal models are now kept in one row per model, and runs keep the"
                + " yields they were made with when a model is saved again.";
    }

    private static String statisticalMessage(int models) {
        return "The full statistical models of " + models + " searches are now kept packed in one row per search,"
                + " which reads faster.";
    }

    private static String namedMessage(long models) {
        return "Signal model names are now unique per search, not across the database (" + models + " models kept"
                + " with their runs): another search may now have a model of the same name, and commands find a"
                + " model in the search given with --analysis.";
    }

    /**
     * Records the content digests (new in schema 4) of what was stored without them, from what it
     * reads now; content that reads incomplete keeps none, and {@code miniana db check} names it.
     *
     * @return what was recorded, for the upgrade's message
     */
    private String recordMissingDigests(EntityManager em) {
        int results = 0;
        int models = 0;
        int statistical = 0;
        for (AnalysisEntity analysis : em.createQuery("SELECT a FROM AnalysisEntity a", AnalysisEntity.class)
                .getResultList()) {
            try {
                if (analysis.resultDigest() == null) {
                    analysis.recordResultDigest(ContentDigest.of(searchResults().load(em, analysis)));
                    results++;
                }
                if (analysis.modelDigest() == null) {
                    var model = statisticalModels().load(em, analysis);
                    if (model.isPresent()) {
                        analysis.recordModelDigest(ContentDigest.of(model.get()));
                        statistical++;
                    }
                }
            } catch (DamagedDataException e) {
                // a digest of damaged content would vouch for the damage; db check names it instead
            }
        }
        for (SignalModelEntity model : em.createQuery("SELECT m FROM SignalModelEntity m WHERE m.digest IS NULL",
                SignalModelEntity.class).getResultList()) {
            try {
                model.recordDigest(ContentDigest.of(signalModels().load(em, model)));
                models++;
            } catch (DamagedDataException e) {
                // a digest of damaged content would vouch for the damage; db check names it instead
            }
        }
        return "Content digests are now recorded and checked on every read: for " + results + " search results, "
                + statistical + " statistical models and " + models + " signal models.";
    }

    /**
     * Checks the whole database: Derby's check of every table, every search result and model read
     * as a read does (complete, the digest as stored), and the references between the tables.
     */
    public IntegrityReport check() {
        return new IntegrityCheck(this).run();
    }

    /** How many bins the stored analysis has. */
    long binCount(EntityManager em, AnalysisEntity analysis) {
        return binCounts.computeIfAbsent(analysis.id(), id -> em.createQuery(
                "SELECT COUNT(b) FROM SearchBinEntity b WHERE b.analysis = :a", Long.class)
                .setParameter("a", analysis).getSingleResult());
    }

    /** Published search results. */
    public SearchResultStore searchResults() {
        return new SearchResultStore(this);
    }

    /** The full statistical models of the searches imported from datacards. */
    public StatisticalModelStore statisticalModels() {
        return new StatisticalModelStore(this);
    }

    /** Signal models with their per-bin yields. */
    public SignalModelStore signalModels() {
        return new SignalModelStore(this);
    }

    /**
     * Stores everything read from a set of files in one transaction: all of it, or nothing when
     * any part is refused (an analysis stored already, a model of an unknown analysis, ...).
     */
    public void importAll(DataFiles.Content content, boolean replaceModels) {
        inTransaction(em -> {
            content.searchResults().forEach(result -> searchResults().store(em, result,
                    content.statisticalModels().get(result.analysis().name())));
            try {
                // each file's models are read again one at a time as they are stored
                content.signalModels().forEach(set -> signalModels().store(em, set.analysis(), set, replaceModels));
            } catch (IllegalStateException | UncheckedIOException e) {
                throw new DatabaseException(e.getMessage() + "; nothing was imported", e);
            }
            return null;
        });
    }

    /** Records of designed and tested analyses. */
    public AnalysisRunStore runs() {
        return new AnalysisRunStore(this);
    }

    /** Stored mass scans (their points are runs). */
    public ScanStore scans() {
        return new ScanStore(this);
    }

    <T> T read(Function<EntityManager, T> query) {
        EntityManager em = entityManager();
        try {
            return query.apply(em);
        } catch (PersistenceException | EclipseLinkException e) {
            throw translate("read", e);
        } finally {
            em.close();
        }
    }

    /** A new entity manager; the first one connects, which is where an unusable database shows. */
    private EntityManager entityManager() {
        try {
            return factory.createEntityManager();
        } catch (PersistenceException | EclipseLinkException e) {
            throw translate("open", e);
        }
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
    <T> T inTransaction(Function<EntityManager, T> work) {
        // Derby times out concurrent writers of one table (their lock waits can cross), so the
        // threads of a process write one at a time; reads go on in parallel.
        writer.lock();
        try {
            EntityManager em = entityManager();
            try {
                em.getTransaction().begin();
                T result = work.apply(em);
                em.getTransaction().commit();
                return result;
            } catch (PersistenceException | EclipseLinkException e) {
                throw translate("write", e);
            } finally {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                em.close();
            }
        } finally {
            writer.unlock();
        }
    }

    /** EclipseLink throws its own exceptions from queries, not wrapped as JPA's. */
    private DatabaseException translate(String action, RuntimeException e) {
        return failure(action, description, owner, e);
    }

    /** The user's message for a failed database operation, from the most telling of its causes. */
    private static DatabaseException failure(String action, String description, EmbeddedOwner owner, Exception e) {
        if (ServerTimeout.isTimeout(e)) {
            return new DatabaseException("The server of " + description + " did not answer within "
                    + ServerTimeout.seconds() + " s (stopped, overloaded or unreachable), so the tool stopped waiting;"
                    + " an unfinished write was not stored. Run the command again when the server answers (wait"
                    + " longer with " + ServerTimeout.ENVIRONMENT + "=SECONDS).", e);
        }
        SQLException sql = sqlCause(e);
        if (sql != null) {
            SQLException reason = deepest(sql);
            String state = Objects.requireNonNullElse(reason.getSQLState(), "");
            if (DERBY_ALREADY_BOOTED.equals(state)) {
                return inUse(description, owner, e);
            }
            if (DERBY_DAMAGE_STATES.stream().anyMatch(state::startsWith)) {
                return DamagedDataException.files(description, state + " " + withoutDump(reason.getMessage()), e);
            }
            if (DERBY_JAVA_EXCEPTION.equals(state)) {
                // a failure inside Derby's storage, e.g. a missing container after a damaged page
                return DamagedDataException.files(description, "an internal failure (" + state
                        + ") reading its files", e);
            }
            return new DatabaseException("Cannot " + action + " the database " + description + ": "
                    + firstLine(reason.getMessage()), e);
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return new DatabaseException("Cannot " + action + " the database " + description + ": "
                + firstLine(FailureMessages.of(root)), e);
    }

    /** The first SQL exception among the causes of {@code failure}, or null. */
    static SQLException sqlCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    /** Derby's message of a damaged page, without the page's dump that it appends. */
    private static String withoutDump(String message) {
        String line = firstLine(message);
        int dump = line.indexOf(", page dump follows");
        return dump < 0 ? line : line.substring(0, dump);
    }

    /** Messages are one line: Derby's may go on with a dump of the page or statement. */
    private static String firstLine(String message) {
        return message == null ? "no reason given" : message.lines().findFirst().orElse("").strip();
    }

    @Override
    public void close() {
        if (factory.isOpen()) {
            factory.close();
        }
        if (owner != null) {
            shutDownEmbedded();
            owner.release();
        }
    }

    private void closeAfterFailedOpen() {
        if (factory.isOpen()) {
            factory.close();
        }
        if (owner != null) {
            try {
                shutDownEmbedded();
            } catch (DatabaseException e) {
                // The open failed first; that is what the user must see.
            }
        }
    }

    /** Releases Derby's lock on the files, so that another process (or a later open) can boot it. */
    private void shutDownEmbedded() {
        try {
            new DriverDataSource(DERBY_EMBEDDED_DRIVER, "jdbc:derby:" + owner.directory() + ";shutdown=true",
                    owner.login(), null).getConnection();
        } catch (SQLException e) {
            if (!DERBY_DATABASE_SHUT_DOWN.equals(e.getSQLState())) {
                throw failure("close", description, owner, e);
            }
        }
    }
}
