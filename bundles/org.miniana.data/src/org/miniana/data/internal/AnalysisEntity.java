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
import jakarta.persistence.Table;

@Entity
@Table(name = "ANALYSIS")
public class AnalysisEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @Column(nullable = false, unique = true, length = 200)
    private String name;

    private double sqrtSTeV;

    private double luminosityInvPb;

    @Column(length = 1000)
    private String reference;

    @Column(length = 4000)
    private String description;

    /** SHA-256 of the search result's content (null: stored before digests were recorded). */
    @Column(length = 64)
    private String resultDigest;

    /** SHA-256 of the full statistical model (null: none recorded, or no model). */
    @Column(length = 64)
    private String modelDigest;

    protected AnalysisEntity() {
    }

    public AnalysisEntity(String name, double sqrtSTeV, double luminosityInvPb, String reference, String description) {
        this.name = name;
        this.sqrtSTeV = sqrtSTeV;
        this.luminosityInvPb = luminosityInvPb;
        this.reference = reference;
        this.description = description;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public double sqrtSTeV() {
        return sqrtSTeV;
    }

    public double luminosityInvPb() {
        return luminosityInvPb;
    }

    public String reference() {
        return reference;
    }

    public String description() {
        return description;
    }

    public String resultDigest() {
        return resultDigest;
    }

    public void recordResultDigest(String digest) {
        this.resultDigest = digest;
    }

    public String modelDigest() {
        return modelDigest;
    }

    public void recordModelDigest(String digest) {
        this.modelDigest = digest;
    }
}
