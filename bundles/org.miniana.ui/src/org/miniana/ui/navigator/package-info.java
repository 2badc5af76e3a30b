/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The Database Navigator view: the searches, models, runs and scans of
 * the results database, and how each is opened.
 */
package org.miniana.ui.navigator;
