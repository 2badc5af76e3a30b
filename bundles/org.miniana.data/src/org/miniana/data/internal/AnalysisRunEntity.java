/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.miniana.core.AnalysisRun;
import org.miniana.core.LikelihoodResult;
import org.miniana.core.RunDetails;
import org.miniana.core.RunMethod;
import org.miniana.stats.ExpectedLimits;

@Entity
@Table(name = "ANALYSIS_RUN")
public class AnalysisRunEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "MODEL_ID")
    private SignalModelEntity model;

    @Column(nullable = false, length = 100)
    private String optimizer;
    @Column(nullable = false, length = 100)
    private String figureOfMerit;
    /** Bin indices, comma-separated: a run is read whole, never queried by bin. */
    @Column(nullable = false, length = 2000)
    private String bins;
    @Column(length = 1000)
    private String selection;
    private double signalYield;
    private double background;
    private double backgroundUp;
    private double backgroundDown;
    private long observed;
    private double expectedPValue;
    private double expectedSignificance;
    private double observedPValue;
    private double observedSignificance;
    private double signalLimit;
    private double expectedSignalLimit;
    /** The expected limit's bands and the run's method; null in runs stored before schema version 4. */
    private Double expectedSignalLimitMinus2;
    private Double expectedSignalLimitMinus1;
    private Double expectedSignalLimitPlus1;
    private Double expectedSignalLimitPlus2;
    @Column(length = 40)
    private String errorCombination;
    @Column(length = 40)
    private String pValueMethod;
    private Integer fullLikelihoodToys;
    private Long seed;
    private double signalStrengthLimit;
    private Instant finished;
    @Column(length = 2000)
    private String reportLocation;
    /** The full likelihood's result; all its columns are null when it was not computed. */
    @Column(length = 40)
    private String fullMethod;
    private Double fullBestFitStrength;
    private Double fullObservedLimit;
    private Double fullExpectedMinus2;
    private Double fullExpectedMinus1;
    private Double fullExpectedMedian;
    private Double fullExpectedPlus1;
    private Double fullExpectedPlus2;
    private Double fullObservedSignificance;
    private Double fullExpectedSignificance;
    /**
     * The yields the run was made with ({@link PackedYields}) once its model has other ones; null
     * while the model's yields are the run's (schema 5; before it, saving a model deleted its runs).
     */
    @Lob
    @Column(name = "MODEL_YIELDS", length = PackedYields.MAX_BYTES)
    private byte[] modelYields;

    /** Schema 8: the relative errors of the merged bin's signal that its limits took; null before. */
    private Double signalErrorUp;
    private Double signalErrorDown;

    /**
     * Schema 9: the run's {@link RunDetails}, its lists and numbers packed ({@link PackedRunDetails}),
     * its texts in columns; all null in runs stored before, which record no details.
     */
    @Lob
    @Column(name = "DETAILS", length = PackedYields.MAX_BYTES)
    private byte[] details;
    @Column(length = 20)
    private String statistics;
    @Column(length = 64)
    private String modelRevision;
    @Column(length = 40)
    private String signalErrorSource;

    protected AnalysisRunEntity() {
    }

    public AnalysisRunEntity(SignalModelEntity model, AnalysisRun run) {
        this.model = model;
        this.optimizer = run.optimizer();
        this.figureOfMerit = run.figureOfMerit();
        this.bins = run.bins().stream().map(String::valueOf).collect(Collectors.joining(","));
        this.selection = run.selection();
        this.signalYield = run.signal();
        this.background = run.background();
        this.backgroundUp = run.backgroundUp();
        this.backgroundDown = run.backgroundDown();
        this.observed = run.observed();
        this.expectedPValue = run.expectedPValue();
        this.expectedSignificance = run.expectedSignificance();
        this.observedPValue = run.observedPValue();
        this.observedSignificance = run.observedSignificance();
        this.signalLimit = run.signalLimit();
        ExpectedLimits expected = run.expectedSignalLimits();
        this.expectedSignalLimit = expected.median();
        this.expectedSignalLimitMinus2 = orNull(expected.minus2());
        this.expectedSignalLimitMinus1 = orNull(expected.minus1());
        this.expectedSignalLimitPlus1 = orNull(expected.plus1());
        this.expectedSignalLimitPlus2 = orNull(expected.plus2());
        if (run.method() != null) {
            errorCombination = run.method().errors();
            pValueMethod = run.method().pValueMethod();
            fullLikelihoodToys = run.method().fullLikelihoodToys();
            seed = run.method().seed();
        }
        this.signalStrengthLimit = run.signalStrengthLimit();
        this.signalErrorUp = orNull(run.signalErrorUp());
        this.signalErrorDown = orNull(run.signalErrorDown());
        run.recorded().ifPresent(recorded -> {
            details = PackedRunDetails.pack(recorded);
            statistics = recorded.statistics();
            modelRevision = recorded.modelRevision();
            signalErrorSource = recorded.signalErrorSource();
        });
        this.finished = run.timestamp();
        this.reportLocation = run.reportLocation();
        run.full().ifPresent(full -> {
            fullMethod = full.method();
            fullBestFitStrength = full.bestFitStrength();
            fullObservedLimit = full.observedLimit();
            fullExpectedMinus2 = full.expectedMinus2();
            fullExpectedMinus1 = full.expectedMinus1();
            fullExpectedMedian = full.expectedMedian();
            fullExpectedPlus1 = full.expectedPlus1();
            fullExpectedPlus2 = full.expectedPlus2();
            fullObservedSignificance = storedSignificance(full.observedSignificance());
            fullExpectedSignificance = storedSignificance(full.expectedSignificance());
        });
    }

    public long id() {
        return id;
    }

    /** The yields the run was made with when its model has other ones since; null while they are the model's. */
    public byte[] modelYields() {
        return modelYields;
    }

    /** The run, or empty when its packed details are damaged. */
    public Optional<AnalysisRun> toRun() {
        RunDetails recorded = null;
        if (details != null) {
            Optional<RunDetails> unpacked = PackedRunDetails.unpack(details, statistics, modelRevision,
                    signalErrorSource);
            if (unpacked.isEmpty()) {
                return Optional.empty();
            }
            recorded = unpacked.get();
        }
        List<Integer> binList = bins.isEmpty() ? List.of()
                : Arrays.stream(bins.split(",")).map(Integer::valueOf).toList();
        return Optional.of(new AnalysisRun(model.analysis().name(), model.name(), optimizer, figureOfMerit, binList, selection,
                signalYield, background, backgroundUp, backgroundDown, observed, expectedPValue, expectedSignificance,
                observedPValue, observedSignificance, signalLimit,
                new ExpectedLimits(orNaN(expectedSignalLimitMinus2), orNaN(expectedSignalLimitMinus1),
                        expectedSignalLimit, orNaN(expectedSignalLimitPlus1), orNaN(expectedSignalLimitPlus2)),
                signalStrengthLimit, finished, reportLocation, fullMethod == null ? null
                        : new LikelihoodResult(fullMethod, fullBestFitStrength, fullObservedLimit, fullExpectedMinus2,
                                fullExpectedMinus1, fullExpectedMedian, fullExpectedPlus1, fullExpectedPlus2,
                                readSignificance(fullObservedSignificance), readSignificance(fullExpectedSignificance)),
                errorCombination == null ? null
                        : new RunMethod(errorCombination, pValueMethod, fullLikelihoodToys, seed),
                orNaN(signalErrorUp), orNaN(signalErrorDown), recorded));
    }

    /** Derby's DOUBLE holds no NaN: a band that is not known is stored as NULL. */
    private static Double orNull(double value) {
        return Double.isNaN(value) ? null : value;
    }

    private static double orNaN(Double stored) {
        return stored == null ? Double.NaN : stored;
    }

    /**
     * Derby's DOUBLE holds no infinity; a significance is infinite only when no toy reached the
     * data's test statistic, stored as NULL.
     */
    private static Double storedSignificance(double z) {
        return z == Double.POSITIVE_INFINITY ? null : z;
    }

    private static double readSignificance(Double stored) {
        return stored == null ? Double.POSITIVE_INFINITY : stored;
    }
}
