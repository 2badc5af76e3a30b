/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Platform;
import org.miniana.core.Ra2Search;
import org.miniana.data.datacard.Ra2DatacardImporter;
import org.miniana.core.UserDirectories;

/**
 * The database a user gets without any set-up: an embedded Derby database that is filled with
 * the bundled RA2 result while it holds no search result, so that the main command works on a
 * fresh machine (also after a first use that was killed while filling). A database created empty
 * ({@link #create}) says so in a property of its own and stays empty until something is imported.
 */
public final class DefaultDatabase {

    /** System property naming the database folder. */
    public static final String PROPERTY = "miniana.db";
    /** Environment variable naming the database folder. */
    public static final String ENVIRONMENT = "MINIANA_DB";
    /** Eclipse preference (qualifier {@value #PREFERENCE_QUALIFIER}) naming the database folder. */
    public static final String PREFERENCE = "database.location";
    public static final String PREFERENCE_QUALIFIER = "org.miniana.data";

    /** The database property that records a database created empty on purpose. */
    private static final String CREATED_EMPTY = "miniana.createdEmpty";

    private DefaultDatabase() {
    }

    /**
     * The database folder: {@code explicit} if given, else the system property
     * {@value #PROPERTY}, else the environment variable {@value #ENVIRONMENT}, else the
     * preference {@value #PREFERENCE}, the user's ({@link UserArea#settings()}: the workbench
     * writes it, the command line reads it too), else {@code UserDirectories.data()/db}.
     */
    public static Path location(Path explicit) {
        if (explicit != null) {
            return explicit;
        }
        for (String configured : new String[] { System.getProperty(PROPERTY), System.getenv(ENVIRONMENT),
                Platform.getPreferencesService().getString(PREFERENCE_QUALIFIER, PREFERENCE, null,
                        UserArea.settings()) }) {
            if (configured != null && !configured.isBlank()) {
                return Path.of(configured);
            }
        }
        return UserDirectories.data().resolve("db");
    }

    /**
     * Opens the embedded database in {@code directory}, creating it if there is none yet, and
     * fills it as {@link #fillUnlessCreatedEmpty} does.
     *
     * @param messages receives what a user should know (an import happened, its warnings)
     */
    public static ResultsDatabase open(Path directory, Consumer<String> messages) {
        return open(directory, messages, null);
    }

    /**
     * Opens the embedded database as {@link #open(Path, Consumer)} does, upgrading an older schema
     * when {@code upgrade} is non-null (it receives what the upgrade did).
     */
    public static ResultsDatabase open(Path directory, Consumer<String> messages, Consumer<String> upgrade) {
        if (new EmbeddedOwner(directory.toAbsolutePath().normalize(), new Properties()).leftByEndedProcess()) {
            messages.accept("Recovering the database " + directory + " after an interrupted write (the process that"
                    + " had it open ended without closing it); after a large import this can take minutes...");
        }
        ResultsDatabase database = ResultsDatabase.openEmbedded(directory, upgrade);
        try {
            fillUnlessCreatedEmpty(database, messages);
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Creates the embedded database in {@code directory}, filled with the bundled RA2 result
     * unless {@code empty}.
     *
     * @throws DatabaseException when a database is there already
     */
    public static ResultsDatabase create(Path directory, boolean empty, Consumer<String> messages) {
        if (Files.isRegularFile(directory.resolve("service.properties"))) { // Derby's file of every database
            throw new DatabaseException(directory.toAbsolutePath() + " holds a database already");
        }
        ResultsDatabase database = ResultsDatabase.openEmbedded(directory);
        try {
            if (empty) {
                database.inTransaction(em -> em.createNativeQuery("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('"
                        + CREATED_EMPTY + "', 'true')").executeUpdate());
            } else {
                fill(database, messages);
            }
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Imports the bundled RA2 result into {@code database} when it holds no search result and
     * was not created empty; the owner of a served database calls this, its clients do not.
     */
    public static void fillUnlessCreatedEmpty(ResultsDatabase database, Consumer<String> messages) {
        if (database.searchResults().names().isEmpty() && !"true".equals(database.read(em -> em.createNativeQuery(
                "VALUES SYSCS_UTIL.SYSCS_GET_DATABASE_PROPERTY('" + CREATED_EMPTY + "')").getSingleResult()))) {
            fill(database, messages);
        }
    }

    /** Imports the bundled RA2 result into {@code database} unless it holds it already. */
    private static void fill(ResultsDatabase database, Consumer<String> messages) {
        if (database.searchResults().names().contains(Ra2Search.ANALYSIS.name())) {
            return;
        }
        List<String> warnings = new ArrayList<>();
        try {
            var bundled = Ra2DatacardImporter.bundled();
            var search = Ra2DatacardImporter.readSearch(bundled, bundled, bundled, warnings::add);
            database.searchResults().store(search.result(), search.model());
        } catch (IOException | InputFormatException e) {
            throw new DatabaseException("The bundled RA2 datacards cannot be read: " + e.getMessage(), e);
        }
        messages.accept("Filled " + database.description() + " with the bundled " + Ra2Search.ANALYSIS.name()
                + " result (" + warnings.size() + " placeholder background rates read as 0).");
    }
}
