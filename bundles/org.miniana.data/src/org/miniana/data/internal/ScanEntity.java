/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.miniana.core.RunMethod;
import org.miniana.core.ScanRecord;

/** A stored mass scan (schema version 4): its definition and how it last ended; its points are runs. */
@Entity
@Table(name = "SCAN")
public class ScanEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ANALYSIS_ID")
    private AnalysisEntity analysis;

    @Column(nullable = false, length = 100)
    private String family;
    private double motherFrom;
    private double motherTo;
    private double motherStep;
    private double lspFrom;
    private double lspStep;
    /** Null: up to each gluino mass's kinematic limit (Derby's DOUBLE holds no infinity). */
    private Double lspTo;
    @Column(nullable = false, length = 100)
    private String optimizer;
    @Column(nullable = false, length = 100)
    private String figureOfMerit;
    @Column(nullable = false, length = 40)
    private String errorCombination;
    @Column(nullable = false, length = 40)
    private String pValueMethod;
    private int fullLikelihoodToys;
    private Long seed;
    @Column(nullable = false, length = 40)
    private String statistics;
    private long eventsPerPoint;
    private long simulationSeed;
    @Column(nullable = false)
    private Instant started;
    private Instant finished;
    private int analysedPoints;
    private int failedPoints;
    private boolean cancelled;

    protected ScanEntity() {
    }

    public ScanEntity(AnalysisEntity analysis, ScanRecord scan) {
        this.analysis = analysis;
        this.family = scan.family();
        ScanRecord.Grid grid = scan.grid();
        this.motherFrom = grid.motherFrom();
        this.motherTo = grid.motherTo();
        this.motherStep = grid.motherStep();
        this.lspFrom = grid.lspFrom();
        this.lspStep = grid.lspStep();
        this.lspTo = Double.isFinite(grid.lspTo()) ? grid.lspTo() : null;
        this.optimizer = scan.optimizer();
        this.figureOfMerit = scan.figureOfMerit();
        this.errorCombination = scan.method().errors();
        this.pValueMethod = scan.method().pValueMethod();
        this.fullLikelihoodToys = scan.method().fullLikelihoodToys();
        this.seed = scan.method().seed();
        this.statistics = scan.statistics();
        restart(scan.eventsPerPoint(), scan.simulationSeed(), scan.started());
    }

    public long id() {
        return id;
    }

    /** The same scan started again (resumed): it runs until {@link #end}. */
    public void restart(long events, long eventsSeed, Instant start) {
        this.eventsPerPoint = events;
        this.simulationSeed = eventsSeed;
        this.started = start;
        this.finished = null;
        this.analysedPoints = 0;
        this.failedPoints = 0;
        this.cancelled = false;
    }

    public void end(Instant end, int analysed, int failed, boolean stopped) {
        this.finished = end;
        this.analysedPoints = analysed;
        this.failedPoints = failed;
        this.cancelled = stopped;
    }

    public ScanRecord toRecord() {
        return new ScanRecord(id, analysis.name(), family, new ScanRecord.Grid(motherFrom, motherTo, motherStep, lspFrom,
                lspStep, lspTo == null ? Double.POSITIVE_INFINITY : lspTo), optimizer, figureOfMerit,
                new RunMethod(errorCombination, pValueMethod, fullLikelihoodToys, seed), statistics, eventsPerPoint,
                simulationSeed, started, finished, analysedPoints, failedPoints, cancelled);
    }
}
