/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.ui.editor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.eclipse.core.runtime.ListenerList;
import org.miniana.core.SearchResult;
import org.miniana.core.SignalModel;
import org.miniana.core.SignalYield;

/**
 * The model an editor works on: an immutable {@link SignalModel} replaced by every edit, and the
 * search whose bins its yields fill. Listeners hear every replacement.
 */
public final class ModelDocument {

    private final SearchResult search;
    private final ListenerList<Runnable> listeners = new ListenerList<>();
    private SignalModel model;

    ModelDocument(SearchResult search, SignalModel model) {
        this.search = Objects.requireNonNull(search, "search");
        this.model = Objects.requireNonNull(model, "model");
    }

    public SearchResult search() {
        return search;
    }

    public SignalModel model() {
        return model;
    }

    /** Replaces what the model says, keeping its name (the name changes only by Save As). */
    void setContent(SignalModel content) {
        model = new SignalModel(model.name(), content.family(), content.parameters(), content.crossSectionPb(),
                content.provenance(), content.yields(), content.variations());
        listeners.forEach(Runnable::run);
    }

    void rename(String name) {
        model = withName(model, name);
        listeners.forEach(Runnable::run);
    }

    void addListener(Runnable listener) {
        listeners.add(listener);
    }

    void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    static SignalModel withName(SignalModel model, String name) {
        return new SignalModel(name, model.family(), model.parameters(), model.crossSectionPb(), model.provenance(),
                model.yields(), model.variations());
    }

    static SignalModel withYield(SignalModel model, int bin, SignalYield yield) {
        return model.withYield(bin, yield);
    }

    static SignalModel withParameter(SignalModel model, String parameter, double value) {
        Map<String, Double> parameters = new LinkedHashMap<>(model.parameters());
        parameters.put(parameter, value);
        return new SignalModel(model.name(), model.family(), parameters, model.crossSectionPb(), model.provenance(),
                model.yields(), model.variations());
    }

    static SignalModel withMetadata(SignalModel model, String family, double crossSectionPb, String provenance) {
        return new SignalModel(model.name(), family, model.parameters(), crossSectionPb, provenance, model.yields(),
                model.variations());
    }
}
