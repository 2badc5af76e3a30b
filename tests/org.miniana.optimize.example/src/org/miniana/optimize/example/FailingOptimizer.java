/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.optimize.example;

import java.util.Set;

import org.miniana.optimize.Objective;
import org.miniana.optimize.Optimizer;

/** A contribution that cannot be created: shows that one broken plug-in does not stop the others. */
public final class FailingOptimizer implements Optimizer {

    public FailingOptimizer() {
        throw new IllegalStateException("this example optimizer always fails to start");
    }

    @Override
    public Set<Integer> choose(Objective objective) {
        throw new AssertionError("never created");
    }
}
