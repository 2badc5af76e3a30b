/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal;

import java.util.Optional;

import org.miniana.extensions.Contribution;

/**
 * One contribution to {@value SignalModelProviders#EXTENSION_POINT}: what it declares, and its
 * provider, created on first use. A contribution whose class cannot be created is logged once
 * and has no provider.
 */
public final class ProviderDescriptor {

    private final Contribution<SignalModelProvider> contribution;

    ProviderDescriptor(Contribution<SignalModelProvider> contribution) {
        this.contribution = contribution;
    }

    public String id() {
        return contribution.id();
    }

    /** The name for people; the id when none is given. */
    public String name() {
        return contribution.name();
    }

    public String description() {
        return contribution.description();
    }

    /** The bundle that contributed the provider. */
    public String contributor() {
        return contribution.contributor();
    }

    /** The provider, created on the first call; empty (and logged) when its class cannot be created. */
    public Optional<SignalModelProvider> provider() {
        return contribution.instance();
    }

    @Override
    public String toString() {
        return contribution.toString();
    }
}
