/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code miniana db check}: Derby's check of every table of the tool, then every search result,
 * statistical model and signal model read as the tool reads them (complete, digest as stored), and
 * the references between runs, models, scans and analyses.
 */
final class IntegrityCheck {

    /** Derby's SQL states of a missing right start with 42 (e.g. 42504: no EXECUTE permission). */
    private static final String DERBY_AUTHORIZATION = "42";

    /** Rows whose reference leads nowhere, by SQL: what each counts, and the query. */
    private record Reference(String what, String query) {
    }

    private static final List<Reference> REFERENCES = List.of(
            new Reference("runs of a signal model that is not stored", "SELECT COUNT(*) FROM ANALYSIS_RUN r WHERE NOT"
                    + " EXISTS (SELECT 1 FROM SIGNAL_MODEL m WHERE m.ID = r.MODEL_ID)"),
            new Reference("signal models of an analysis that is not stored", "SELECT COUNT(*) FROM SIGNAL_MODEL m"
                    + " WHERE NOT EXISTS (SELECT 1 FROM ANALYSIS a WHERE a.ID = m.ANALYSIS_ID)"),
            new Reference("scans of an analysis that is not stored", "SELECT COUNT(*) FROM SCAN s WHERE NOT EXISTS"
                    + " (SELECT 1 FROM ANALYSIS a WHERE a.ID = s.ANALYSIS_ID)"));

    private final ResultsDatabase database;
    private final List<String> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    IntegrityCheck(ResultsDatabase database) {
        this.database = database;
    }

    IntegrityReport run() {
        List<IntegrityReport.Table> tables = new ArrayList<>();
        String skipped = checkTables(tables);
        List<String> analyses = attempt("the list of search results", () -> database.searchResults().names(),
                List.of());
        for (String analysis : analyses) {
            attempt(SearchResultStore.subject(analysis), () -> database.searchResults().find(analysis), null);
            attempt(StatisticalModelStore.subject(analysis), () -> database.statisticalModels().find(analysis), null);
        }
        Map<String, List<String>> models = attempt("the list of signal models",
                () -> database.signalModels().namesByAnalysis(), Map.of());
        models.forEach((analysis, names) -> names.forEach(model -> attempt(SignalModelStore.subject(analysis, model),
                () -> database.signalModels().find(analysis, model), null)));
        for (Reference reference : REFERENCES) {
            long count = attempt(reference.what(), () -> database.read(em -> ((Number) em.createNativeQuery(
                    reference.query()).getSingleResult()).longValue()), 0L);
            if (count > 0) {
                problems.add(count + " " + reference.what());
            }
        }
        noteMissingDigests();
        return new IntegrityReport(tables, skipped, analyses.size(),
                models.values().stream().mapToInt(List::size).sum(), problems, notes);
    }

    /** Runs Derby's check on every table of the tool; returns why it was skipped, or null. */
    private String checkTables(List<IntegrityReport.Table> tables) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = attempt("the list of tables", () -> database.read(em -> (List<Object[]>) em
                .createNativeQuery("SELECT t.TABLENAME, c.CONGLOMERATENUMBER FROM SYS.SYSTABLES t"
                        + " JOIN SYS.SYSSCHEMAS s ON t.SCHEMAID = s.SCHEMAID"
                        + " JOIN SYS.SYSCONGLOMERATES c ON c.TABLEID = t.TABLEID"
                        + " WHERE s.SCHEMANAME = 'APP' AND t.TABLETYPE = 'T' AND c.ISINDEX = FALSE"
                        + " ORDER BY t.TABLENAME").getResultList()), List.of());
        rows.forEach(row -> tables.add(new IntegrityReport.Table((String) row[0],
                "seg0/c" + Long.toHexString(((Number) row[1]).longValue()) + ".dat")));
        for (IntegrityReport.Table table : tables) {
            try {
                database.read(em -> em.createNativeQuery("VALUES SYSCS_UTIL.SYSCS_CHECK_TABLE('APP', ?)")
                        .setParameter(1, table.name()).getSingleResult());
            } catch (DatabaseException e) {
                SQLException sql = ResultsDatabase.sqlCause(e);
                if (sql != null && String.valueOf(sql.getSQLState()).startsWith(DERBY_AUTHORIZATION)) {
                    return "this login may not run Derby's table check; stop the server and run `miniana db check"
                            + " --db DIR` on its database";
                }
                problems.add(problem("table " + table.name() + " (" + table.file() + ")", e));
            }
        }
        return null;
    }

    private void noteMissingDigests() {
        List<String> results = attempt("the search results' digests", () -> database.read(em -> em.createQuery(
                "SELECT a.name FROM AnalysisEntity a WHERE a.resultDigest IS NULL ORDER BY a.name", String.class)
                .getResultList()), List.of());
        results.forEach(name -> notes.add(SearchResultStore.subject(name) + ": no digest"));
        List<Object[]> models = attempt("the signal models' digests", () -> database.read(em -> em.createQuery(
                "SELECT m.analysis.name, m.name FROM SignalModelEntity m WHERE m.digest IS NULL"
                        + " ORDER BY m.analysis.name, m.name", Object[].class).getResultList()), List.of());
        models.forEach(row -> notes.add(SignalModelStore.subject((String) row[0], (String) row[1]) + ": no digest"));
    }

    /** What {@code read} returns, or {@code fallback} with its failure added to the problems. */
    private <T> T attempt(String subject, Supplier<T> read, T fallback) {
        try {
            return read.get();
        } catch (DatabaseException e) {
            problems.add(problem(subject, e));
            return fallback;
        }
    }

    private static String problem(String subject, DatabaseException e) {
        return subject + " " + (e instanceof DamagedDataException damaged ? damaged.finding()
                : "cannot be read: " + e.getMessage());
    }
}
