/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.optimize;

/**
 * What one contribution to the extension point {@code org.miniana.optimize.optimizers} declares,
 * read without loading its class (see {@link OptimizerRegistry} for the optimizer itself).
 *
 * @param id the id results carry, e.g. "greedy-q"
 * @param name a short name for people
 * @param description what it does, in a sentence or two; may be empty
 * @param contributor the symbolic name of the bundle that contributed it
 */
public record OptimizerDescriptor(String id, String name, String description, String contributor) {
}
