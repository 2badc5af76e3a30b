/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal;

/**
 * Sees every reconstructed event of a simulation, selected or not, on the simulating thread.
 * For the tests' checks of single events; simulations without an observer create no event objects.
 */
@FunctionalInterface
interface EventObserver {

    void observe(ReconstructedEvent event);
}
