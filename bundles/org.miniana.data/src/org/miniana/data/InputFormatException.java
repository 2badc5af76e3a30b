/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data;

/**
 * An input file that cannot be imported, with the place of the first problem. The message
 * reads "FILE:LINE: PROBLEM" (LINE is omitted when the problem concerns the whole file).
 */
public class InputFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String problem;

    public InputFormatException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    /** The 1-based line number, or 0 when the problem is not on one line. */
    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
