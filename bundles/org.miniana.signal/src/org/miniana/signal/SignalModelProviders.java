/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.miniana.core.SignalModel;
import org.miniana.extensions.Contributions;

/**
 * The signal-model providers contributed to {@value #EXTENSION_POINT}, read from the Eclipse
 * extension registry by {@link Contributions} and listed by id (of two with one id, the built-in
 * or else the one of the bundle whose name sorts first is kept). Providers are created on first
 * use; a contribution that is malformed or whose class cannot be created is logged and skipped,
 * never breaking the others.
 */
public final class SignalModelProviders {

    static final String BUNDLE = "org.miniana.signal";
    public static final String EXTENSION_POINT = BUNDLE + ".providers";

    private static final Contributions.Spec<SignalModelProvider> SPEC = new Contributions.Spec<>(EXTENSION_POINT,
            "provider", SignalModelProvider.class, "Signal model provider", false, Contributions.Order.BY_ID);

    private final Contributions<SignalModelProvider> contributions;
    private final List<ProviderDescriptor> descriptors;

    /** Reads the contributions from a registry, logging malformed ones to {@code log}. */
    public SignalModelProviders(IExtensionRegistry registry, ILog log) {
        contributions = new Contributions<>(SPEC, registry, log);
        descriptors = contributions.list().stream().map(ProviderDescriptor::new).toList();
    }

    /** The contributions of the running platform, logging to this bundle's log. */
    public static SignalModelProviders fromPlatform() {
        return new SignalModelProviders(Contributions.platformRegistry(), ILog.of(SignalModelProviders.class));
    }

    /** Every well-formed contribution, by id; creating their providers may still fail. */
    public List<ProviderDescriptor> descriptors() {
        return descriptors;
    }

    /** The contributions that cannot be used, and why (see {@link Contributions#unavailable()}). */
    public List<Contributions.Unavailable> unavailable() {
        return contributions.unavailable();
    }

    /** The first provider, by id, that understands the reference; contributions that fail are skipped. */
    public Optional<SignalModelProvider> providerFor(String reference) {
        for (ProviderDescriptor descriptor : descriptors) {
            Optional<SignalModelProvider> provider = descriptor.provider();
            if (provider.isPresent() && provider.get().understands(reference)) {
                return provider;
            }
        }
        return Optional.empty();
    }

    /**
     * Refuses a malformed reference of the provider that understands it, before any work.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public void check(String reference) {
        providerFor(reference).ifPresent(provider -> provider.check(reference));
    }

    /**
     * The model a reference names, from the first provider that understands it.
     *
     * @throws CoreException when no provider understands the reference, or the provider fails
     */
    public SignalModel provide(String reference, IProgressMonitor monitor) throws CoreException {
        SignalModelProvider provider = providerFor(reference).orElseThrow(() -> new CoreException(new Status(
                IStatus.ERROR, BUNDLE, "No signal model provider understands '" + reference + "'; installed: "
                        + descriptors.stream().map(ProviderDescriptor::name).toList())));
        return provider.provide(reference, monitor);
    }

}
