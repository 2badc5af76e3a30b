/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

import org.miniana.core.BinYields;
import org.miniana.core.Ra2Search;
import org.miniana.data.datacard.Ra2DatacardImporter;
import org.miniana.data.internal.AnalysisEntity;
import org.miniana.data.internal.BackgroundEstimateEntity;

import jakarta.persistence.EntityManager;

/** Brings a database of an older schema to the current one, inside the transaction that opens it. */
final class SchemaUpgrade {

    private SchemaUpgrade() {
    }

    /**
     * Version 1 to 2: version 1 kept no statistical model, and its RA2 predictions counted the
     * placeholders of empty control regions. The bundled RA2 search gets its model from the bundled
     * cards and its corrected predictions; searches imported from JSON or CSV keep what they have
     * (they have no model). Models and runs are kept as they are.
     */
    static void fromVersion1(EntityManager em, Consumer<String> messages) {
        for (AnalysisEntity analysis : em.createQuery("SELECT a FROM AnalysisEntity a ORDER BY a.name",
                AnalysisEntity.class).getResultList()) {
            if (!analysis.name().equals(Ra2Search.ANALYSIS.name())) {
                messages.accept(analysis.name() + ": no datacards were stored with it, so it has no full statistical"
                        + " model; import its cards again (a new name) to use the full likelihood.");
                continue;
            }
            Ra2DatacardImporter.CardSearch bundled;
            try {
                var cards = Ra2DatacardImporter.bundled();
                bundled = Ra2DatacardImporter.readSearch(cards, cards, cards, warning -> {
                });
            } catch (IOException | InputFormatException e) {
                throw new DatabaseException("The bundled RA2 datacards cannot be read: " + e.getMessage(), e);
            }
            List<BinYields> bins = bundled.result().bins();
            int updated = 0;
            for (BackgroundEstimateEntity estimate : em.createQuery(
                    "SELECT e FROM BackgroundEstimateEntity e WHERE e.bin.analysis = :a", BackgroundEstimateEntity.class)
                    .setParameter("a", analysis).getResultList()) {
                BinYields bin = bins.get(estimate.bin().binIndex());
                if (bin.observed() != estimate.bin().observed()) {
                    throw new DatabaseException("The stored " + analysis.name() + " differs from the bundled cards in bin "
                            + bin.bin().index() + " (observed " + estimate.bin().observed() + ", cards " + bin.observed()
                            + "); the upgrade stops and changes nothing.");
                }
                estimate.update(bin.background(bundled.result().processes().stream()
                        .filter(process -> process.name().equals(estimate.process().name())).findFirst()
                        .orElseThrow(() -> new DatabaseException("The stored " + analysis.name() + " has a process '"
                                + estimate.process().name() + "' the bundled cards do not have"))));
                updated++;
            }
            StatisticalModelStore.store(em, analysis, bundled.model());
            long runs = em.createQuery("SELECT COUNT(r) FROM AnalysisRunEntity r", Long.class).getSingleResult();
            messages.accept(analysis.name() + ": stored its full statistical model (" + bundled.model().channels().size()
                    + " channels, " + bundled.model().parameters().size() + " nuisances) and corrected " + updated
                    + " pre-fit background predictions (empty control regions now predict 0). The " + runs
                    + " stored runs keep the numbers they were made with; run them again for the new predictions.");
        }
    }
}
