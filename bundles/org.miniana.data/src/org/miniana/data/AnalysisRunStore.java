/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data;

import java.util.ArrayList;
import java.util.List;

import org.miniana.core.AnalysisRun;
import org.miniana.core.SignalYield;
import org.miniana.data.internal.AnalysisRunEntity;
import org.miniana.data.internal.PackedYields;
import org.miniana.data.internal.SignalModelEntity;

import jakarta.persistence.EntityManager;

/** Records of designed and tested analyses, each tied to its stored signal model. */
public final class AnalysisRunStore {

    private final ResultsDatabase database;

    AnalysisRunStore(ResultsDatabase database) {
        this.database = database;
    }

    /** Stores a run of a stored model; returns its id. */
    public long store(AnalysisRun run) {
        return store(List.of(run)).get(0);
    }

    /**
     * Stores runs of stored models in one transaction, all or none (a scan's runs in batches: one
     * commit for many runs); returns their ids, in order.
     */
    public List<Long> store(List<AnalysisRun> runs) {
        for (AnalysisRun run : runs) {
            ColumnLimits.check("optimizer id", run.optimizer(), ColumnLimits.SHORT_NAME);
            ColumnLimits.check("figure of merit id", run.figureOfMerit(), ColumnLimits.SHORT_NAME);
            ColumnLimits.check("selection", run.selection(), ColumnLimits.REFERENCE);
            ColumnLimits.check("report location", run.reportLocation(), ColumnLimits.PROVENANCE);
        }
        return database.inTransaction(em -> {
            List<AnalysisRunEntity> entities = new ArrayList<>(runs.size());
            for (AnalysisRun run : runs) {
                SignalModelEntity model = SignalModelStore.find(em, run.analysis(), run.model())
                        .orElseThrow(() -> database.signalModels().notStored(run.analysis(), run.model()));
                var entity = new AnalysisRunEntity(model, run);
                em.persist(entity);
                entities.add(entity);
            }
            em.flush();
            return entities.stream().map(AnalysisRunEntity::id).toList();
        });
    }

    /** A run made with yields its model no longer has, and those yields. */
    public record EarlierRun(AnalysisRun run, List<SignalYield> yields) {
        public EarlierRun {
            yields = List.copyOf(yields);
        }
    }

    /** The runs made with the yields the analysis's model has now, oldest first. */
    public List<AnalysisRun> forModel(String analysisName, String modelName) {
        return database.read(em -> runs(em, analysisName, modelName, "IS NULL").stream()
                .map(entity -> run(entity, analysisName, modelName)).toList());
    }

    /**
     * The runs made with yields the model had before it was saved or imported again, oldest first,
     * each with the yields it was made with.
     */
    public List<EarlierRun> earlierForModel(String analysisName, String modelName) {
        return database.read(em -> runs(em, analysisName, modelName, "IS NOT NULL").stream().map(entity -> new EarlierRun(
                run(entity, analysisName, modelName), PackedYields.unpack(entity.modelYields()).orElseThrow(
                        () -> damaged(analysisName, modelName, "keeps no whole number of yields"))))
                .toList());
    }

    /** The run of a row, refused when its packed details are damaged. */
    private AnalysisRun run(AnalysisRunEntity entity, String analysisName, String modelName) {
        return entity.toRun().orElseThrow(() -> damaged(analysisName, modelName,
                "keeps details (cuts, per-process yields, options) that cannot be read"));
    }

    private DamagedDataException damaged(String analysisName, String modelName, String finding) {
        return new DamagedDataException(database.description(), "a run of "
                + SignalModelStore.subject(analysisName, modelName), finding, "delete the model and run it again");
    }

    private static List<AnalysisRunEntity> runs(EntityManager em, String analysisName, String modelName,
            String modelYields) {
        return em.createQuery("SELECT r FROM AnalysisRunEntity r WHERE r.model.analysis.name = :analysis"
                + " AND r.model.name = :name AND r.modelYields " + modelYields + " ORDER BY r.finished, r.id",
                AnalysisRunEntity.class).setParameter("analysis", analysisName).setParameter("name", modelName)
                .getResultList();
    }
}
