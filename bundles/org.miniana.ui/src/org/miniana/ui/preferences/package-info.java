/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The Analysis and Database preference pages, their defaults and the
 * preferences the workbench reads.
 */
package org.miniana.ui.preferences;
