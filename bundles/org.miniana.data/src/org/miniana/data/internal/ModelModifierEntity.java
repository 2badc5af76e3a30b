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

/**
 * The effect of one nuisance parameter on one sample (a datacard entry other than "-"): the
 * factors at theta = -1 and +1 (lnN), the range (lnU) or the extrapolation factor (gmN). A
 * sample's modifiers are ordered by parameter position.
 */
@Entity
@Table(name = "MODEL_MODIFIER")
public class ModelModifierEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = ModelChannelEntity.IDS)
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "SAMPLE_ID")
    private ModelSampleEntity sample;

    /** The position of the parameter in its model ({@link ModelParameterEntity}). */
    private int parameterPosition;
    private double factorDown;
    private double factorUp;

    protected ModelModifierEntity() {
    }

    public ModelModifierEntity(ModelSampleEntity sample, int parameterPosition, double factorDown, double factorUp) {
        this.sample = sample;
        this.parameterPosition = parameterPosition;
        this.factorDown = factorDown;
        this.factorUp = factorUp;
    }
}
