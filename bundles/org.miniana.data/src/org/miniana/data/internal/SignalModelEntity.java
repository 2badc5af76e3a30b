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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** A signal model of one analysis: its parameters in order and one yield per bin (list position = bin index). */
@Entity
@Table(name = "SIGNAL_MODEL")
public class SignalModelEntity {

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

    /** The expected signal in one bin and its simulation-statistics error. */
    @Embeddable
    public static class Yield {
        @Column(name = "YIELD_VALUE")
        private double value;
        @Column(name = "MC_STAT_ERROR")
        private double mcStatError;

        protected Yield() {
        }

        public Yield(double value, double mcStatError) {
            this.value = value;
            this.mcStatError = mcStatError;
        }

        public double value() {
            return value;
        }

        public double mcStatError() {
            return mcStatError;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @Column(nullable = false, unique = true, length = 200)
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

    @ElementCollection
    @CollectionTable(name = "SIGNAL_YIELD", joinColumns = @JoinColumn(name = "MODEL_ID"))
    @OrderColumn(name = "BIN_INDEX")
    private List<Yield> yields = new ArrayList<>();

    protected SignalModelEntity() {
    }

    public SignalModelEntity(String name, String family, AnalysisEntity analysis, double crossSectionPb,
            String provenance, List<Parameter> parameters, List<Yield> yields, String digest) {
        this.name = name;
        this.family = family;
        this.analysis = analysis;
        this.crossSectionPb = crossSectionPb;
        this.provenance = provenance;
        this.parameters = new ArrayList<>(parameters);
        this.yields = new ArrayList<>(yields);
        this.digest = digest;
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

    public List<Yield> yields() {
        return yields;
    }

    public String digest() {
        return digest;
    }

    public void recordDigest(String digest) {
        this.digest = digest;
    }
}
