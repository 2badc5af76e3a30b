/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The workbench's open database and current run, shared by views and
 * handlers, and the job base class that uses them.
 */
package org.miniana.ui.session;
