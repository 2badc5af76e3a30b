/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.miniana.core.Analysis;
import org.miniana.core.BackgroundProcess;
import org.miniana.core.BinYields;
import org.miniana.core.Estimate;
import org.miniana.core.SearchResult;
import org.miniana.data.internal.AnalysisEntity;
import org.miniana.data.internal.BackgroundEstimateEntity;
import org.miniana.data.internal.BackgroundProcessEntity;
import org.miniana.data.internal.SchemaVersionEntity;
import org.miniana.data.internal.SearchBinEntity;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;

/**
 * The results database: published search results (and, later, signal models and analysis
 * runs) stored through JPA in Apache Derby. One instance holds one connection pool; close it to
 * release the embedded database for other processes.
 */
public final class ResultsDatabase implements AutoCloseable {

    /** The schema this code writes; databases written with another version are refused. */
    public static final int SCHEMA_VERSION = 1;

    /** Named by string: the package is exported by a fragment of Derby, which Tycho cannot compile against. */
    private static final String DERBY_EMBEDDED_DRIVER = "org.apache.derby.iapi.jdbc.AutoloadedDriver";
    /** Derby's SQL state for "the database is booted by another JVM". */
    private static final String DERBY_ALREADY_BOOTED = "XSDB6";
    /** Derby's SQL state for a successful shutdown of one database. */
    private static final String DERBY_DATABASE_SHUT_DOWN = "08006";

    private final EntityManagerFactory factory;
    private final String description;
    private final String embeddedUrl;

    private ResultsDatabase(EntityManagerFactory factory, String description, String embeddedUrl) {
        this.factory = factory;
        this.description = description;
        this.embeddedUrl = embeddedUrl;
    }

    /** Opens, creating it if needed, the embedded database in {@code directory}. */
    public static ResultsDatabase openEmbedded(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new DatabaseException("Cannot create the folder of the database " + absolute + ": " + e.getMessage(), e);
        }
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", absolute.resolveSibling("derby.log").toString());
        }
        String url = "jdbc:derby:" + absolute;
        return open(url + ";create=true", absolute.toString(), url);
    }

    private static ResultsDatabase open(String jdbcUrl, String description, String embeddedUrl) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(PersistenceUnitProperties.CLASSLOADER, ResultsDatabase.class.getClassLoader());
        properties.put(PersistenceUnitProperties.JDBC_DRIVER, DERBY_EMBEDDED_DRIVER);
        properties.put(PersistenceUnitProperties.JDBC_URL, jdbcUrl);
        properties.put(PersistenceUnitProperties.DDL_GENERATION, PersistenceUnitProperties.CREATE_OR_EXTEND);
        properties.put(PersistenceUnitProperties.DDL_GENERATION_MODE, PersistenceUnitProperties.DDL_DATABASE_GENERATION);
        properties.put(PersistenceUnitProperties.WEAVING, "false");
        properties.put(PersistenceUnitProperties.LOGGING_LEVEL, "OFF");
        EntityManagerFactory factory = new PersistenceProvider().createEntityManagerFactory("miniana", properties);
        var database = new ResultsDatabase(factory, description, embeddedUrl);
        try {
            database.checkSchemaVersion();
        } catch (PersistenceException e) {
            database.close();
            throw database.translate("open", e);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /** The embedded path or server URL, for status lines and messages. */
    public String description() {
        return description;
    }

    private void checkSchemaVersion() {
        inTransaction(em -> {
            SchemaVersionEntity found = em.find(SchemaVersionEntity.class, SchemaVersionEntity.SINGLETON_ID);
            if (found == null) {
                em.persist(new SchemaVersionEntity(SCHEMA_VERSION));
            } else if (found.version() != SCHEMA_VERSION) {
                throw new DatabaseException("The database " + description + " has schema version " + found.version()
                        + "; this Mini Analysis Workbench reads version " + SCHEMA_VERSION
                        + ". Use a matching version, or another database (--db).");
            }
        });
    }

    public List<String> analysisNames() {
        return read(em -> em.createQuery("SELECT a.name FROM AnalysisEntity a ORDER BY a.name", String.class)
                .getResultList());
    }

    /** Stores a search result in one transaction; there must not be one of the same name yet. */
    public void store(SearchResult result) {
        String name = result.analysis().name();
        inTransaction(em -> {
            if (findAnalysis(em, name).isPresent()) {
                throw new DatabaseException("The database " + description + " already holds the analysis '" + name + "'");
            }
            Analysis analysis = result.analysis();
            var analysisEntity = new AnalysisEntity(name, analysis.sqrtSTeV(), analysis.luminosityInvPb(),
                    analysis.reference(), analysis.description());
            em.persist(analysisEntity);
            Map<BackgroundProcess, BackgroundProcessEntity> processes = new HashMap<>();
            int position = 0;
            for (BackgroundProcess process : result.processes()) {
                var entity = new BackgroundProcessEntity(analysisEntity, position++, process.name(), process.label(),
                        process.rgb());
                em.persist(entity);
                processes.put(process, entity);
            }
            for (BinYields yields : result.bins()) {
                var bin = new SearchBinEntity(analysisEntity, yields.bin(), yields.observed());
                em.persist(bin);
                yields.backgrounds().forEach((process, estimate) -> em
                        .persist(new BackgroundEstimateEntity(bin, processes.get(process), estimate)));
            }
        });
    }

    public Optional<SearchResult> searchResult(String analysisName) {
        return read(em -> findAnalysis(em, analysisName).map(analysis -> load(em, analysis)));
    }

    private static SearchResult load(EntityManager em, AnalysisEntity analysis) {
        List<BackgroundProcess> processes = new ArrayList<>();
        Map<String, BackgroundProcess> processByName = new HashMap<>();
        for (BackgroundProcessEntity entity : em.createQuery(
                "SELECT p FROM BackgroundProcessEntity p WHERE p.analysis = :a ORDER BY p.position",
                BackgroundProcessEntity.class).setParameter("a", analysis).getResultList()) {
            var process = new BackgroundProcess(entity.name(), entity.label(), entity.rgb());
            processes.add(process);
            processByName.put(process.name(), process);
        }
        Map<Integer, Map<BackgroundProcess, Estimate>> estimates = new HashMap<>();
        for (BackgroundEstimateEntity entity : em.createQuery(
                "SELECT e FROM BackgroundEstimateEntity e WHERE e.bin.analysis = :a", BackgroundEstimateEntity.class)
                .setParameter("a", analysis).getResultList()) {
            estimates.computeIfAbsent(entity.bin().binIndex(), i -> new LinkedHashMap<>())
                    .put(processByName.get(entity.process().name()), entity.toEstimate());
        }
        List<BinYields> bins = new ArrayList<>();
        for (SearchBinEntity bin : em.createQuery(
                "SELECT b FROM SearchBinEntity b WHERE b.analysis = :a ORDER BY b.binIndex", SearchBinEntity.class)
                .setParameter("a", analysis).getResultList()) {
            Map<BackgroundProcess, Estimate> binEstimates = new LinkedHashMap<>();
            Map<BackgroundProcess, Estimate> stored = estimates.getOrDefault(bin.binIndex(), Map.of());
            for (BackgroundProcess process : processes) {
                binEstimates.put(process, stored.getOrDefault(process, Estimate.ZERO));
            }
            bins.add(new BinYields(bin.toBin(), bin.observed(), binEstimates));
        }
        var result = new Analysis(analysis.name(), analysis.sqrtSTeV(), analysis.luminosityInvPb(),
                analysis.reference(), analysis.description());
        return new SearchResult(result, processes, bins);
    }

    private static Optional<AnalysisEntity> findAnalysis(EntityManager em, String name) {
        return em.createQuery("SELECT a FROM AnalysisEntity a WHERE a.name = :name", AnalysisEntity.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    private <T> T read(Function<EntityManager, T> query) {
        EntityManager em = factory.createEntityManager();
        try {
            return query.apply(em);
        } catch (PersistenceException e) {
            throw translate("read", e);
        } finally {
            em.close();
        }
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
    private void inTransaction(Consumer<EntityManager> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } catch (PersistenceException e) {
            throw translate("write", e);
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private DatabaseException translate(String action, PersistenceException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && DERBY_ALREADY_BOOTED.equals(sql.getSQLState())) {
                return new DatabaseException("The database " + description
                        + " is in use by another Mini Analysis process; close it, or share the database in team mode"
                        + " (a Derby Network Server).", e);
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return new DatabaseException("Cannot " + action + " the database " + description + ": " + root.getMessage(), e);
    }

    @Override
    public void close() {
        if (factory.isOpen()) {
            factory.close();
        }
        if (embeddedUrl != null) {
            shutDownEmbedded();
        }
    }

    /** Releases Derby's lock on the files, so that another process (or a later open) can boot it. */
    private void shutDownEmbedded() {
        try {
            Driver driver = (Driver) Class.forName(DERBY_EMBEDDED_DRIVER).getDeclaredConstructor().newInstance();
            driver.connect(embeddedUrl + ";shutdown=true", new Properties());
        } catch (SQLException e) {
            if (!DERBY_DATABASE_SHUT_DOWN.equals(e.getSQLState())) {
                throw new DatabaseException("Cannot close the database " + description + ": " + e.getMessage(), e);
            }
        } catch (ReflectiveOperationException e) {
            throw new DatabaseException("The Derby driver is not available: " + e.getMessage(), e);
        }
    }
}
