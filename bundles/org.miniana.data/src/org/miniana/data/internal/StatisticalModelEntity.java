/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * The full statistical model of a search imported from cards, packed in one row (schema 7,
 * {@link PackedModel}). Until schema 6 it was a row per parameter, channel, sample and modifier
 * (MODEL_PARAMETER, MODEL_CHANNEL, MODEL_SAMPLE, MODEL_MODIFIER), read with four queries; a
 * table of its own rather than a column of ANALYSIS, because every read of a search result loads
 * that row and without weaving a LOB cannot be loaded lazily.
 */
@Entity
@Table(name = "STATISTICAL_MODEL")
public class StatisticalModelEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "ANALYSIS_ID", unique = true)
    private AnalysisEntity analysis;

    @Lob
    @Column(name = "PACKED", nullable = false, length = PackedModel.MAX_BYTES)
    private byte[] packed;

    protected StatisticalModelEntity() {
    }

    public StatisticalModelEntity(AnalysisEntity analysis, byte[] packed) {
        this.analysis = analysis;
        this.packed = packed;
    }
}
