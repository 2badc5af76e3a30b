/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.miniana.core.Estimate;

@Entity
@Table(name = "BACKGROUND_ESTIMATE", uniqueConstraints = @UniqueConstraint(columnNames = { "BIN_ID", "PROCESS_ID" }))
public class BackgroundEstimateEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "BIN_ID")
    private SearchBinEntity bin;

    @ManyToOne(optional = false)
    @JoinColumn(name = "PROCESS_ID")
    private BackgroundProcessEntity process;

    private double centralValue;
    private double statUp;
    private double statDown;
    private double systUp;
    private double systDown;

    protected BackgroundEstimateEntity() {
    }

    public BackgroundEstimateEntity(SearchBinEntity bin, BackgroundProcessEntity process, Estimate estimate) {
        this.bin = bin;
        this.process = process;
        this.centralValue = estimate.value();
        this.statUp = estimate.statUp();
        this.statDown = estimate.statDown();
        this.systUp = estimate.systUp();
        this.systDown = estimate.systDown();
    }

    /** Replaces the stored prediction (a schema upgrade that corrects it). */
    public void update(Estimate estimate) {
        this.centralValue = estimate.value();
        this.statUp = estimate.statUp();
        this.statDown = estimate.statDown();
        this.systUp = estimate.systUp();
        this.systDown = estimate.systDown();
    }

    public SearchBinEntity bin() {
        return bin;
    }

    public BackgroundProcessEntity process() {
        return process;
    }
}
