/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal;

import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.miniana.core.SignalModel;

/**
 * Makes signal models from references such as "T1tttt:1500:100" (the built-in fast
 * simulation) or a file name. Contributed through the extension point
 * {@value SignalModelProviders#EXTENSION_POINT}; implementations need a public no-argument
 * constructor and must be safe to call from several threads.
 */
public interface SignalModelProvider {

    /** Whether this provider is meant for the reference; cheap, and without reading or computing anything. */
    boolean understands(String reference);

    /**
     * The model a reference names.
     *
     * @param monitor progress and cancellation, may be null
     * @throws CoreException when the reference is malformed or the model cannot be made; the
     *         status message says why
     * @throws OperationCanceledException when the monitor is cancelled
     */
    SignalModel provide(String reference, IProgressMonitor monitor) throws CoreException;

    /**
     * The name the model of a reference will have, when it is known without reading or computing
     * anything, so that a model made before can be taken from a cache instead of made again.
     */
    default Optional<String> modelName(String reference) {
        return Optional.empty();
    }

    /**
     * Refuses a reference whose form or options are wrong, cheaply and before any work, so that
     * a command line can report it as a usage error; what cannot be known without the work
     * (a missing file, a failed simulation) is left to {@link #provide}.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    default void check(String reference) {
        // nothing to check without reading or computing
    }
}
