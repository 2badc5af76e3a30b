/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.miniana.core.SignalModel;

/**
 * The signal-model providers contributed to {@value #EXTENSION_POINT}, read from the Eclipse
 * extension registry. Providers are created on first use; a contribution that is malformed or
 * whose class cannot be created is logged and skipped, never breaking the others.
 */
public final class SignalModelProviders {

    static final String BUNDLE = "org.miniana.signal";
    public static final String EXTENSION_POINT = BUNDLE + ".providers";

    private final List<ProviderDescriptor> descriptors;

    /** Reads the contributions from a registry, logging malformed ones to {@code log}. */
    public SignalModelProviders(IExtensionRegistry registry, ILog log) {
        List<ProviderDescriptor> read = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            String id = element.getAttribute("id");
            String contributor = element.getContributor().getName();
            String problem = !"provider".equals(element.getName()) ? "unknown element <" + element.getName() + ">"
                    : blank(id) ? "no id"
                    : blank(element.getAttribute("class")) ? "no class"
                    : !ids.add(id) ? "the id is already taken"
                    : null;
            if (problem == null) {
                read.add(new ProviderDescriptor(element, log));
            } else {
                log.log(new Status(IStatus.ERROR, BUNDLE, "Signal model provider " + (blank(id) ? "" : "'" + id + "' ")
                        + "from " + contributor + " is skipped: " + problem));
            }
        }
        // the registry's order depends on bundle installation; ids give a stable one
        read.sort(Comparator.comparing(ProviderDescriptor::id));
        descriptors = List.copyOf(read);
    }

    /** The contributions of the running platform, logging to this bundle's log. */
    public static SignalModelProviders fromPlatform() {
        return new SignalModelProviders(Platform.getExtensionRegistry(), ILog.of(SignalModelProviders.class));
    }

    /** Every well-formed contribution, by id; creating their providers may still fail. */
    public List<ProviderDescriptor> descriptors() {
        return descriptors;
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

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
