/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal;

import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * One contribution to {@value SignalModelProviders#EXTENSION_POINT}: what it declares, and its
 * provider, created on first use. A contribution whose class cannot be created is logged once
 * and has no provider.
 */
public final class ProviderDescriptor {

    private final IConfigurationElement element;
    private final String id;
    private final String name;
    private final String description;
    private final ILog log;
    private boolean attempted;
    /** Created on the first call of {@link #provider()}; null when that failed. */
    private SignalModelProvider provider;

    ProviderDescriptor(IConfigurationElement element, ILog log) {
        this.element = element;
        this.id = element.getAttribute("id");
        this.name = Objects.requireNonNullElse(element.getAttribute("name"), id);
        this.description = Objects.requireNonNullElse(element.getAttribute("description"), "");
        this.log = log;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    /** The bundle that contributed the provider. */
    public String contributor() {
        return element.getContributor().getName();
    }

    /** The provider, created on the first call; empty (and logged) when its class cannot be created. */
    public synchronized Optional<SignalModelProvider> provider() {
        if (!attempted) {
            attempted = true;
            provider = create();
        }
        return Optional.ofNullable(provider);
    }

    private SignalModelProvider create() {
        String skipped = "Signal model provider '" + id + "' from " + contributor() + " is skipped: its class "
                + element.getAttribute("class");
        try {
            Object created = element.createExecutableExtension("class");
            if (created instanceof SignalModelProvider signalModelProvider) {
                return signalModelProvider;
            }
            log.log(new Status(IStatus.ERROR, SignalModelProviders.BUNDLE,
                    skipped + " does not implement " + SignalModelProvider.class.getName()));
        } catch (CoreException | RuntimeException | LinkageError e) {
            log.log(new Status(IStatus.ERROR, SignalModelProviders.BUNDLE, skipped + " cannot be created", e));
        }
        return null;
    }

    @Override
    public String toString() {
        return id + " (" + name + ", from " + contributor() + ")";
    }
}
