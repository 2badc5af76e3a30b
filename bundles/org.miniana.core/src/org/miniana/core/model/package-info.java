/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The full statistical model of a counting search, as its Combine datacards state it: every
 * channel (search bins and control regions) with its observation, every process's rate, and every
 * nuisance parameter with its effect on each process. Plain data: the likelihood built from it
 * lives in {@code org.miniana.likelihood}, its storage in {@code org.miniana.data}.
 */
package org.miniana.core.model;
