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

import org.miniana.core.Interval;
import org.miniana.core.SearchBin;

/** A search bin with its observed count. Upper edges are exclusive; null means open. */
@Entity
@Table(name = "SEARCH_BIN", uniqueConstraints = @UniqueConstraint(columnNames = { "ANALYSIS_ID", "BININDEX" }))
public class SearchBinEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ANALYSIS_ID")
    private AnalysisEntity analysis;

    private int binIndex;
    private double njetsMin;
    private Double njetsMax;
    private double nbMin;
    private Double nbMax;
    private double htMin;
    private Double htMax;
    private double mhtMin;
    private Double mhtMax;
    private long observed;

    protected SearchBinEntity() {
    }

    public SearchBinEntity(AnalysisEntity analysis, SearchBin bin, long observed) {
        this.analysis = analysis;
        this.binIndex = bin.index();
        this.njetsMin = bin.njets().lower();
        this.njetsMax = upper(bin.njets());
        this.nbMin = bin.nb().lower();
        this.nbMax = upper(bin.nb());
        this.htMin = bin.ht().lower();
        this.htMax = upper(bin.ht());
        this.mhtMin = bin.mht().lower();
        this.mhtMax = upper(bin.mht());
        this.observed = observed;
    }

    public SearchBin toBin() {
        return new SearchBin(binIndex, interval(njetsMin, njetsMax), interval(nbMin, nbMax), interval(htMin, htMax),
                interval(mhtMin, mhtMax));
    }

    public int binIndex() {
        return binIndex;
    }

    public long observed() {
        return observed;
    }

    private static Double upper(Interval interval) {
        return interval.isOpen() ? null : interval.upper();
    }

    private static Interval interval(double lower, Double upper) {
        return upper == null ? Interval.atLeast(lower) : Interval.of(lower, upper);
    }
}
