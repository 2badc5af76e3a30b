/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.session;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.swt.widgets.Display;
import org.miniana.analysis.AnalysisOutcome;
import org.miniana.core.AnalysisRun;
import org.miniana.core.SearchResult;
import org.miniana.core.SignalModel;

/**
 * What the result views (Bin Results, Significance, Projections) show: one search result, and
 * optionally a signal model and a run of it. Changed and read on the UI thread only.
 */
public final class RunContext {

    /**
     * @param result the search whose bins are shown
     * @param model the signal model whose yields are shown beside the backgrounds, if any
     * @param run the run whose merged bin is ticked and tested, if any (made with {@code model})
     * @param outcome everything the run was made from: made in this session, or built from a stored
     *        run's record; empty for a run stored before runs recorded their details, which shows its
     *        numbers only ({@link #FIGURES_NOT_RECORDED})
     */
    public record State(SearchResult result, Optional<SignalModel> model, Optional<AnalysisRun> run,
            Optional<AnalysisOutcome> outcome) {

        public State {
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(run, "run");
            Objects.requireNonNull(outcome, "outcome");
        }

        public static State of(SearchResult result) {
            return new State(result, Optional.empty(), Optional.empty(), Optional.empty());
        }

        /** A run made now, stored as {@code run}. */
        public static State of(AnalysisOutcome outcome, AnalysisRun run) {
            return new State(outcome.search(), Optional.of(outcome.model()), Optional.of(run), Optional.of(outcome));
        }
    }

    /** What the views say of a run stored before runs recorded what its figures are drawn from. */
    public static final String FIGURES_NOT_RECORDED = "stored before runs recorded their cuts, per-process yields and"
            + " options (database schema 9), so only its numbers are shown: run its analysis again for the figures";

    private static final RunContext INSTANCE = new RunContext();

    private final ListenerList<Consumer<State>> listeners = new ListenerList<>();
    private State state;

    private RunContext() {
    }

    public static RunContext get() {
        return INSTANCE;
    }

    public Optional<State> state() {
        checkThread();
        return Optional.ofNullable(state);
    }

    /** Shows {@code next} in every result view. */
    public void show(State next) {
        checkThread();
        state = Objects.requireNonNull(next, "state");
        for (Consumer<State> listener : listeners) {
            listener.accept(next);
        }
    }

    public void addListener(Consumer<State> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<State> listener) {
        listeners.remove(listener);
    }

    private static void checkThread() {
        if (Display.getCurrent() == null) {
            throw new IllegalStateException("The run context is used on the UI thread only");
        }
    }
}
