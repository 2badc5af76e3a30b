/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.session;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ListenerList;
import org.miniana.core.SearchResult;
import org.miniana.core.model.StatisticalModel;
import org.miniana.data.DatabaseException;
import org.miniana.data.DefaultDatabase;
import org.miniana.data.ResultsDatabase;
import org.miniana.ui.preferences.UiPreferences;

/**
 * The workbench's one session with the results database. An embedded Derby database admits one
 * process (and one open per process), so every view, editor and job of the workbench shares this
 * session; it opens on first use, from a job since opening can take seconds, and closes when the
 * workbench shuts down. Listeners hear what changed, on whatever thread changed it.
 */
public final class DatabaseSession {

    /** What changed in the database or the session. */
    public enum Change {
        /** The session opened, closed or moved to another database: reload everything. */
        CONNECTION,
        /** Signal models were stored, replaced or deleted. */
        MODELS,
        /** Analysis runs were stored. */
        RUNS,
        /** A scan was recorded or forgotten. */
        SCANS
    }

    private static final DatabaseSession INSTANCE = new DatabaseSession();

    private final ListenerList<Consumer<Change>> listeners = new ListenerList<>();
    /** Published results are immutable once stored: read each once per session. */
    private final Map<String, SearchResult> searchResults = new ConcurrentHashMap<>();
    private final Map<String, Optional<StatisticalModel>> statisticalModels = new ConcurrentHashMap<>();
    private ResultsDatabase database;

    private DatabaseSession() {
    }

    public static DatabaseSession get() {
        return INSTANCE;
    }

    /**
     * The open database, opening (and, the first time, filling) it if needed. May take seconds:
     * call it from a job.
     *
     * @throws DatabaseException when the database cannot be opened, e.g. another process uses it
     */
    public ResultsDatabase database() {
        boolean opened;
        synchronized (this) {
            opened = database == null;
            if (opened) {
                database = open();
            }
        }
        if (opened) {
            changed(Change.CONNECTION);
        }
        return database;
    }

    private static ResultsDatabase open() {
        ILog log = ILog.of(DatabaseSession.class);
        String url = UiPreferences.serverUrl();
        if (url.isEmpty()) {
            return DefaultDatabase.open(DefaultDatabase.location(null), log::info);
        }
        // the server, not a client, fills its database (TeamServer)
        return ResultsDatabase.openServer(url);
    }

    /** Whether the session is open. */
    public synchronized boolean isOpen() {
        return database != null;
    }

    /** The database in use (embedded path or server URL), or the configured one while none is open. */
    public synchronized String description() {
        return database != null ? database.description() : configuredDescription() + " (not open)";
    }

    /** The database the settings name: the server URL, or the embedded folder. */
    public String configuredDescription() {
        String url = UiPreferences.serverUrl();
        return url.isEmpty() ? DefaultDatabase.location(null).toAbsolutePath().normalize().toString() : url;
    }

    /** The published result of an analysis, read once per session. */
    public SearchResult searchResult(String analysis) {
        return searchResults.computeIfAbsent(analysis, name -> database().searchResults().get(name));
    }

    /** The full statistical model of an analysis, when it was imported from datacards; read once per session. */
    public Optional<StatisticalModel> statisticalModel(String analysis) {
        return statisticalModels.computeIfAbsent(analysis, name -> database().statisticalModels().find(name));
    }

    /** Closes the session; the next use opens the database the settings name now. */
    public void reconnect() {
        close();
        changed(Change.CONNECTION);
    }

    /**
     * Releases the database, e.g. at shutdown, so that another process can open it. The jobs use
     * the database: they are cancelled first, and it closes only after they have ended.
     */
    public void close() {
        try {
            WorkbenchJob.stopAll(null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            searchResults.clear();
            statisticalModels.clear();
            if (database != null) {
                try {
                    database.close();
                } finally {
                    database = null;
                }
            }
        }
    }

    /** Tells the listeners that something changed. */
    public void changed(Change change) {
        for (Consumer<Change> listener : listeners) {
            listener.accept(change);
        }
    }

    public void addListener(Consumer<Change> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Change> listener) {
        listeners.remove(listener);
    }
}
