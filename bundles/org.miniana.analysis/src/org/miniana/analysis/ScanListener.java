/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.analysis;

import org.miniana.signal.MassPoint;

/** Hears about each point of a mass scan as it ends; called from worker threads, one call at a time. */
public interface ScanListener {

    /**
     * A point's run is made (or taken over). A new run is stored with the scan's next batch, within
     * about a second; should that fail, {@link #failed} follows for the point.
     *
     * @param point the finished point
     * @param reused whether its run was stored by an earlier scan with the same options
     */
    void finished(ScanPoint point, boolean reused);

    /** @param message what went wrong */
    void failed(MassPoint point, String message);

    /** Hears nothing. */
    ScanListener NONE = new ScanListener() {
        @Override
        public void finished(ScanPoint point, boolean reused) {
            // nothing
        }

        @Override
        public void failed(MassPoint point, String message) {
            // nothing
        }
    };
}
