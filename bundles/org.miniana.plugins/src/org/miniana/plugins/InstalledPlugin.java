/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.plugins;

import java.util.List;
import java.util.Objects;

/**
 * A plug-in installed into the product with {@link PluginInstallation#install}: one root
 * installable unit of its p2 profile (a bundle or a feature) and the bundles it brought.
 *
 * @param id the installable unit's id, what {@link PluginInstallation#remove} takes
 * @param version its version
 * @param name its name for people; the id when it has none
 * @param bundles the bundles it consists of, each with its state in the running platform
 */
public record InstalledPlugin(String id, String version, String name, List<PluginBundle> bundles) {

    public InstalledPlugin {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(name, "name");
        bundles = List.copyOf(bundles);
    }
}
