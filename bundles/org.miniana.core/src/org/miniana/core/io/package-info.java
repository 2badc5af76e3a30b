/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * File writing that every bundle writing output shares:
 * {@link org.miniana.core.io.AtomicFiles} writes a file beside its target and moves it into place, so
 * that readers see the old or the new content, never a half-written file. Here, in the leaf of the
 * graph, so that the renderers and exporters need neither the database nor anything else.
 */
package org.miniana.core.io;
