/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.optimize;

import java.util.Set;

/**
 * A strategy that chooses which bins of a search to merge into one single-bin analysis, to
 * maximise an {@link Objective}. Contributed through the extension point
 * {@code org.miniana.optimize.optimizers} (see {@link OptimizerRegistry}); an implementation needs
 * a public no-argument constructor there.
 *
 * <p>The choice is blind by construction: the problem an optimizer sees has no observed counts.
 * Implementations must keep no state between calls, so that one instance can serve concurrent
 * runs.
 */
public interface Optimizer {

    /**
     * Chooses the bins to merge.
     *
     * @param objective the problem and the figure of merit; selections are valued through it, so
     *        that evaluations are counted
     * @return bin indices of the problem; empty when no selection has sensitivity (all selections
     *         are worth 0 or less)
     */
    Set<Integer> choose(Objective objective);
}
