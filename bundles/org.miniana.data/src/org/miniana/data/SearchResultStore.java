/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.miniana.core.Analysis;
import org.miniana.core.BackgroundProcess;
import org.miniana.core.BinYields;
import org.miniana.core.Estimate;
import org.miniana.core.SearchResult;
import org.miniana.core.model.StatisticalModel;
import org.miniana.data.internal.AnalysisEntity;
import org.miniana.data.internal.BackgroundEstimateEntity;
import org.miniana.data.internal.BackgroundProcessEntity;
import org.miniana.data.internal.SearchBinEntity;

import jakarta.persistence.EntityManager;

/** Published search results in the {@link ResultsDatabase}. */
public final class SearchResultStore {

    /** What restores a damaged search result besides a backup: searches cannot be replaced in place. */
    static final String REMEDY = "import the search into a new database (--db)";

    private final ResultsDatabase database;

    SearchResultStore(ResultsDatabase database) {
        this.database = database;
    }

    /** Names of the stored analyses, sorted. */
    public List<String> names() {
        return database.read(em -> em.createQuery("SELECT a.name FROM AnalysisEntity a ORDER BY a.name", String.class)
                .getResultList());
    }

    /** Stores a search result in one transaction; there must not be one of the same name yet. */
    public void store(SearchResult result) {
        store(result, null);
    }

    /**
     * Stores a search result and the full statistical model it was derived from (null for a
     * result without one) in one transaction.
     */
    public void store(SearchResult result, StatisticalModel model) {
        database.inTransaction(em -> {
            store(em, result, model);
            return null;
        });
    }

    void store(EntityManager em, SearchResult result, StatisticalModel model) {
        Analysis analysis = result.analysis();
        ColumnLimits.check("analysis name", analysis.name(), ColumnLimits.NAME);
        ColumnLimits.check("analysis reference", analysis.reference(), ColumnLimits.REFERENCE);
        ColumnLimits.check("analysis description", analysis.description(), ColumnLimits.DESCRIPTION);
        for (BackgroundProcess process : result.processes()) {
            ColumnLimits.check("process name", process.name(), ColumnLimits.SHORT_NAME);
            ColumnLimits.check("process label", process.label(), ColumnLimits.NAME);
        }
        if (find(em, analysis.name()).isPresent()) {
            throw new DatabaseException("The database " + database.description() + " already holds the analysis '"
                    + analysis.name() + "'");
        }
        var analysisEntity = new AnalysisEntity(analysis.name(), analysis.sqrtSTeV(), analysis.luminosityInvPb(),
                analysis.reference(), analysis.description());
        analysisEntity.recordResultDigest(ContentDigest.of(result));
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
            // every process, so that a read can tell a missing row from a process the bin lacks
            for (BackgroundProcess process : result.processes()) {
                em.persist(new BackgroundEstimateEntity(bin, processes.get(process), yields.background(process)));
            }
        }
        if (model != null) {
            StatisticalModelStore.store(em, analysisEntity, model);
        }
    }

    public Optional<SearchResult> find(String analysisName) {
        return database.read(em -> find(em, analysisName).map(analysis -> load(em, analysis)));
    }

    /** The named search result, or a {@link DatabaseException} that lists what is stored. */
    public SearchResult get(String analysisName) {
        return find(analysisName).orElseThrow(() -> new DatabaseException("No analysis '" + analysisName + "' in "
                + database.description() + "; stored: " + names()));
    }

    static Optional<AnalysisEntity> find(EntityManager em, String name) {
        return em.createQuery("SELECT a FROM AnalysisEntity a WHERE a.name = :name", AnalysisEntity.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    /**
     * Reads a stored result, refusing one that is incomplete (a bin without an estimate of each
     * process, bin indices with gaps or twice) or whose digest differs: Derby returns fewer rows
     * from a damaged page rather than failing, and a missing estimate must not be read as 0.
     */
    SearchResult load(EntityManager em, AnalysisEntity analysis) {
        String subject = subject(analysis.name());
        List<BackgroundProcess> processes = new ArrayList<>();
        Map<String, BackgroundProcess> processByName = new HashMap<>();
        for (BackgroundProcessEntity entity : em.createQuery(
                "SELECT p FROM BackgroundProcessEntity p WHERE p.analysis = :a ORDER BY p.position",
                BackgroundProcessEntity.class).setParameter("a", analysis).getResultList()) {
            var process = new BackgroundProcess(entity.name(), entity.label(), entity.rgb());
            processes.add(process);
            processByName.put(process.name(), process);
        }
        // one scalar query: loading the entities would fetch each estimate's bin and process again
        Map<Integer, Map<BackgroundProcess, Estimate>> estimates = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT e.bin.binIndex, e.process.name, e.centralValue, e.statUp,"
                + " e.statDown, e.systUp, e.systDown FROM BackgroundEstimateEntity e WHERE e.bin.analysis = :a",
                Object[].class).setParameter("a", analysis).getResultList()) {
            estimates.computeIfAbsent((Integer) row[0], i -> new LinkedHashMap<>()).put(processByName.get(
                    (String) row[1]), new Estimate((Double) row[2], (Double) row[3], (Double) row[4], (Double) row[5],
                            (Double) row[6]));
        }
        List<BinYields> bins = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int estimateCount = 0;
        for (SearchBinEntity bin : em.createQuery(
                "SELECT b FROM SearchBinEntity b WHERE b.analysis = :a ORDER BY b.binIndex", SearchBinEntity.class)
                .setParameter("a", analysis).getResultList()) {
            if (bin.binIndex() != bins.size()) {
                throw incomplete(subject, bin.binIndex() < bins.size() ? "bin " + bin.binIndex() + " is stored twice"
                        : "bin " + bins.size() + " is missing");
            }
            Map<BackgroundProcess, Estimate> binEstimates = new LinkedHashMap<>();
            Map<BackgroundProcess, Estimate> stored = estimates.getOrDefault(bin.binIndex(), Map.of());
            for (BackgroundProcess process : processes) {
                estimateCount++;
                Estimate estimate = stored.get(process);
                if (estimate == null) {
                    missing.add("bin " + bin.binIndex() + " has no estimate for '" + process.name() + "'");
                } else {
                    binEstimates.put(process, estimate);
                }
            }
            bins.add(new BinYields(bin.toBin(), bin.observed(), binEstimates));
        }
        if (processes.isEmpty() || bins.isEmpty()) {
            throw incomplete(subject, processes.isEmpty() ? "has no background process" : "has no bin");
        }
        if (!missing.isEmpty()) {
            throw incomplete(subject, missing.get(0) + "; " + missing.size() + " of " + estimateCount
                    + " estimates are missing");
        }
        var result = new SearchResult(new Analysis(analysis.name(), analysis.sqrtSTeV(), analysis.luminosityInvPb(),
                analysis.reference(), analysis.description()), processes, bins);
        if (analysis.resultDigest() != null && !analysis.resultDigest().equals(ContentDigest.of(result))) {
            throw new DamagedDataException(database.description(), subject, ContentDigest.CHANGED, REMEDY);
        }
        return result;
    }

    private DamagedDataException incomplete(String subject, String what) {
        return new DamagedDataException(database.description(), subject, "is incomplete (" + what + ")", REMEDY);
    }

    static String subject(String analysisName) {
        return "the search result '" + analysisName + "'";
    }
}
