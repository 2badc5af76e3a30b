/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Installing, listing and removing third-party plug-ins in the running
 * product through p2 ({@link org.miniana.plugins.PluginInstallation},
 * {@link org.miniana.plugins.InstalledPlugin}), for {@code miniana plugins} and the workbench's Help &gt;
 * Install Plug-ins.
 */
package org.miniana.plugins;
