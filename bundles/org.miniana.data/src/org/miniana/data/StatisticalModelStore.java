/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data;

import java.util.List;
import java.util.Optional;

import org.miniana.core.model.StatisticalModel;
import org.miniana.data.internal.AnalysisEntity;
import org.miniana.data.internal.PackedModel;
import org.miniana.data.internal.StatisticalModelEntity;

import jakarta.persistence.EntityManager;

/**
 * The full statistical models of the stored searches (schema version 2): every channel, sample,
 * nuisance parameter and modifier of the cards a search was imported from, packed in one row per
 * search since schema 7. A search imported from a JSON or CSV result has none.
 */
public final class StatisticalModelStore {

    private final ResultsDatabase database;

    StatisticalModelStore(ResultsDatabase database) {
        this.database = database;
    }

    /** The full model of the named search, if it was imported from datacards. */
    public Optional<StatisticalModel> find(String analysisName) {
        return database.read(em -> SearchResultStore.find(em, analysisName).flatMap(analysis -> load(em, analysis)));
    }

    static void store(EntityManager em, AnalysisEntity analysis, StatisticalModel model) {
        analysis.recordModelDigest(ContentDigest.of(model));
        em.persist(new StatisticalModelEntity(analysis, PackedModel.pack(model)));
    }

    /**
     * Reads the model from its one packed row. A model whose bytes are no model, whose parts no
     * longer fit together, or whose digest differs, is refused; so is a missing row when a digest
     * was recorded (a model was stored).
     */
    Optional<StatisticalModel> load(EntityManager em, AnalysisEntity analysis) {
        List<byte[]> rows = em.createQuery("SELECT m.packed FROM StatisticalModelEntity m WHERE m.analysis = :a",
                byte[].class).setParameter("a", analysis).getResultList();
        String subject = subject(analysis.name());
        if (rows.isEmpty()) {
            if (analysis.modelDigest() != null) {
                throw new DamagedDataException(database.description(), subject, "is missing (its row is gone)",
                        SearchResultStore.REMEDY);
            }
            return Optional.empty();
        }
        StatisticalModel model;
        try {
            PackedModel.Parts parts = PackedModel.unpack(rows.get(0));
            model = new StatisticalModel(parts.parameters(), parts.channels());
        } catch (IllegalArgumentException e) {
            throw new DamagedDataException(database.description(), subject, "is damaged (" + e.getMessage() + ")",
                    SearchResultStore.REMEDY);
        }
        model.channels().stream().filter(channel -> channel.samples().isEmpty()).findFirst().ifPresent(channel -> {
            throw new DamagedDataException(database.description(), subject, "is incomplete (channel '" + channel.name()
                    + "' has no sample)", SearchResultStore.REMEDY);
        });
        if (analysis.modelDigest() != null && !analysis.modelDigest().equals(ContentDigest.of(model))) {
            throw new DamagedDataException(database.description(), subject, ContentDigest.CHANGED,
                    SearchResultStore.REMEDY);
        }
        return Optional.of(model);
    }

    static String subject(String analysisName) {
        return "the statistical model of '" + analysisName + "'";
    }
}
