/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.signal;

/**
 * Where events put the weight they add to a search bin, in the nominal simulation or one of its
 * systematic variations ({@link Systematic}'s weight sets): summed at once, or kept in event order.
 */
interface WeightSink {

    void add(int set, int bin, double weight);
}
