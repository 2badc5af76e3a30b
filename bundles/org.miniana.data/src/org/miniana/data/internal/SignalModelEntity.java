/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * A signal model of one analysis: its parameters in order and its yields packed in one column.
 * Its name is unique within its analysis (schema 6): two searches may each have a T1tttt_1500_100.
 */
@Entity
@Table(name = "SIGNAL_MODEL", uniqueConstraints = @UniqueConstraint(name = SignalModelEntity.UNIQUE_NAME,
        columnNames = { "ANALYSIS_ID", "NAME" }))
public class SignalModelEntity {

    /**
     * The constraint that keeps names unique per analysis, named so that the upgrade can add it
     * (at most 18 characters: EclipseLink cuts longer unique-key names for Derby).
     */
    public static final String UNIQUE_NAME = "MODEL_SEARCH_NAME";

    /** One named model parameter, e.g. mGluino = 1500. */
    @Embeddable
    public static class Parameter {
        @Column(name = "PARAMETER_NAME", nullable = false, length = 100)
        private String name;
        @Column(name = "PARAMETER_VALUE")
        private double value;

        protected Parameter() {
        }

        public Parameter(String name, double value) {
            this.name = name;
            this.value = value;
        }

        public String name() {
            return name;
        }

        public double value() {
            return value;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @Column(name = "NAME", nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 100)
    private String family;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ANALYSIS_ID")
    private AnalysisEntity analysis;

    private double crossSectionPb;

    @Column(length = 2000)
    private String provenance;

    /** SHA-256 of the model's content (null: stored before digests were recorded). */
    @Column(length = 64)
    private String digest;

    @ElementCollection
    @CollectionTable(name = "SIGNAL_PARAMETER", joinColumns = @JoinColumn(name = "MODEL_ID"))
    @OrderColumn(name = "POSITION")
    private List<Parameter> parameters = new ArrayList<>();

    /**
     * The yields in bin order, packed by {@link PackedYields}: one row per model instead of one per
     * bin made a 10,000-model import spend most of its time inserting 1.6 million rows. Null only in
     * a damaged database (schema 5 fills it in every model).
     */
    @Lob
    @Column(name = "YIELDS", length = PackedYields.MAX_BYTES)
    private byte[] yields;

    /** The systematic variations packed by {@link PackedVariations}; null for a model without any. */
    @Lob
    @Column(name = "VARIATIONS", length = PackedYields.MAX_BYTES)
    private byte[] variations;

    protected SignalModelEntity() {
    }

    public SignalModelEntity(String name, String family, AnalysisEntity analysis, double crossSectionPb,
            String provenance, List<Parameter> parameters, byte[] yields, byte[] variations, String digest) {
        this.name = name;
        this.family = family;
        this.analysis = analysis;
        this.crossSectionPb = crossSectionPb;
        this.provenance = provenance;
        this.parameters = new ArrayList<>(parameters);
        this.yields = yields;
        this.variations = variations;
        this.digest = digest;
    }

    /**
     * Gives the model new content, keeping its id (and so its runs): the analysis is the one it
     * has.
     */
    public void replaceContent(String family, double crossSectionPb, String provenance, List<Parameter> parameters,
            byte[] yields, byte[] variations, String digest) {
        this.family = family;
        this.crossSectionPb = crossSectionPb;
        this.provenance = provenance;
        this.parameters.clear();
        this.parameters.addAll(parameters);
        this.yields = yields;
        this.variations = variations;
        this.digest = digest;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String family() {
        return family;
    }

    public AnalysisEntity analysis() {
        return analysis;
    }

    public double crossSectionPb() {
        return crossSectionPb;
    }

    public String provenance() {
        return provenance;
    }

    public List<Parameter> parameters() {
        return parameters;
    }

    /** The packed yields ({@link PackedYields}); null when damaged. */
    public byte[] yields() {
        return yields;
    }

    /** The packed variations ({@link PackedVariations}); null for a model without any. */
    public byte[] variations() {
        return variations;
    }

    public String digest() {
        return digest;
    }

    public void recordDigest(String digest) {
        this.digest = digest;
    }
}
