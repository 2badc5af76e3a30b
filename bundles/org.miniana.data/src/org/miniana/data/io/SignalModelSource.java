/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import org.miniana.core.SignalModel;
import org.miniana.data.InputFormatException;

/**
 * The signal models of one file that an import read and checked: their analysis and names are
 * kept, the models themselves are read from the file again, one at a time, when they are stored.
 * So an import of any number of models holds one file's document while checking it and one model
 * while storing it, never all of them.
 */
public final class SignalModelSource implements Iterable<SignalModel> {

    /** Opens the checked file again (standard input: the bytes read once). */
    interface Reopen {
        InputStream open() throws IOException;
    }

    private final String source;
    private final String analysis;
    private final List<String> names;
    private final Reopen reopen;
    /** Models kept in memory: a CSV file holds one. */
    private final List<SignalModel> kept;

    private SignalModelSource(String source, String analysis, List<String> names, Reopen reopen,
            List<SignalModel> kept) {
        this.source = source;
        this.analysis = analysis;
        this.names = List.copyOf(names);
        this.reopen = reopen;
        this.kept = kept;
    }

    /** The models of a JSON file, read again from {@code reopen} when stored. */
    static SignalModelSource json(String source, SignalModelJson.SignalModels checked, Reopen reopen) {
        return new SignalModelSource(source, checked.analysis(),
                checked.models().stream().map(SignalModel::name).toList(), reopen, null);
    }

    /** Models kept as read. */
    static SignalModelSource kept(String source, SignalModelJson.SignalModels models) {
        return new SignalModelSource(source, models.analysis(), models.models().stream().map(SignalModel::name).toList(),
                null, List.copyOf(models.models()));
    }

    /** The analysis whose bins the models fill. */
    public String analysis() {
        return analysis;
    }

    /** The models' names, in the file's order. */
    public List<String> names() {
        return names;
    }

    /**
     * Gives each model to {@code action} in the file's order, reading one at a time.
     *
     * @throws UncheckedIOException when the file cannot be read again
     * @throws IllegalStateException when the file changed since it was checked (its message names the file)
     */
    @Override
    public void forEach(Consumer<? super SignalModel> action) {
        if (kept != null) {
            kept.forEach(action);
            return;
        }
        int[] read = { 0 };
        try (InputStream in = reopen.open()) {
            SignalModelJson.forEachModel(source, in, model -> {
                if (read[0] >= names.size() || !names.get(read[0]).equals(model.name())) {
                    throw new IllegalStateException(source + ": changed while being imported (model " + (read[0] + 1)
                            + " is no longer '" + (read[0] < names.size() ? names.get(read[0]) : "") + "')");
                }
                read[0]++;
                action.accept(model);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        } catch (InputFormatException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        if (read[0] != names.size()) {
            throw new IllegalStateException(source + ": changed while being imported (" + read[0] + " models instead of "
                    + names.size() + ")");
        }
    }

    /** All the models at once, for the few that are needed together (a provider's file, a preview). */
    public List<SignalModel> models() {
        List<SignalModel> models = new ArrayList<>(names.size());
        forEach(models::add);
        return models;
    }

    /** Reads all models first: {@link #forEach} is the way that holds one at a time. */
    @Override
    public Iterator<SignalModel> iterator() {
        return models().iterator();
    }
}
