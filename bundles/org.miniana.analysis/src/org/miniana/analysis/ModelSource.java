/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.analysis;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.miniana.core.SignalModel;
import org.miniana.data.DatabaseException;
import org.miniana.data.SignalModelStore;
import org.miniana.signal.SignalModelProvider;
import org.miniana.signal.SignalModelProviders;

/**
 * Finds the signal model a user names: a model stored in the database, or a reference the
 * contributed providers understand ("T1tttt:1500:100", "models.json#NAME", a CSV file, a folder of
 * datacards). A provided model is stored, so that runs can refer to it; a simulated one is stored
 * once and taken from the database the next time.
 */
public final class ModelSource {

    private final SignalModelStore store;
    private final String analysisName;
    private final SignalModelProviders providers;

    /**
     * @param store where models are looked up and stored
     * @param analysisName the analysis whose model names are looked up in, and whose bins new models fill
     */
    public ModelSource(SignalModelStore store, String analysisName, SignalModelProviders providers) {
        this.store = store;
        this.analysisName = analysisName;
        this.providers = providers;
    }

    /**
     * The model a name or reference stands for.
     *
     * @param monitor progress and cancellation of a simulation or import, may be null
     * @throws CoreException when no provider understands the reference or it fails
     * @throws DatabaseException when a different model of the same name is stored already
     */
    public SignalModel resolve(String reference, IProgressMonitor monitor) throws CoreException {
        Optional<SignalModel> stored = store.find(analysisName, reference);
        if (stored.isPresent()) {
            return stored.get();
        }
        Optional<SignalModelProvider> provider = providers.providerFor(reference);
        Optional<SignalModel> cached = provider.flatMap(p -> p.modelName(reference))
                .flatMap(name -> store.find(analysisName, name));
        if (cached.isPresent()) {
            return cached.get();
        }
        SignalModel model = providers.provide(reference, monitor);
        Optional<SignalModel> sameName = store.find(analysisName, model.name());
        if (sameName.isEmpty()) {
            store.store(analysisName, List.of(model), false);
            return model;
        }
        if (sameName.get().yields().equals(model.yields())) {
            return sameName.get();
        }
        throw new DatabaseException("A different signal model named '" + model.name() + "' is stored already for "
                + analysisName + "; analyze it by its name, or delete it first ('miniana models delete --analysis "
                + analysisName + " " + model.name() + "')");
    }
}
