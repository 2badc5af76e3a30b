/*
 * Copyright (c) 2026 Mini Analysis Workbench contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.miniana.data;

import java.util.function.Supplier;

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

    /**
     * A value that passed {@code check} (one of {@link org.miniana.core.InputChecks}, or code
     * that refuses with an {@link IllegalArgumentException}); a refusal becomes this exception.
     */
    public static <T> T checked(String file, int line, Supplier<T> check) throws InputFormatException {
        try {
            return check.get();
        } catch (IllegalArgumentException e) {
            throw new InputFormatException(file, line, e.getMessage());
        }
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
