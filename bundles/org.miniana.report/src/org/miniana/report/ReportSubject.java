/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.report;

import java.util.Objects;

import org.miniana.analysis.AnalysisOutcome;
import org.miniana.analysis.ScanResult;
import org.miniana.core.Analysis;
import org.miniana.core.SearchResult;

/** What a report is about: one designed and tested single-bin analysis, or a mass scan. */
public sealed interface ReportSubject {

    /** The published search the analysis or scan used. */
    SearchResult search();

    /** A title for a report whose user gave none. */
    String defaultTitle();

    /** One single-bin analysis of one signal model. */
    record Run(AnalysisOutcome outcome) implements ReportSubject {
        public Run {
            Objects.requireNonNull(outcome, "outcome");
        }

        @Override
        public SearchResult search() {
            return outcome.search();
        }

        @Override
        public String defaultTitle() {
            return "A single-bin search for " + outcome.model().name() + " in " + outcome.search().analysis().name();
        }
    }

    /**
     * A mass scan.
     *
     * @param search the search every point was analysed in
     */
    record Scan(ScanResult scan, SearchResult search) implements ReportSubject {
        public Scan {
            Objects.requireNonNull(scan, "scan");
            Objects.requireNonNull(search, "search");
        }

        @Override
        public String defaultTitle() {
            return "Single-bin searches for " + scan.family().family() + " in " + search.analysis().name();
        }
    }

    static ReportSubject of(AnalysisOutcome outcome) {
        return new Run(outcome);
    }

    static ReportSubject of(ScanResult scan, SearchResult search) {
        return new Scan(scan, search);
    }

    /** The search's description. */
    default Analysis analysis() {
        return search().analysis();
    }
}
