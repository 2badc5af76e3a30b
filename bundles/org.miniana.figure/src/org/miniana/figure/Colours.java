/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.figure;

/** The fixed colours of the figures (those of the run figures among them), and the check of a colour. */
public final class Colours {

    public static final int BLACK = 0x000000;
    public static final int WHITE = 0xFFFFFF;
    public static final int DARK_GREY = 0x444444;
    public static final int GREY = 0x888888;
    /** Signal lines: red, as in the RA2 figures. */
    public static final int SIGNAL = 0xD62728;
    /** Observed exclusion contour. */
    public static final int OBSERVED = 0x000000;
    /** Expected exclusion contour. */
    public static final int EXPECTED = 0xD62728;
    /** Highlight of chosen bins. */
    public static final int HIGHLIGHT = 0xFF2020;
    /** Background-only distribution and its tail. */
    public static final int DISTRIBUTION = 0x9ECAE1;
    public static final int TAIL = 0x3182BD;

    private Colours() {
    }

    static int requireRgb(int rgb) {
        if (rgb < 0 || rgb > 0xFFFFFF) {
            throw new IllegalArgumentException("Colour must be 0xRRGGBB: " + Integer.toHexString(rgb));
        }
        return rgb;
    }
}
