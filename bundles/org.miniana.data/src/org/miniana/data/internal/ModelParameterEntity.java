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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** One nuisance parameter of a search's full statistical model, by name and datacard type. */
@Entity
@Table(name = "MODEL_PARAMETER", uniqueConstraints = @UniqueConstraint(columnNames = { "ANALYSIS_ID", "NAME" }))
public class ModelParameterEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = ModelChannelEntity.IDS)
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ANALYSIS_ID")
    private AnalysisEntity analysis;

    private int position;
    @Column(nullable = false, length = 200)
    private String name;
    /** The datacard keyword: lnN, lnU or gmN. */
    @Column(nullable = false, length = 8)
    private String type;
    /** A gmN parameter's control-region count, else 0. */
    private long controlCount;

    protected ModelParameterEntity() {
    }

    public ModelParameterEntity(AnalysisEntity analysis, int position, String name, String type, long controlCount) {
        this.analysis = analysis;
        this.position = position;
        this.name = name;
        this.type = type;
        this.controlCount = controlCount;
    }
}
