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
import jakarta.persistence.TableGenerator;
import jakarta.persistence.UniqueConstraint;

/**
 * One channel (datacard) of a search's full statistical model: a search bin or a control
 * region. The model's rows take their ids from one table generator in blocks, so that the
 * thousands of rows of a model are inserted in JDBC batches (identity columns would insert one
 * row at a time).
 */
@Entity
@Table(name = "MODEL_CHANNEL", uniqueConstraints = @UniqueConstraint(columnNames = { "ANALYSIS_ID", "NAME" }))
@TableGenerator(name = ModelChannelEntity.IDS, table = "MODEL_ID_SEQUENCE", allocationSize = 2000)
public class ModelChannelEntity {

    /** The id generator of the model's rows. */
    public static final String IDS = "MODEL_IDS";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = IDS)
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ANALYSIS_ID")
    private AnalysisEntity analysis;

    private int position;
    @Column(nullable = false, length = 200)
    private String name;
    @Column(nullable = false, length = 1000)
    private String card;
    @Column(nullable = false, length = 200)
    private String tag;
    /** The search bin's index, or -1 for a control region. */
    private int searchBin;
    private long observed;

    protected ModelChannelEntity() {
    }

    public ModelChannelEntity(AnalysisEntity analysis, int position, String name, String card, String tag, int searchBin,
            long observed) {
        this.analysis = analysis;
        this.position = position;
        this.name = name;
        this.card = card;
        this.tag = tag;
        this.searchBin = searchBin;
        this.observed = observed;
    }
}
