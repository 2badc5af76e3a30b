/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.management.ObjectName;

import org.eclipse.core.runtime.preferences.ConfigurationScope;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.miniana.core.Analysis;
import org.miniana.core.BackgroundProcess;
import org.miniana.core.BinYields;
import org.miniana.core.Estimate;
import org.miniana.core.Interval;
import org.miniana.core.Ra2Search;
import org.miniana.core.SearchBin;
import org.miniana.core.SearchResult;

class ResultsDatabaseTest {

    @TempDir
    Path folder;

    @Test
    void storesAndReadsBackASearchResult() throws Exception {
        SearchResult ra2 = SharedData.bundledRa2();
        Path location = folder.resolve("db");
        try (ResultsDatabase database = ResultsDatabase.openEmbedded(location)) {
            database.searchResults().store(ra2);
        }
        try (ResultsDatabase reopened = ResultsDatabase.openEmbedded(location)) {
            assertEquals(List.of(Ra2Search.ANALYSIS.name()), reopened.searchResults().names());
            assertEquals(ra2, reopened.searchResults().get(Ra2Search.ANALYSIS.name()));
        }
    }

    @Test
    void derbyRegistersNoManagementBeans() throws Exception {
        try (ResultsDatabase database = ResultsDatabase.openEmbedded(folder.resolve("db"))) {
            assertTrue(database.searchResults().names().isEmpty());
            // Derby's JMX service would have registered its Version and JDBC beans at boot.
            assertEquals(Set.of(), ManagementFactory.getPlatformMBeanServer()
                    .queryNames(new ObjectName("org.apache.derby:*"), null));
        }
    }

    @Test
    void keepsErrorsOpenEdgesAndHostileNamesVerbatim() {
        var process = new BackgroundProcess("ttbar'; DROP TABLE ANALYSIS;--", "t\\bar{t} 50% _#&{}", 0x123456);
        var analysis = new Analysis("O'Brien \\input{/etc/passwd}; SELECT 1", 8, 20300, "ref \"quoted\"", "");
        var bin = new SearchBin(0, Interval.atLeast(2), Interval.of(0, 1), Interval.of(200.5, 400), Interval.atLeast(100));
        var yields = new BinYields(bin, 17, Map.of(process, new Estimate(12.5, 1.5, 1.25, 2.0, 0.5)));
        var result = new SearchResult(analysis, List.of(process), List.of(yields));
        try (ResultsDatabase database = ResultsDatabase.openEmbedded(folder.resolve("db"))) {
            database.searchResults().store(result);
            assertEquals(result, database.searchResults().get(analysis.name()));
        }
    }

    @Test
    void refusesToStoreAnAnalysisTwiceAndKeepsTheFirst() throws Exception {
        SearchResult ra2 = SharedData.bundledRa2();
        try (ResultsDatabase database = ResultsDatabase.openEmbedded(folder.resolve("db"))) {
            database.searchResults().store(ra2);
            var error = assertThrows(DatabaseException.class, () -> database.searchResults().store(ra2));
            assertTrue(error.getMessage().contains("already holds the analysis"), error.getMessage());
            assertEquals(ra2, database.searchResults().get(Ra2Search.ANALYSIS.name()));
        }
    }

    @Test
    void defaultDatabaseImportsTheBundledResultOnlyOnFirstUse() {
        Path location = folder.resolve("default");
        List<String> messages = new ArrayList<>();
        try (ResultsDatabase database = DefaultDatabase.open(location, messages::add)) {
            assertEquals(21963, database.searchResults().get(Ra2Search.ANALYSIS.name()).totalObserved());
        }
        assertEquals(1, messages.size());
        assertTrue(messages.get(0).contains("38 placeholder background rates"), messages.get(0));
        try (ResultsDatabase database = DefaultDatabase.open(location, messages::add)) {
            assertEquals(160, database.searchResults().get(Ra2Search.ANALYSIS.name()).bins().size());
        }
        assertEquals(1, messages.size());
    }

    @Test
    void aDatabaseCreatedEmptyStaysEmpty() {
        Path location = folder.resolve("empty");
        List<String> messages = new ArrayList<>();
        try (ResultsDatabase database = DefaultDatabase.create(location, true, messages::add)) {
            assertEquals(List.of(), database.searchResults().names());
        }
        try (ResultsDatabase database = DefaultDatabase.open(location, messages::add)) {
            assertEquals(List.of(), database.searchResults().names(), "only creation fills");
        }
        assertEquals(List.of(), messages);
        var error = assertThrows(DatabaseException.class, () -> DefaultDatabase.create(location, false, messages::add));
        assertEquals(location.toAbsolutePath() + " holds a database already", error.getMessage());
    }

    @Test
    void aDatabaseLeftWithoutSearchResultsIsFilledOnTheNextOpen() {
        // as a first use killed while it filled the new database leaves it
        Path location = folder.resolve("unfilled");
        ResultsDatabase.openEmbedded(location).close();
        try (ResultsDatabase database = DefaultDatabase.open(location, message -> {
        })) {
            assertEquals(List.of(Ra2Search.ANALYSIS.name()), database.searchResults().names());
        }
    }

    @Test
    void refusesADatabaseOfAnotherSchemaVersion() {
        Path location = folder.resolve("db");
        try (ResultsDatabase database = ResultsDatabase.openEmbedded(location)) {
            database.inTransaction(em -> em.createQuery("UPDATE SchemaVersionEntity v SET v.version = :newer")
                    .setParameter("newer", ResultsDatabase.SCHEMA_VERSION + 1).executeUpdate());
        }
        var error = assertThrows(DatabaseException.class, () -> ResultsDatabase.openEmbedded(location));
        assertTrue(error.getMessage().contains("has schema version " + (ResultsDatabase.SCHEMA_VERSION + 1) + "; this Mini Analysis Workbench reads version "
                + ResultsDatabase.SCHEMA_VERSION),
                error.getMessage());
        // The refused database was closed again: it can be opened (and refused) once more.
        assertThrows(DatabaseException.class, () -> ResultsDatabase.openEmbedded(location));
    }

    @Test
    void locationPrefersOptionThenPropertyThenTheUsersPreferenceThenTheInstallations() throws Exception {
        Path explicit = folder.resolve("explicit");
        assertEquals(explicit, DefaultDatabase.location(explicit));
        String previous = System.getProperty(DefaultDatabase.PROPERTY);
        var users = InstanceScope.INSTANCE.getNode(DefaultDatabase.PREFERENCE_QUALIFIER);
        var installations = ConfigurationScope.INSTANCE.getNode(DefaultDatabase.PREFERENCE_QUALIFIER);
        assertNull(System.getenv(DefaultDatabase.ENVIRONMENT), "the tests run without MINIANA_DB");
        try {
            System.clearProperty(DefaultDatabase.PROPERTY);
            installations.put(DefaultDatabase.PREFERENCE, folder.resolve("installation").toString());
            assertEquals(folder.resolve("installation"), DefaultDatabase.location(null),
                    "a setting an earlier version wrote into the installation is still read");
            users.put(DefaultDatabase.PREFERENCE, folder.resolve("user").toString());
            assertEquals(folder.resolve("user"), DefaultDatabase.location(null));
            System.setProperty(DefaultDatabase.PROPERTY, folder.resolve("property").toString());
            assertEquals(folder.resolve("property"), DefaultDatabase.location(null));
        } finally {
            users.remove(DefaultDatabase.PREFERENCE);
            installations.remove(DefaultDatabase.PREFERENCE);
            if (previous == null) {
                System.clearProperty(DefaultDatabase.PROPERTY);
            } else {
                System.setProperty(DefaultDatabase.PROPERTY, previous);
            }
        }
    }

    @Test
    void saysWhenItRecoversADatabaseLeftOpenByAnEndedProcess() throws Exception {
        Path location = folder.resolve("db");
        List<String> messages = new ArrayList<>();
        DefaultDatabase.open(location, messages::add).close();
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Files.writeString(location.resolveSibling("db.owner"), "pid=" + ended.pid() + "\n");
        messages.clear();
        DefaultDatabase.open(location, messages::add).close();
        assertTrue(messages.stream().anyMatch(message -> message.startsWith("Recovering the database")), messages::toString);
        messages.clear();
        DefaultDatabase.open(location, messages::add).close();
        assertEquals(List.of(), messages);
    }
}
