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

@Entity
@Table(name = "BACKGROUND_PROCESS", uniqueConstraints = @UniqueConstraint(columnNames = { "ANALYSIS_ID", "NAME" }))
public class BackgroundProcessEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ANALYSIS_ID")
    private AnalysisEntity analysis;

    /** Stacking order within the analysis. */
    private int position;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 200)
    private String label;

    private int rgb;

    protected BackgroundProcessEntity() {
    }

    public BackgroundProcessEntity(AnalysisEntity analysis, int position, String name, String label, int rgb) {
        this.analysis = analysis;
        this.position = position;
        this.name = name;
        this.label = label;
        this.rgb = rgb;
    }

    public String name() {
        return name;
    }

    public String label() {
        return label;
    }

    public int rgb() {
        return rgb;
    }
}
