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

/** One process column of a channel of the full statistical model. */
@Entity
@Table(name = "MODEL_SAMPLE")
public class ModelSampleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = ModelChannelEntity.IDS)
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "CHANNEL_ID")
    private ModelChannelEntity channel;

    private int position;
    @Column(nullable = false, length = 200)
    private String name;
    /** The search's background process, or empty (signal, control-region-only processes). */
    @Column(nullable = false, length = 100)
    private String process;
    private boolean signalSample;
    private double rate;

    protected ModelSampleEntity() {
    }

    public ModelSampleEntity(ModelChannelEntity channel, int position, String name, String process,
            boolean signalSample, double rate) {
        this.channel = channel;
        this.position = position;
        this.name = name;
        this.process = process;
        this.signalSample = signalSample;
        this.rate = rate;
    }
}
