/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.plugins;

import java.util.List;
import java.util.Objects;

/**
 * One bundle of an installed plug-in, as the running platform sees it.
 *
 * @param symbolicName the bundle's symbolic name
 * @param version its version
 * @param state {@link State#RESTART_NEEDED} when it was installed after this platform started
 * @param contributions what it contributes, one entry per element, e.g.
 *        "org.miniana.optimize.optimizers: top-n-bins"; empty when it is not loaded
 * @param problems why it, or one of its contributions, cannot be used; empty when nothing is wrong
 */
public record PluginBundle(String symbolicName, String version, State state, List<String> contributions,
        List<String> problems) {

    /** Where a bundle stands in the running platform. */
    public enum State {
        /** Its classes can be loaded. */
        RESOLVED("resolved"),
        /** Installed, but a requirement is missing: see the problems. */
        UNRESOLVED("not resolved"),
        /** Installed into the product after this platform started: it is loaded at the next start. */
        RESTART_NEEDED("installed, loaded at the next start");

        private final String label;

        State(String label) {
            this.label = label;
        }

        /** What a person reads. */
        public String label() {
            return label;
        }
    }

    public PluginBundle {
        Objects.requireNonNull(symbolicName, "symbolicName");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(state, "state");
        contributions = List.copyOf(contributions);
        problems = List.copyOf(problems);
    }
}
