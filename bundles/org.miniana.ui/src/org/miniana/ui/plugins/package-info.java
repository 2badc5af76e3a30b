/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Help &gt; Install Plug-ins: the dialog that lists, installs and removes
 * third-party plug-ins through {@code org.miniana.plugins}.
 */
package org.miniana.ui.plugins;
