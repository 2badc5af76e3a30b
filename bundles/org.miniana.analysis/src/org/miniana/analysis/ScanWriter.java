/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.miniana.core.AnalysisRun;
import org.miniana.core.FailureMessages;
import org.miniana.core.SignalModel;
import org.miniana.data.ResultsDatabase;
import org.miniana.signal.MassPoint;

/**
 * Stores a scan's new models and runs on a thread of its own while the workers go on simulating
 * and analysing: in batches, one transaction for a batch's models and one for its runs, instead of
 * one or two commits per point. The first batch is written at once, each next one when
 * {@link #BATCH_MILLIS} have passed since the previous one began (or when the scan ends), so a
 * killed scan loses at most about a second of points, which the next run of it makes again; a
 * model is always committed before its run.
 */
final class ScanWriter implements AutoCloseable {

    /** The shortest time between the starts of two batches: about a second of points shares a commit. */
    static final long BATCH_MILLIS = 1000;
    /** Points per batch at most, so that a transaction stays small. */
    private static final int BATCH_POINTS = 1000;

    /**
     * A point to store.
     *
     * @param index the point's place in the scan
     * @param newModel its model when the scan simulated it, else null (the model is stored)
     */
    record Entry(int index, MassPoint point, SignalModel newModel, AnalysisRun run) {
    }

    /** Hears, on the writer's thread, how each entry ended. */
    interface Outcome {
        /** The entry's model (when new) and run are committed. */
        void stored(Entry entry);

        /** The entry was not stored, for a reason the user can read. */
        void failed(Entry entry, String message);
    }

    /** Added by {@link #close()} after the last entry; compared by identity. */
    private static final Entry END = new Entry(-1, null, null, null);

    private final ResultsDatabase database;
    private final String analysisName;
    private final Outcome outcome;
    private final BlockingQueue<Entry> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile Throwable crash;

    ScanWriter(ResultsDatabase database, String analysisName, Outcome outcome) {
        this.database = database;
        this.analysisName = analysisName;
        this.outcome = outcome;
        thread = new Thread(this::write, "miniana-scan-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues an entry; any thread. */
    void add(Entry entry) {
        queue.add(entry);
    }

    /** Writes what is queued and waits for it; the entries must all have been added. */
    @Override
    public void close() {
        queue.add(END);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while storing the scan's last points", e);
        }
        if (crash != null) {
            throw new IllegalStateException("Storing the scan's points failed unexpectedly", crash);
        }
    }

    private void write() {
        try {
            long lastBatch = System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(BATCH_MILLIS);
            for (Entry first = queue.take(); first != END; first = queue.take()) {
                List<Entry> batch = new ArrayList<>(List.of(first));
                long due = lastBatch + TimeUnit.MILLISECONDS.toNanos(BATCH_MILLIS);
                boolean ended = false;
                while (!ended && batch.size() < BATCH_POINTS) {
                    long left = due - System.nanoTime();
                    Entry next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : queue.poll();
                    if (next == null) {
                        break;
                    }
                    ended = next == END;
                    if (!ended) {
                        batch.add(next);
                    }
                }
                lastBatch = System.nanoTime();
                store(batch);
                if (ended) {
                    return;
                }
            }
        } catch (InterruptedException | RuntimeException | Error e) {
            crash = e;
        }
    }

    /**
     * One transaction for the new models, one for the runs; when one fails, the entries it held one
     * at a time, so that only the points that cannot be stored fail.
     */
    private void store(List<Entry> batch) {
        List<Entry> storable;
        try {
            storable = withStoredModels(batch);
        } catch (RuntimeException e) {
            batch.forEach(this::storeAlone);
            return;
        }
        try {
            database.runs().store(storable.stream().map(Entry::run).toList());
        } catch (RuntimeException e) {
            storable.forEach(this::storeRunAlone);
            return;
        }
        storable.forEach(outcome::stored);
    }

    /**
     * Stores the batch's new models; returns the entries whose runs may be stored: all but those
     * whose model another process stored meanwhile with other content (their runs would not be runs
     * of the stored model), which are reported as failed.
     */
    private List<Entry> withStoredModels(List<Entry> batch) {
        List<SignalModel> models = batch.stream().map(Entry::newModel).filter(Objects::nonNull).toList();
        Set<String> stored = database.signalModels().storeIfAbsent(analysisName, models);
        List<Entry> storable = new ArrayList<>(batch.size());
        for (Entry entry : batch) {
            if (entry.newModel() == null || stored.contains(entry.newModel().name())
                    || sameAsStored(entry.newModel())) {
                storable.add(entry);
            } else {
                outcome.failed(entry, "another scan stored a different model " + entry.newModel().name()
                        + " meanwhile; run the scan again to analyse that one");
            }
        }
        return storable;
    }

    private boolean sameAsStored(SignalModel model) {
        Optional<SignalModel> stored = database.signalModels().find(analysisName, model.name());
        return stored.isPresent() && stored.get().equals(model);
    }

    private void storeAlone(Entry entry) {
        List<Entry> storable;
        try {
            storable = withStoredModels(List.of(entry));
        } catch (RuntimeException e) {
            outcome.failed(entry, FailureMessages.of(e));
            return;
        }
        storable.forEach(this::storeRunAlone);
    }

    private void storeRunAlone(Entry entry) {
        try {
            database.runs().store(entry.run());
        } catch (RuntimeException e) {
            outcome.failed(entry, FailureMessages.of(e));
            return;
        }
        outcome.stored(entry);
    }
}
