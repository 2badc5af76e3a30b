/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.miniana.core.ScanRecord;
import org.miniana.data.internal.AnalysisEntity;
import org.miniana.data.internal.ScanEntity;

/**
 * Stored mass scans, so that they can be listed and reopened. One record per scan definition
 * (search, family, grid, optimizer, figure of merit, method, statistics): running the same scan
 * again resumes that record rather than adding another.
 */
public final class ScanStore {

    private final ResultsDatabase database;

    ScanStore(ResultsDatabase database) {
        this.database = database;
    }

    /**
     * Records that a scan starts: a new record, or the stored one of the same scan started again.
     *
     * @return the record's id, for {@link #end}
     */
    public long begin(ScanRecord scan) {
        ColumnLimits.check("optimizer id", scan.optimizer(), ColumnLimits.SHORT_NAME);
        ColumnLimits.check("family", scan.family(), ColumnLimits.SHORT_NAME);
        return database.inTransaction(em -> {
            Optional<ScanEntity> same = em.createQuery("SELECT s FROM ScanEntity s WHERE s.family = :family",
                    ScanEntity.class).setParameter("family", scan.family()).getResultStream()
                    .filter(stored -> stored.toRecord().sameScanAs(scan)).findFirst();
            if (same.isPresent()) {
                same.get().restart(scan.eventsPerPoint(), scan.simulationSeed(), scan.started());
                return same.get().id();
            }
            AnalysisEntity analysis = SearchResultStore.find(em, scan.analysis()).orElseThrow(
                    () -> new DatabaseException("No analysis '" + scan.analysis() + "' in " + database.description()));
            var entity = new ScanEntity(analysis, scan);
            em.persist(entity);
            em.flush();
            return entity.id();
        });
    }

    /** Records how a scan begun with {@link #begin} ended. */
    public void end(long id, Instant finished, int analysedPoints, int failedPoints, boolean cancelled) {
        database.inTransaction(em -> {
            ScanEntity entity = em.find(ScanEntity.class, id);
            if (entity == null) {
                throw new DatabaseException("No scan " + id + " in " + database.description());
            }
            entity.end(finished, analysedPoints, failedPoints, cancelled);
            return null;
        });
    }

    /** Every stored scan, the most recently started first. */
    public List<ScanRecord> list() {
        return database.read(em -> em.createQuery("SELECT s FROM ScanEntity s ORDER BY s.started DESC, s.id DESC",
                ScanEntity.class).getResultList().stream().map(ScanEntity::toRecord).toList());
    }

    public Optional<ScanRecord> find(long id) {
        return database.read(em -> Optional.ofNullable(em.find(ScanEntity.class, id)).map(ScanEntity::toRecord));
    }

    /** Forgets a scan; its points' models and runs stay. False when there is no such scan. */
    public boolean delete(long id) {
        return database.inTransaction(em -> {
            ScanEntity entity = em.find(ScanEntity.class, id);
            if (entity == null) {
                return false;
            }
            em.remove(entity);
            return true;
        });
    }
}
